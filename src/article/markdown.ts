// Outline -> deck Markdown (docs/authoring.md): one file per part, bullets cited, source sentences in the notes.

import type { Article, Bullet, DatedEvent, Outline, OutlineSection, QuestionTheme } from '../model/article.js';
import { humanDate } from './dates.js';
import { actorsFlowchart, negotiationSequence, relationDate, relationText, sequenceSteps } from './mermaid.js';
import { SECTIONS } from './sections.js';
import { type FileDraft, pageId, pages, serializeFile, type SlideDraft } from './slides.js';

export interface RenderOptions {
  /** Path of the article relative to the deck folder, e.g. `source/article.txt` (the `article:` headmatter). */
  articlePath: string;
  /** Title to use when the article has none. */
  fallbackTitle?: string;
  /** Bullets per slide before a continuation slide starts. */
  maxBullets?: number;
}

export interface DeckFile {
  name: string;
  text: string;
}

export interface RenderedDeck {
  files: DeckFile[];
  /** Slide ids in deck order, with the file each is in. */
  slides: { id: string; file: string }[];
}

/** `[@p3]` or `[@p3, p7]`. */
export function citation(ids: readonly string[]): string {
  return `[@${[...new Set(ids)].join(', ')}]`;
}

function noteLines(items: readonly { paragraphIds: readonly string[]; sentence: string }[]): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const b of items) {
    if (seen.has(b.sentence)) continue;
    seen.add(b.sentence);
    out.push(`- ${b.paragraphIds.join(', ')}: ${b.sentence}`);
  }
  return out;
}

function sectionSlides(section: OutlineSection, max: number): SlideDraft[] {
  const info = SECTIONS[section.kind];
  const ids = section.paragraphs.map((c) => c.paragraphId);
  const divider: SlideDraft = {
    id: `${section.kind}-divider`,
    section: section.kind,
    class: 'section-divider',
    body: [`## ${info.heading}`, '', `${info.blurb} (article paragraphs ${ids.join(', ')}).`],
    notes: ['Why these paragraphs are in this section (rule: matched cue):', ...section.paragraphs.map((c) => `- ${c.paragraphId}: ${c.rule}${c.cue ? ` — ${c.cue}` : ''}`)],
  };
  const bulletPages = pages(section.bullets, max);
  return [
    divider,
    ...bulletPages.map((page, i) => ({
      id: pageId(section.kind, i),
      section: section.kind,
      body: [`## ${info.heading}${bulletPages.length > 1 ? ` (${i + 1}/${bulletPages.length})` : ''}`, '', ...page.map(bulletLine)],
      notes: ['Source sentences:', ...noteLines(page)],
    })),
  ];
}

function bulletLine(b: Bullet): string {
  return `- ${b.text} ${citation(b.paragraphIds)}`;
}

/** Open questions grouped by theme: a theme label in bold opens each group; groups may continue on the next slide. */
function questionSlides(themes: readonly QuestionTheme[], max: number): SlideDraft[] {
  const rows = themes.flatMap((t) => t.questions.map((q, i) => ({ theme: t.label, first: i === 0, q })));
  const chunked = pages(rows, max);
  return chunked.map((page, i) => ({
    id: pageId('open-questions', i),
    section: 'open-questions',
    body: [
      `## ${SECTIONS['open-questions'].heading}${chunked.length > 1 ? ` (${i + 1}/${chunked.length})` : ''}`,
      '',
      ...page.map((r, k) => `- ${r.first || k === 0 ? `**${capitalize(r.theme)}:** ` : ''}${r.q.text} ${citation([r.q.paragraphId])}`),
    ],
    notes: ['Questions as asked in the article:', ...noteLines(page.map((r) => ({ paragraphIds: [r.q.paragraphId], sentence: r.q.sentence })))],
  }));
}

const capitalize = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);

function eventLine(e: DatedEvent): string {
  return `- **${capitalize(humanDate(e.date, e.precision))}** — ${e.text} ${citation([e.paragraphId])}`;
}

function timelineSlides(outline: Outline, max: number): SlideDraft[] {
  const chunked = pages(outline.events, max);
  const years = [...new Set(outline.events.filter((e) => e.yearSource === 'inferred' && e.yearFrom).map((e) => `${e.year} from the ${e.yearFrom}`))];
  return chunked.map((page, i) => ({
    id: pageId('timeline', i),
    section: 'timeline',
    body: [`## Timeline${chunked.length > 1 ? ` (${i + 1}/${chunked.length})` : ''}`, '', ...page.map(eventLine)],
    notes: [
      ...(years.length > 0 ? [`Years inferred: ${years.join('; ')}.`] : []),
      ...page.map((e) => `- ${e.paragraphId} (“${e.label}”): ${e.sentence}`),
    ],
  }));
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
      body: ['## Actors', '', '```mermaid', ...flowchart, '```', '', `People, affiliations and relations as the article states them ${citation(cited)}`],
      notes: [
        'People named in the article (roles as written):',
        ...people.map((p) => `- ${p.name}${p.roles.length ? `: ${p.roles.join('; ')}` : ''}${p.affiliation ? ` — ${p.affiliation}` : ''} (${p.paragraphIds.join(', ')})`),
        ...(outline.actors.some((a) => a.kind !== 'person')
          ? ['', `States: ${outline.actors.filter((a) => a.kind === 'state').map((a) => a.name).join(', ') || 'none'}.`, `Institutions: ${outline.actors.filter((a) => a.kind === 'institution').map((a) => a.name).join(', ') || 'none'}.`]
          : []),
      ],
    });
  }
  const sequence = negotiationSequence(outline);
  if (sequence) {
    const steps = sequenceSteps(outline);
    slides.push({
      id: 'sequence',
      section: 'actors',
      body: ['## Negotiation sequence', '', '```mermaid', ...sequence, '```', '', `Steps in the order the article dates them ${citation(steps.map((s) => s.paragraphId))}`],
      notes: steps.map((r) => `- ${r.paragraphId}${relationDate(r) ? ` (${relationDate(r)})` : ''}: ${r.from} ${relationText(r)} ${r.to} — ${r.sentence}`),
    });
  }
  return slides;
}

function sourcesSlide(article: Article, outline: Outline, articlePath: string): SlideDraft {
  const cited = new Set<string>([
    ...outline.sections.flatMap((s) => s.bullets.flatMap((b) => b.paragraphIds)),
    ...outline.questions.flatMap((t) => t.questions.map((q) => q.paragraphId)),
    ...outline.events.map((e) => e.paragraphId),
    ...outline.relations.map((r) => r.paragraphId),
  ]);
  const ids = article.paragraphs.map((p) => p.id).filter((id) => cited.has(id));
  return {
    id: 'sources',
    section: 'sources',
    body: [
      '## Sources',
      '',
      `- Article: ${article.title ? `*${article.title}*` : 'untitled'}${article.kicker ? ` (${article.kicker})` : ''}, [${articlePath}](${articlePath})`,
      `- Paragraphs cited: ${ids.join(', ')} (of ${article.paragraphs.length})`,
      ...(article.credit ? [`- Photo credit: ${article.credit}`] : []),
    ],
    notes: ['Paragraph openings, to find them in the article:', ...article.paragraphs.map((p) => `- ${p.id} (line ${p.line}): ${p.text.split(/\s+/).slice(0, 10).join(' ')} …`)],
  };
}

function titleSlides(article: Article, outline: Outline, agenda: string[], articlePath: string, title: string): SlideDraft[] {
  const photo = article.caption ? `*Photo: ${article.caption}${article.credit ? ` — Credit: ${article.credit}` : ''}*` : article.credit ? `*Photo credit: ${article.credit}*` : undefined;
  return [
    {
      id: 'title',
      section: 'title',
      body: [`# ${title}`, ...(article.dek ? ['', article.dek] : []), ...(photo ? ['', photo] : [])],
      notes: [
        `Drafted by briefdeck generate from ${articlePath}; check every slide against the article before presenting.`,
        ...(outline.missing.length > 0 ? ['', 'Not found in the article:', ...outline.missing.map((m) => `- ${m}`)] : []),
      ],
    },
    { id: 'agenda', section: 'agenda', body: ['## Agenda', '', ...agenda.map((a, i) => `${i + 1}. ${a}`)], notes: [] },
  ];
}

/** Renders the outline as deck files: `01-title.md`, then one file per section, timeline, actors and sources. */
export function renderDeck(article: Article, outline: Outline, options: RenderOptions): RenderedDeck {
  const max = options.maxBullets ?? 5;
  const title = article.title || options.fallbackTitle || 'Untitled article';
  const parts: { slug: string; agenda: string; slides: SlideDraft[] }[] = [];
  for (const section of outline.sections) {
    const slides = section.kind === 'open-questions' ? [sectionSlides(section, max)[0]!, ...questionSlides(outline.questions, max)] : sectionSlides(section, max);
    parts.push({ slug: section.kind, agenda: SECTIONS[section.kind].heading, slides });
  }
  if (!outline.sections.some((s) => s.kind === 'open-questions') && outline.questions.length > 0) {
    parts.push({ slug: 'open-questions', agenda: SECTIONS['open-questions'].heading, slides: questionSlides(outline.questions, max) });
  }
  if (outline.events.length > 0) parts.push({ slug: 'timeline', agenda: 'Timeline', slides: timelineSlides(outline, max) });
  const actors = actorSlides(outline);
  if (actors.length > 0) parts.push({ slug: 'actors', agenda: actors.length > 1 ? 'Actors and negotiation sequence' : 'Actors', slides: actors });
  parts.push({ slug: 'sources', agenda: 'Sources', slides: [sourcesSlide(article, outline, options.articlePath)] });

  const headmatter = {
    title,
    subtitle: article.dek,
    source: `“${title}”${article.kicker ? `, ${article.kicker}` : ''}${article.byline ? `, by ${article.byline}` : ''}${article.date ? ` (${article.date})` : ''}`,
    article: options.articlePath,
    author: article.byline,
    date: article.date,
    theme: 'briefing',
    lang: 'en',
  };
  const drafts: FileDraft[] = [
    { name: '01-title.md', headmatter, slides: titleSlides(article, outline, parts.map((p) => p.agenda), options.articlePath, title) },
    ...parts.map((p, i) => ({ name: `${String(i + 2).padStart(2, '0')}-${p.slug}.md`, slides: p.slides })),
  ];
  return {
    files: drafts.map((d) => ({ name: d.name, text: serializeFile(d) })),
    slides: drafts.flatMap((d) => d.slides.map((s) => ({ id: s.id, file: d.name }))),
  };
}
