// The dev server's refresh without Vite: what the open pages are told after an edit, and edits during a recompile folded into one more.

import { describe, expect, it } from 'vitest';
import type { Diagnostic } from '../../src/model/diagnostic.js';
import { parseDeck } from '../../src/parse/parse-deck.js';
import { renderDeck } from '../../src/render/render-deck.js';
import { sectionHtml } from '../../src/render/section-html.js';
import type { DeckSnapshot } from '../../src/site/deck-state.js';
import { createDevRefresh, type DevMessage } from '../../src/site/dev-refresh.js';
import type { Site } from '../../src/site/load-site.js';

function site(markdown: string): Site {
  return { deck: renderDeck(parseDeck([{ file: 'deck.md', text: markdown }])).deck, briefings: [], diagrams: [], assets: new Map() };
}

const DECK = '---\ntitle: Deck\nid: a\n---\n\n## A\n\nOne.\n\n---\nid: b\n---\n\n## B\n\nTwo.\n';
const BROKEN: Diagnostic = { severity: 'error', code: 'unclosed-fence', file: 'deck.md', line: 3, column: 1, message: 'unclosed', hint: 'close it' };

/** One scripted compile: its deck stage, and the whole compile when the briefings change it (errors, or a wait). */
type Scripted = DeckSnapshot | { deck: DeckSnapshot; whole: DeckSnapshot; briefingsDone?: Promise<void> };

/** A refresh over a scripted series of compiles (the first is the one the pages have); each recompile waits for `gate` when given. */
function harness(compiles: Scripted[], gate?: Promise<void>) {
  let current: DeckSnapshot = compiles.shift() as DeckSnapshot;
  const sent: DevMessage[] = [];
  const reported: Diagnostic[] = [];
  let recompiles = 0;
  // As the deck state does: a compile with errors keeps the last good site.
  const keepingGood = (next: DeckSnapshot): DeckSnapshot =>
    next.good && !next.diagnostics.some((d) => d.severity === 'error') ? next : { ...(current.good ? { good: current.good } : {}), diagnostics: next.diagnostics };
  const refresh = createDevRefresh({
    recompile() {
      recompiles++;
      const compile = (async () => {
        if (gate) await gate;
        const next = compiles.shift()!;
        return 'whole' in next ? next : { deck: next, whole: next };
      })();
      const deck = compile.then((c) => keepingGood(c.deck));
      const whole = deck.then(async () => {
        const c = await compile;
        if ('briefingsDone' in c) await c.briefingsDone;
        current = keepingGood(c.whole);
        return current;
      });
      return { deck, whole };
    },
    current: () => current,
    isFatal: (d) => d.severity === 'error',
    send: (message) => sent.push(message),
    report: (d) => reported.push(d),
    sectionHtml: (slide) => sectionHtml(slide).replace('<section', '<section data-dev'),
  });
  return { refresh, sent, reported, recompiles: () => recompiles };
}

function changedIds(message: DevMessage | undefined): string[] {
  if (message?.kind !== 'slides') throw new Error(`expected slides, got ${message?.kind}`);
  return message.update.sections.map((s) => s.id);
}

describe('createDevRefresh', () => {
  it('sends only the slide an edit changed, written as the hook writes a section', async () => {
    const { refresh, sent } = harness([{ good: site(DECK), diagnostics: [] }, { good: site(DECK.replace('Two.', 'Two, edited.')), diagnostics: [] }]);
    await refresh();
    expect(sent).toHaveLength(1);
    const message = sent[0]!;
    if (message.kind !== 'slides') throw new Error(`expected slides, got ${message.kind}`);
    expect(message.update.full).toBe(false);
    expect(message.update.sections.map((s) => s.id)).toEqual(['b']);
    expect(message.update.sections[0]!.html).toMatch(/^<section data-dev[^>]*>[\s\S]*Two, edited\./);
  });

  it('sends the whole deck when a slide is added', async () => {
    const { refresh, sent } = harness([{ good: site(DECK), diagnostics: [] }, { good: site(`${DECK}\n---\nid: c\n---\n\n## C\n`), diagnostics: [] }]);
    await refresh();
    const message = sent[0]!;
    if (message.kind !== 'slides') throw new Error(`expected slides, got ${message.kind}`);
    expect(message.update).toMatchObject({ full: true });
    expect(message.update.sections.map((s) => s.id)).toEqual(['a', 'b', 'c']);
  });

  it('reloads the page when the headmatter changes, shows only fatal errors in the overlay and reports every diagnostic', async () => {
    const warning: Diagnostic = { ...BROKEN, severity: 'warning', code: 'empty-slide' };
    const { refresh, sent, reported } = harness([
      { good: site(DECK), diagnostics: [] },
      { good: site(DECK.replace('title: Deck', 'title: Renamed')), diagnostics: [] },
      { diagnostics: [BROKEN, warning] },
      { good: site(DECK.replace('title: Deck', 'title: Renamed').replace('One.', 'One, fixed.')), diagnostics: [] },
    ]);
    await refresh();
    await refresh();
    await refresh();
    expect(sent.map((m) => m.kind)).toEqual(['reload', 'errors', 'slides']);
    expect(sent[1]).toEqual({ kind: 'errors', errors: [BROKEN] });
    expect(reported).toEqual([BROKEN, warning]);
    // After the errors, the update compares against the last good compile: only the fixed slide.
    const fixed = sent[2]!;
    if (fixed.kind !== 'slides') throw new Error(`expected slides, got ${fixed.kind}`);
    expect(fixed.update.sections.map((s) => s.id)).toEqual(['a']);
  });

  it('folds edits made during a recompile into one more, compared against the compile before it', async () => {
    let release!: () => void;
    const gate = new Promise<void>((resolve) => (release = resolve));
    const { refresh, sent, recompiles } = harness(
      [
        { good: site(DECK), diagnostics: [] },
        { good: site(DECK.replace('One.', 'One, edited.')), diagnostics: [] },
        { good: site(DECK.replace('One.', 'One, edited.').replace('Two.', 'Two, edited.')), diagnostics: [] },
      ],
      gate,
    );
    const runs = [refresh(), refresh(), refresh()];
    release();
    await Promise.all(runs);
    expect(recompiles()).toBe(2);
    const changed = sent.map((m) => (m.kind === 'slides' ? m.update.sections.map((s) => s.id) : m.kind));
    expect(changed).toEqual([['a'], ['b']]);
  });
  it('sends the changed slides before the briefings are compiled, and their diagnostics after', async () => {
    let finishBriefings!: () => void;
    const briefingsDone = new Promise<void>((resolve) => (finishBriefings = resolve));
    const edited = site(DECK.replace('Two.', 'Two, edited.'));
    const warning: Diagnostic = { ...BROKEN, severity: 'warning', code: 'briefing-budget', file: 'briefings/short.yaml' };
    const { refresh, sent, reported } = harness([
      { good: site(DECK), diagnostics: [] },
      { deck: { good: edited, diagnostics: [] }, whole: { good: edited, diagnostics: [warning] }, briefingsDone },
    ]);
    const done = refresh();
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(changedIds(sent[0])).toEqual(['b']);
    expect(reported).toEqual([]);
    finishBriefings();
    await done;
    expect(sent).toHaveLength(1);
    expect(reported).toEqual([warning]);
  });

  it('shows a briefing error after the slides it followed, then resends every slide once the briefings compile again', async () => {
    const briefingError: Diagnostic = { ...BROKEN, code: 'briefing-unknown-slide', file: 'briefings/short.yaml', message: 'no slide b' };
    const edited = site(DECK.replace('Two.', 'Two, edited.'));
    const { refresh, sent, reported } = harness([
      { good: site(DECK), diagnostics: [] },
      { deck: { good: edited, diagnostics: [] }, whole: { good: edited, diagnostics: [briefingError] } },
      // The edit is undone: against the last good compile nothing changed, but the open page holds the edited slide.
      { good: site(DECK), diagnostics: [] },
      { good: site(DECK.replace('One.', 'One, edited.')), diagnostics: [] },
    ]);
    await refresh();
    expect(sent.map((m) => m.kind)).toEqual(['slides', 'errors']);
    expect(changedIds(sent[0])).toEqual(['b']);
    expect(sent[1]).toEqual({ kind: 'errors', errors: [briefingError] });
    expect(reported).toEqual([briefingError]);
    await refresh();
    const resent = sent[2]!;
    expect(resent.kind === 'slides' && resent.update.full).toBe(true);
    expect(changedIds(resent)).toEqual(['a', 'b']);
    expect(resent.kind === 'slides' && resent.update.sections[1]!.html).toMatch(/Two\./);
    // Once the pages hold a good compile again, only what changed.
    await refresh();
    expect(changedIds(sent[3])).toEqual(['a']);
  });
});
