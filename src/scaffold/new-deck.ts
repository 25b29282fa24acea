// The files `briefdeck new` writes: a starter deck (headmatter, title slide, a sample section), a briefing of it, a .gitignore. Pure.

import type { SourceSlide } from '../model/deck.js';
import { manifestYaml } from '../briefing/manifest-yaml.js';

export interface ScaffoldFile {
  /** Path relative to the new deck folder. */
  name: string;
  text: string;
}

export interface StarterDeck {
  title: string;
  theme: string;
  /** ISO date (YYYY-MM-DD) the deck is dated. */
  date: string;
}

/** The tag the starter's slides carry when they belong in the short briefing. */
export const SUMMARY_TAG = 'summary';
export const SUMMARY_BRIEFING = 'briefings/summary.yaml';

/** "my-talk" → "My talk": a first title from the folder's name. */
export function titleFromFolderName(name: string): string {
  const words = name.replace(/\.md$/i, '').replace(/[-_]+/g, ' ').replace(/\s+/g, ' ').trim();
  return words ? words.charAt(0).toUpperCase() + words.slice(1) : 'Untitled briefing';
}

/** `2026-12-01` → `1 December 2026`. */
export function longDate(iso: string): string {
  const [year, month, day] = iso.split('-').map(Number);
  const months = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
  return `${day} ${months[(month ?? 1) - 1]} ${year}`;
}

function yamlString(text: string): string {
  return JSON.stringify(text);
}

export function starterDeckFiles(deck: StarterDeck): ScaffoldFile[] {
  const title = `---
title: ${yamlString(deck.title)}
subtitle: One line on what this briefing is for
author: Your name
date: ${deck.date}
theme: ${deck.theme}
lang: en
as-of: ${longDate(deck.date)}
id: title
layout: title
tags: [${SUMMARY_TAG}]
minutes: 0.5
---
# ${deck.title}

One line on what this briefing is for

Your name · ${longDate(deck.date)}

Note:
What to say while this slide is up. Press S for the speaker view: these notes, a timer and the next slide.
`;
  const section = `---
id: overview
section: overview
layout: section
minutes: 0.5
---
## The first part

What this part covers, in one line.

---
id: key-points
section: overview
layout: bullets
tags: [${SUMMARY_TAG}]
minutes: 1
---
## Three points, one per line

- The first point, stated as a finding {+}
- The second point, and what it means {+}
- The third point, and what to watch {+}

Note:
Each point appears on a key press (the {+} marks). Keep a bullet under about twenty words.

---
id: how-it-fits
section: overview
layout: diagram
minutes: 1
---
## How the parts fit

\`\`\`mermaid
flowchart LR
  accTitle: From question to judgement
  accDescr: A question leads to evidence, and the evidence to a judgement.
  question[Question] --> evidence[Evidence] --> judgement[Judgement]
\`\`\`

Note:
Diagrams are Mermaid code, drawn when the deck is built; accTitle and accDescr are what a screen reader says.
`;
  return [
    { name: '01-title.md', text: title },
    { name: '02-overview.md', text: section },
  ];
}

/** A short briefing: the slides tagged `summary`, else the first slide and the first section after it (past a title or agenda section). */
export function summaryBriefing(slides: readonly SourceSlide[], deckTitle: string): ScaffoldFile {
  const tagged = slides.filter((s) => s.settings.tags.includes(SUMMARY_TAG));
  const skip = new Set([slides[0]?.settings.section, 'title', 'agenda']);
  const firstSection = slides.slice(1).find((s) => s.settings.section && !skip.has(s.settings.section))?.settings.section;
  const picked = tagged.length > 0 ? tagged : [slides[0], ...slides.slice(1).filter((s) => s.settings.section === firstSection)].filter((s): s is SourceSlide => s !== undefined);
  const yaml = manifestYaml({ title: `${deckTitle} (short version)`, audience: 'a reader with two minutes', ids: picked.map((s) => s.id), pins: {} });
  return { name: SUMMARY_BRIEFING, text: `# A shorter variant of the deck; it builds as briefings/summary/. See docs/briefings.md.\n${yaml}` };
}

/** What `build` and `export` write when run inside the deck folder named `name` (their default outputs). */
export function gitignoreFor(name: string): ScaffoldFile {
  return {
    name: '.gitignore',
    text: `# Written by briefdeck build and export when run in this folder
/dist/
/out/
/${name}.html
node_modules/
`,
  };
}
