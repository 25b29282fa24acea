// The script a built page runs as its stylesheet is parsed: it starts loading the faces the stylesheet carries as data: URLs, so they are ready before the first layout. Pure.

/** A face of the page's stylesheet, as `document.fonts.load()` names it: the font shorthand and a character it covers. */
export interface CarriedFace {
  font: string;
  text: string;
}

const FONT_FACE_RULE = /@font-face\s*\{([^}]*)\}/g;

function descriptor(rule: string, name: string): string | undefined {
  return new RegExp(`(?:^|;)\\s*${name}\\s*:\\s*([^;]+)`).exec(rule)?.[1]?.trim();
}

/** A character inside the face's first unicode-range (a space where it covers one: what `load()` asks for by default). */
function coveredCharacter(unicodeRange: string | undefined): string {
  const first = unicodeRange === undefined ? undefined : /U\+([0-9a-f?]+)(?:-([0-9a-f]+))?/i.exec(unicodeRange);
  if (!first) return ' ';
  const start = Number.parseInt(first[1]!.replace(/\?/g, '0'), 16);
  const end = first[2] === undefined ? Number.parseInt(first[1]!.replace(/\?/g, 'f'), 16) : Number.parseInt(first[2], 16);
  return String.fromCodePoint(start <= 0x20 && end >= 0x20 ? 0x20 : start);
}

/** The faces of `css` whose source is a data: URL, in the stylesheet's order. */
export function facesCarriedInside(css: string): CarriedFace[] {
  return [...css.matchAll(FONT_FACE_RULE)]
    .map((rule) => rule[1]!)
    .filter((rule) => /url\(\s*['"]?data:/i.test(descriptor(rule, 'src') ?? ''))
    .flatMap((rule) => {
      const family = descriptor(rule, 'font-family');
      if (family === undefined) return [];
      const style = (descriptor(rule, 'font-style') ?? 'normal').split(/\s+/)[0]!;
      const weight = (descriptor(rule, 'font-weight') ?? '400').split(/\s+/)[0]!;
      return [{ font: `${style} ${weight} 1em ${family}`, text: coveredCharacter(descriptor(rule, 'unicode-range')) }];
    });
}

/**
 * The inline script that asks for `faces` while the rest of the page is parsed. Without it the browser starts a
 * face only at the first layout that needs it, lays the slide out once with a fallback font, paints it without its
 * text (font-display: block) and then does both again when the face has been decoded. Undefined for no faces.
 */
export function faceLoadScript(faces: readonly CarriedFace[]): string | undefined {
  if (faces.length === 0) return undefined;
  return `for(const[f,t]of${JSON.stringify(faces.map((face) => [face.font, face.text])).replace(/</g, '\\u003c')})document.fonts.load(f,t)`;
}
