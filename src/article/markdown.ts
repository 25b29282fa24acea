// Outline -> deck Markdown (docs/authoring.md): a briefing plan — bottom line, sections with point-stating titles, questions
// by theme, what to watch, timeline, actors, sources — every bullet cited, the source sentences in the notes.

import type { Article, Bullet, DatedEvent, Outline, QuestionTheme, RoledSentence, SectionKind } from '../model/article.js';
import { carriesClause, sentenceBullets } from './bullets.js';
import { humanDate } from './dates.js';
import { escapeInline } from './escape.js';
import { actorsFlowchart, negotiationSequence, relationDate, relationText, sequenceSteps, sequenceTitle } from './mermaid.js';
import { isAnaphoric, paraphrase } from './paraphrase.js';
import { SECTIONS } from './sections.js';
import { type FileDraft, pageId, pages, serializeFile, type SlideDraft } from './slides.js';
import { singleQuoted, wordCount } from './text.js';

export interface DeckMarkdownOptions {
  /** Path of the article relative to the deck folder, e.g. `source/article.txt` (the `article:` headmatter). */
  articlePath: string;
  /** Title to use when the article has none. */
  fallbackTitle?: string;
  /** Bullets per slide before a continuation slide starts. */
  maxBullets?: number;
}

/** One Markdown file of the drafted deck, named relative to the deck folder. */
export interface MarkdownFile {
  name: string;
  text: string;
}

export interface DeckMarkdown {
  files: MarkdownFile[];
  /** Slide ids in deck order, with the file each is in. */
  slides: { id: string; file: string }[];
}

/** `[@p3]` or `[@p3, p7]`. */
export function citation(ids: readonly string[]): string {
  return `[@${[...new Set(ids)].join(', ')}]`;
}

/** The notes of a slide: a talk track, then the source sentences it rests on as a blockquote after `Source:`. */
function notes(talk: string, sources: readonly { paragraphIds: readonly string[]; sentence: string }[]): string[] {
  const seen = new Set<string>();
  const quoted: string[] = [];
  for (const s of sources) {
    if (seen.has(s.sentence)) continue;
    seen.add(s.sentence);
    if (quoted.length > 0) quoted.push('>');
    quoted.push(`> ${s.paragraphIds.join(', ')}: ${escapeInline(s.sentence)}`);
  }
  return [talk, ...(quoted.length > 0 ? ['', 'Source:', '', ...quoted] : [])];
}

function bulletLine(b: Bullet): string {
  return `- ${escapeInline(b.text)} ${citation(b.paragraphIds)}`;
}

/** A headline shown on a slide. */
function headline(title: string): string {
  return escapeInline(singleQuoted(title));
}

const capitalize = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);
const stripEnd = (s: string): string => s.replace(/[.!]$/, '');

/** A line that only announces what follows or points back ("A series of real questions remain.", "These aims are …"). */
const POINTER = /^(?:(?:A|The) (?:series|number|list|few) of\b[^.]*\b(?:remain|exist)|Here (?:is|are)\b|(?:Even )?more remarkable\b)/i;

/** Wording that keeps a reported claim's attribution. */
const ATTRIBUTED = /\b(?:according to|said|says|told|reportedly|believes?|argues?|insists?|warned|warns)\b/i;

/**
 * The slide title states the point: the slide's shortest bullet that is the author's (or keeps its attribution) when
 * it is short, unquoted and stands alone; else such a bullet's main clause cut short; else the section's heading alone.
 */
function pointTitle(heading: string, bullets: readonly Bullet[]): string {
  const voiced = (text: string, b: Bullet): boolean => b.voice === 'author' || ATTRIBUTED.test(text);
  const usable = bullets.filter((b) => voiced(b.text, b) && !/[“”"]/.test(b.text) && !isAnaphoric(b.text) && !POINTER.test(b.text));
  const shortest = usable.filter((b) => wordCount(b.text) <= 12).sort((a, b) => wordCount(a.text) - wordCount(b.text))[0];
  if (shortest) return stripEnd(shortest.text);
  for (const b of usable) {
    const cut = paraphrase(b.text, 10);
    if (wordCount(cut) <= 12 && carriesClause(cut) && !isAnaphoric(cut) && voiced(cut, b)) return stripEnd(cut);
  }
  return heading;
}

/** What an empty section says on screen. */
const EMPTY: Record<SectionKind | 'bottom-line', string> = {
  'bottom-line': 'The article states no thesis in the author’s own voice.',
  firsts: 'The article presents nothing as a first.',
  skepticism: 'The article raises no reason for doubt.',
  'open-questions': 'The article asks no questions.',
  recommendations: 'The article makes no recommendation.',
  'what-to-watch': 'The article names nothing to watch: no expected event and no stated condition.',
  context: 'The article gives no background.',
};

/** Talk tracks: what the briefer says over each kind of slide. */
const TALK: Record<SectionKind | 'bottom-line', string> = {
  'bottom-line': 'Open with the article’s main judgement; the rest of the deck backs it up.',
  firsts: 'What the article presents as new, in its own order.',
  skepticism: 'The author’s reasons for caution; keep the hedges as written.',
  'open-questions': 'The questions the article leaves open; ask them as written.',
  recommendations: 'What the author says should be done — the author’s view, not ours.',
  'what-to-watch': 'What the article expects next and the conditions it sets.',
  context: 'Background the article gives.',
};

function emptySlide(kind: SectionKind | 'bottom-line'): SlideDraft {
  const heading = kind === 'bottom-line' ? 'Bottom line' : SECTIONS[kind].heading;
  return { id: kind, section: kind, layout: layoutOf(kind), cite: 'required', body: [`## ${heading}`, '', EMPTY[kind]], notes: [TALK[kind]] };
}

function layoutOf(kind: SectionKind | 'bottom-line'): string {
  return kind === 'bottom-line' ? 'bottom-line' : kind === 'what-to-watch' ? 'what-to-watch' : 'bullets';
}

/** A lead line naming whose points these are, when every bullet is the author's. */
function lead(kind: SectionKind | 'bottom-line', bullets: readonly Bullet[]): string[] {
  const interviewee = bullets[0]?.speaker?.cue === 'interview' ? bullets[0].speaker.name : undefined;
  if (interviewee && bullets.every((b) => b.speaker?.name === interviewee)) {
    const said: Partial<Record<SectionKind | 'bottom-line', string>> = { recommendations: 'recommends', skepticism: 'warns', 'bottom-line': 'argues' };
    return [`${escapeInline(interviewee)} ${said[kind] ?? 'says'}:`, ''];
  }
  if (!bullets.every((b) => b.voice === 'author')) return [];
  const verb: Partial<Record<SectionKind | 'bottom-line', string>> = { skepticism: 'The author argues:', recommendations: 'The author recommends:', 'bottom-line': 'The author’s main points:' };
  return verb[kind] ? [verb[kind]!, ''] : [];
}

/** Bullet slides of one section, with point-stating titles; an empty section is one slide that says so. */
function sectionSlides(kind: SectionKind | 'bottom-line', bullets: readonly Bullet[], max: number): SlideDraft[] {
  if (bullets.length === 0) return [emptySlide(kind)];
  const heading = kind === 'bottom-line' ? 'Bottom line' : SECTIONS[kind].heading;
  return pages(bullets, max).map((page, i) => ({
    id: pageId(kind, i),
    section: kind,
    layout: layoutOf(kind),
    cite: 'required',
    body: [`## ${escapeInline(kind === 'bottom-line' ? heading : pointTitle(heading, page))}`, '', ...lead(kind, page), ...page.map(bulletLine)],
    notes: notes(TALK[kind], page),
  }));
}

/** One slide per question theme, titled by the theme; statements of the same paragraphs that frame the questions follow them. */
function questionSlides(themes: readonly QuestionTheme[], outline: Outline, max: number): SlideDraft[] {
  if (themes.length === 0) return [emptySlide('open-questions')];
  const contextOf = new Map<string, RoledSentence[]>();
  for (const r of outline.roles) if (r.role === 'context') contextOf.set(r.paragraphId, [...(contextOf.get(r.paragraphId) ?? []), r]);
  let n = 0;
  return themes.flatMap((theme) => {
    const paragraphs = [...new Set(theme.questions.map((q) => q.paragraphId))];
    const framing = paragraphs
      .flatMap((id) => contextOf.get(id) ?? [])
      .flatMap((r) => sentenceBullets(r))
      .filter((b) => carriesClause(b.text))
      .slice(0, 2);
    const rows: Bullet[] = [
      // A headline's question is in no paragraph: the notes say where it comes from.
      ...theme.questions.map((q) => ({ text: q.text, paragraphIds: [q.paragraphId], sentence: q.fromHeadline ? `(the headline) ${q.sentence}` : q.sentence, voice: 'author' as const })),
      ...framing,
    ];
    const asked = /\?$/.test(theme.label) || /^Whether\b/.test(theme.label);
    const title = asked ? theme.label.replace(/\.$/, '') : `Open questions: ${theme.label}`;
    return pages(rows, max).map((page) => ({
      id: pageId('open-questions', n++),
      section: 'open-questions',
      layout: 'bullets',
      cite: 'required',
      body: [`## ${escapeInline(title)}`, '', ...page.map(bulletLine)],
      notes: notes(TALK['open-questions'], page),
    }));
  });
}

function eventLine(e: DatedEvent): string {
  return `- **${capitalize(humanDate(e.date, e.precision))}** — ${escapeInline(e.text)} ${citation([e.paragraphId])}`;
}

function timelineSlides(outline: Outline, max: number): SlideDraft[] {
  const chunked = pages(outline.events, max);
  const years = [...new Set(outline.events.map((e) => e.year).filter((y): y is number => y !== undefined))];
  return chunked.map((page, i) => ({
    id: pageId('timeline', i),
    section: 'timeline',
    layout: 'timeline',
    body: [`## Timeline${years.length === 1 ? `, ${years[0]}` : ''}`, '', ...page.map(eventLine)],
    notes: notes('The dated events in the order they happen.', page.map((e) => ({ paragraphIds: [e.paragraphId], sentence: e.sentence }))),
  }));
}

/** Named parties as at most two list lines: the most mentioned, then the others, each line short enough for a slide. */
function namedLines(outline: Outline): string[] {
  const names = outline.named.map((n) => n.name);
  const take = (list: string[], maxWords: number): string[] => {
    const out: string[] = [];
    let words = 0;
    for (const name of list) {
      const n = name.split(/\s+/).length;
      if (words + n > maxWords) break;
      out.push(name);
      words += n;
    }
    return out;
  };
  const most = take(names.filter((_, i) => i < 8 && (outline.named[i]!.paragraphIds.length > 1 || i < 3)), 18);
  const rest = take(names.filter((n) => !most.includes(n)), 20);
  return [
    ...(most.length > 0 ? [`- Named most often: ${most.map(escapeInline).join(', ')}`] : []),
    ...(rest.length > 0 ? [`- Also named: ${rest.map(escapeInline).join(', ')}`] : []),
  ];
}

function actorSlides(outline: Outline): SlideDraft[] {
  const slides: SlideDraft[] = [];
  const flowchart = actorsFlowchart(outline);
  const relationIds = [...new Set(outline.relations.map((r) => r.paragraphId))];
  const people = outline.actors.filter((a) => a.kind === 'person');
  if (flowchart) {
    const cited = relationIds.length > 0 ? relationIds : [...new Set(people.flatMap((p) => p.paragraphIds.slice(0, 1)))];
    slides.push({
      id: 'actors',
      section: 'actors',
      layout: 'diagram',
      body: ['## Who is involved', '', '```mermaid', ...flowchart, '```', '', `People, affiliations and relations as the article states them ${citation(cited)}`],
      notes: [
        `Also named: ${people.map((p) => `${p.name}${p.roles.length ? ` (${p.roles[0]})` : ''}`).join(', ') || 'nobody else'}.`,
        ...(outline.relations.length > 0 ? ['', 'Source:', '', ...outline.relations.filter((r, i, all) => all.findIndex((o) => o.sentence === r.sentence) === i).flatMap((r, i) => [...(i > 0 ? ['>'] : []), `> ${r.paragraphId}: ${escapeInline(r.sentence)}`])] : []),
      ],
    });
  }
  // The diagram keeps its slide to itself (a list under it would shrink its labels); the named parties follow on their own.
  if (outline.named.length > 0) {
    slides.push({
      id: flowchart ? 'named' : 'actors',
      section: 'actors',
      layout: 'bullets',
      body: [flowchart ? '## Everyone the article names' : '## Who is involved', '', ...namedLines(outline)],
      notes: ['The parties the article names, most mentioned first.'],
    });
  }
  const sequence = negotiationSequence(outline);
  if (sequence) {
    const steps = sequenceSteps(outline);
    slides.push({
      id: 'sequence',
      section: 'actors',
      layout: 'diagram',
      body: [`## ${escapeInline(sequenceTitle(steps))}`, '', '```mermaid', ...sequence, '```', '', `Steps in the order the article dates them ${citation(steps.map((s) => s.paragraphId))}`],
      notes: notes(
        steps.map((r) => `${r.from} ${relationText(r)} ${r.to}${relationDate(r) ? ` (${relationDate(r)})` : ''}.`).join(' '),
        steps.map((r) => ({ paragraphIds: [r.paragraphId], sentence: r.sentence })),
      ),
    });
  }
  return slides;
}

/** ", from *Recently we have witnessed* (p1) to *If talks fail* (p19)": where the numbering starts and ends. */
function span(article: Article): string {
  const opening = (text: string): string => escapeInline(text.split(/\s+/).slice(0, 4).join(' ').replace(/[,;:.]$/, ''));
  const first = article.paragraphs[0];
  const last = article.paragraphs[article.paragraphs.length - 1];
  if (!first || !last || first === last) return '';
  return `, from *${opening(first.text)}* (${first.id}) to *${opening(last.text)}* (${last.id})`;
}

function sourcesSlide(article: Article, articlePath: string): SlideDraft {
  const by = [article.byline && `by ${article.byline}`, article.outlet, article.date].filter(Boolean).join(', ');
  return {
    id: 'sources',
    section: 'sources',
    layout: 'sources',
    body: [
      '## Sources',
      '',
      `- Article: ${article.title ? `*${headline(article.title)}*` : 'untitled'}${article.kicker ? ` (${escapeInline(article.kicker)})` : ''}${by ? `, ${escapeInline(by)}` : ''}; full text in [${articlePath}](${articlePath})`,
      `- Citations such as [@p1] number the article’s ${article.paragraphs.length} body paragraphs${span(article)}`,
      ...(article.url ? [`- Published at <${article.url.replace(/[<>\s]/g, '')}>`] : []),
      ...(article.credit ? [`- Photo credit: ${escapeInline(article.credit)}`] : []),
      '- Views and arguments are the author’s; the deck adds no facts of its own',
    ],
    notes: ['Point to the article for anything the slides leave out.'],
  };
}

/** The title slide, the bottom line, then the agenda. */
function titleSlides(article: Article, agenda: string[], title: string, bottom: SlideDraft[]): SlideDraft[] {
  const photo = article.caption ? `*Photo: ${escapeInline(article.caption)}${article.credit ? ` — Credit: ${escapeInline(article.credit)}` : ''}*` : undefined;
  const by = [article.byline && `By ${article.byline}`, article.outlet, article.date].filter(Boolean).join(' · ');
  return [
    {
      id: 'title',
      section: 'title',
      layout: 'title',
      body: [`# ${headline(title)}`, ...(article.dek ? ['', escapeInline(article.dek)] : []), ...(by ? ['', escapeInline(by)] : []), ...(photo ? ['', photo] : [])],
      notes: [`A briefing on the article${article.outlet ? ` in ${article.outlet}` : ''}; every bullet cites the paragraph it comes from.`],
    },
    ...bottom,
    { id: 'agenda', section: 'agenda', layout: 'agenda', body: ['## Agenda', '', ...agenda.map((a, i) => `${i + 1}. ${a}`)], notes: [] },
  ];
}

const BRIEFING_SECTIONS: readonly SectionKind[] = ['firsts', 'skepticism', 'open-questions', 'recommendations', 'what-to-watch'];

/** The outline as deck Markdown files: title and bottom line, one file per section, then timeline, actors and sources. */
export function deckMarkdown(article: Article, outline: Outline, options: DeckMarkdownOptions): DeckMarkdown {
  const max = options.maxBullets ?? 4;
  const title = article.title || options.fallbackTitle || 'Untitled article';
  const bulletsOf = (kind: SectionKind): Bullet[] => outline.sections.find((s) => s.kind === kind)?.bullets ?? [];
  const parts: { slug: string; agenda: string; slides: SlideDraft[] }[] = [];
  for (const kind of BRIEFING_SECTIONS) {
    const slides = kind === 'open-questions' ? questionSlides(outline.questions, outline, max) : sectionSlides(kind, bulletsOf(kind), max);
    parts.push({ slug: kind, agenda: `${SECTIONS[kind].heading} — ${SECTIONS[kind].blurb}`, slides });
  }
  if (outline.events.length > 0) parts.push({ slug: 'timeline', agenda: 'Timeline', slides: timelineSlides(outline, max) });
  const actors = actorSlides(outline);
  if (actors.length > 0) parts.push({ slug: 'actors', agenda: actors.length > 1 ? 'Actors and negotiation sequence' : 'Actors', slides: actors });
  parts.push({ slug: 'sources', agenda: 'Sources', slides: [sourcesSlide(article, options.articlePath)] });

  const headmatter = {
    title,
    subtitle: article.dek,
    source: `“${title}”${article.outlet ? `, ${article.outlet}` : article.kicker ? `, ${article.kicker}` : ''}${article.byline ? `, by ${article.byline}` : ''}${article.date ? ` (${article.date})` : ''}`,
    article: options.articlePath,
    'source-author': article.byline,
    'source-outlet': article.outlet,
    'source-published': article.date,
    'source-url': article.url,
    theme: 'briefing',
    lang: 'en',
  };
  const bottom = sectionSlides('bottom-line', outline.bottomLine, max);
  const drafts: FileDraft[] = [
    { name: '01-title.md', headmatter, slides: titleSlides(article, ['Bottom line — the article’s main judgement', ...parts.map((p) => p.agenda)], title, bottom) },
    ...parts.map((p, i) => ({ name: `${String(i + 2).padStart(2, '0')}-${p.slug}.md`, slides: p.slides })),
  ];
  return {
    files: drafts.map((d) => ({ name: d.name, text: serializeFile(d) })),
    slides: drafts.flatMap((d) => d.slides.map((s) => ({ id: s.id, file: d.name }))),
  };
}
