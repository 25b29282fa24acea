// Article -> Outline: classified sections with bullets, themed questions, dated events, actors and relations.

import type { Article, Outline, OutlineSection, SectionKind } from '../model/article.js';
import { extractActors } from './actors.js';
import { paragraphBullets } from './bullets.js';
import { classifyParagraphs } from './classify.js';
import { extractEvents } from './events.js';
import { extractQuestions, groupQuestions } from './question-themes.js';
import { extractRelations } from './relations.js';
import { SECTION_KINDS } from './sections.js';
import { nameVocabulary } from './text.js';

/** Builds the outline; what could not be found is listed in `missing` as `key: explanation`. */
export function buildOutline(article: Article): Outline {
  const classifications = classifyParagraphs(article);
  const names = nameVocabulary(article);
  const byId = new Map(article.paragraphs.map((p) => [p.id, p]));
  const sections: OutlineSection[] = [];
  for (const c of classifications) {
    let section = sections.find((s) => s.kind === c.kind);
    if (!section) {
      section = { kind: c.kind, paragraphs: [], bullets: [] };
      sections.push(section);
    }
    section.paragraphs.push(c);
    section.bullets.push(...paragraphBullets(byId.get(c.paragraphId)!, c, names));
  }
  const questions = extractQuestions(article);
  const { events, skippedRelative } = extractEvents(article);
  const index = extractActors(article);
  const relations = extractRelations(article, index, events);

  const missing: string[] = [];
  const present = new Set<SectionKind>(sections.map((s) => s.kind));
  for (const kind of SECTION_KINDS) if (!present.has(kind)) missing.push(`section:${kind}: no paragraph was classified as ${kind}`);
  if (!article.title) missing.push('title: no headline found');
  if (!article.dek) missing.push('dek: no standfirst under the headline');
  if (!article.caption) missing.push('caption: no photo caption');
  if (!article.credit) missing.push('credit: no photo credit');
  if (questions.length === 0) missing.push('questions: the article asks no questions');
  if (events.length === 0) missing.push('events: no dated events');
  if (skippedRelative.length > 0) {
    missing.push(`publication-date: the article states none, so relative dates were skipped: ${skippedRelative.join(', ')}`);
  }
  if (index.actors.length === 0) missing.push('actors: no people, states or institutions recognised');
  if (relations.length === 0) missing.push('relations: no stated relations between actors');

  return {
    title: article.title,
    sections,
    classifications,
    questions: groupQuestions(questions, article),
    events,
    actors: index.actors,
    relations,
    missing,
  };
}
