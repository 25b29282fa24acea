// Synthetic decks for the bench: a pure generator of N slides (text, bullets, notes, fragments, one distinct diagram per 10 slides).

export interface GeneratedFile {
  /** File name inside the deck folder (e.g. `01-part.md`). */
  name: string;
  content: string;
}

export interface GeneratedDeck {
  files: GeneratedFile[];
  slideCount: number;
  diagramCount: number;
  /** Slide ids in deck order. */
  ids: string[];
}

export interface SyntheticDeckOptions {
  /** Slides per file; the deck is split into several files like a long real deck. Default 50. */
  slidesPerFile?: number;
  /** One diagram every this many slides. Default 10. */
  diagramEvery?: number;
  title?: string;
}

const WORDS = [
  'negotiation', 'summit', 'sanctions', 'allies', 'verification', 'timeline', 'envoys', 'pressure',
  'dialogue', 'deterrence', 'incentives', 'inspections', 'freeze', 'guarantees', 'talks', 'region',
];

/** A deterministic word for slide `n`, position `k` (no randomness: the same input gives the same deck). */
function word(n: number, k: number): string {
  return WORDS[(n * 7 + k * 3) % WORDS.length]!;
}

export function slideId(n: number): string {
  return `s-${String(n).padStart(4, '0')}`;
}

/** A Mermaid diagram unique to slide `n` (flowcharts and sequence diagrams alternate), with its text alternative. */
export function syntheticDiagram(n: number): string {
  if (Math.floor(n / 10) % 2 === 0) {
    return [
      'flowchart LR',
      `  accTitle: Decision path ${n}`,
      `  accDescr: From question ${n} to one of two outcomes.`,
      `  A[Question ${n}] --> B{Evidence on ${word(n, 1)}?}`,
      '  B -->|strong| C[Act now]',
      `  B -->|weak| D[Gather more on ${word(n, 2)}]`,
      '  D --> B',
    ].join('\n');
  }
  return [
    'sequenceDiagram',
    `  accTitle: Briefing exchange ${n}`,
    `  accDescr: Analyst and minister exchange briefing ${n}.`,
    '  participant A as Analyst',
    '  participant M as Minister',
    `  A->>M: Brief ${n} on ${word(n, 1)}`,
    '  Note right of M: weighs options',
    `  M-->>A: Questions about ${word(n, 2)}`,
    '  A->>M: Answers',
  ].join('\n');
}

/** The Markdown of slide `n` (1-based), without its separator and frontmatter. */
function slideBody(n: number, withDiagram: boolean): string {
  const lines = [
    `## Slide ${n}: ${word(n, 0)} and ${word(n, 1)}`,
    '',
    `The analysis of ${word(n, 2)} on slide ${n} weighs ${word(n, 3)} against ${word(n, 4)}, as the article argues.`,
    '',
    `- First point about ${word(n, 5)} {+}`,
    `- Second point about ${word(n, 6)} {+}`,
    `- Third point about ${word(n, 7)} {+ fade-up}`,
    '',
  ];
  if (withDiagram) lines.push('```mermaid', syntheticDiagram(n), '```', '');
  lines.push('Note:', `Speaker notes for slide ${n}: mention ${word(n, 8)} and keep to the time.`, '');
  return lines.join('\n');
}

/** Per-slide settings as YAML lines (id, section). */
function settings(n: number): string[] {
  return [`id: ${slideId(n)}`, `section: part-${Math.ceil(n / 10)}`];
}

/**
 * A deck of `slideCount` slides split into files of `slidesPerFile`. The first file opens with the deck
 * headmatter (which also holds the first slide's settings); every other slide starts with `---` and its
 * own frontmatter. Slide n carries a diagram when n % diagramEvery === diagramEvery / 2 (5, 15, 25, …).
 */
export function syntheticDeck(slideCount: number, options: SyntheticDeckOptions = {}): GeneratedDeck {
  if (!Number.isInteger(slideCount) || slideCount < 1) throw new RangeError(`slideCount must be a positive integer, got ${slideCount}`);
  const perFile = options.slidesPerFile ?? 50;
  const every = options.diagramEvery ?? 10;
  const diagramAt = Math.max(1, Math.floor(every / 2));
  const title = options.title ?? `Synthetic deck of ${slideCount} slides`;
  const files: GeneratedFile[] = [];
  const ids: string[] = [];
  let diagramCount = 0;
  const fileCount = Math.ceil(slideCount / perFile);
  const width = String(fileCount).length < 2 ? 2 : String(fileCount).length;
  for (let f = 0; f < fileCount; f++) {
    const parts: string[] = [];
    const first = f * perFile + 1;
    const last = Math.min(slideCount, first + perFile - 1);
    for (let n = first; n <= last; n++) {
      const withDiagram = n % every === diagramAt % every;
      if (withDiagram) diagramCount++;
      ids.push(slideId(n));
      const head = n === 1 ? ['---', `title: "${title}"`, 'theme: briefing', 'lang: en', ...settings(n), '---'] : ['---', ...settings(n), '---'];
      parts.push([...head, '', slideBody(n, withDiagram)].join('\n'));
    }
    files.push({ name: `${String(f + 1).padStart(width, '0')}-part.md`, content: parts.join('\n') });
  }
  return { files, slideCount, diagramCount, ids };
}
