// Decodes HTML character references: numeric ones and the named ones that occur in article prose.

const NAMED: Record<string, string> = {
  amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0', shy: '',
  mdash: '—', ndash: '–', hellip: '…', bull: '•', middot: '·', deg: '°',
  lsquo: '‘', rsquo: '’', sbquo: '‚', ldquo: '“', rdquo: '”', bdquo: '„',
  laquo: '«', raquo: '»', lsaquo: '‹', rsaquo: '›', prime: '′', Prime: '″',
  copy: '©', reg: '®', trade: '™', euro: '€', pound: '£', yen: '¥', cent: '¢', sect: '§', para: '¶',
  eacute: 'é', egrave: 'è', ecirc: 'ê', euml: 'ë', aacute: 'á', agrave: 'à', acirc: 'â', auml: 'ä',
  aring: 'å', atilde: 'ã', ccedil: 'ç', iacute: 'í', igrave: 'ì', icirc: 'î', iuml: 'ï', ntilde: 'ñ',
  oacute: 'ó', ograve: 'ò', ocirc: 'ô', ouml: 'ö', otilde: 'õ', oslash: 'ø', uacute: 'ú', ugrave: 'ù',
  ucirc: 'û', uuml: 'ü', yacute: 'ý', szlig: 'ß', Eacute: 'É', Aacute: 'Á', Oacute: 'Ó', Uacute: 'Ú',
  Ouml: 'Ö', Uuml: 'Ü', Auml: 'Ä', Ccedil: 'Ç', Ntilde: 'Ñ', times: '×', divide: '÷', minus: '−',
  thinsp: '\u2009', ensp: '\u2002', emsp: '\u2003', zwj: '', zwnj: '', lrm: '', rlm: '',
};

/** Replaces `&amp;`, `&#8217;`, `&#x2019;` … with their characters; unknown references stay as written. */
export function decodeEntities(text: string): string {
  return text.replace(/&(#[xX][0-9a-fA-F]+|#\d+|[A-Za-z][A-Za-z0-9]*);/g, (whole, ref: string) => {
    if (ref.startsWith('#')) {
      const code = ref[1] === 'x' || ref[1] === 'X' ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10);
      return Number.isFinite(code) && code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    }
    return NAMED[ref] ?? whole;
  });
}
