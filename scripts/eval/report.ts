// The evaluation as terminal text: a table per article, failed checks, the overall score and the home figure.

import { formatCuration } from './curation.js';
import type { ArticleResult, Evaluation } from './evaluate.js';

const percent = (passed: number, total: number): string => (total === 0 ? '–' : `${Math.round((100 * passed) / total)} %`);

function checkLine(a: ArticleResult): string {
  if (!a.check) return 'no deck';
  const hedges = a.check.diagnostics.filter((d) => d.code === 'hedge-dropped').length;
  const others = a.check.warnings - hedges;
  const parts = [a.check.errors > 0 ? `${a.check.errors} error${a.check.errors === 1 ? '' : 's'}` : '', hedges > 0 ? `${hedges} hedge warning${hedges === 1 ? '' : 's'}` : '', others > 0 ? `${others} other warning${others === 1 ? '' : 's'}` : ''].filter(Boolean);
  return `${a.check.errors === 0 ? 'passes' : 'FAILS'}${parts.length > 0 ? ` (${parts.join(', ')})` : ''}`;
}

function articleTable(a: ArticleResult, verbose: boolean): string[] {
  const lines = [`## ${a.slug} — ${percent(a.score.passed, a.score.total)} (${a.score.passed}/${a.score.total}) · briefdeck check: ${checkLine(a)}`];
  if (a.shape.length > 0) lines.push(`   shape: ${a.shape.join(', ')}`);
  for (const e of a.generatorErrors) lines.push(`   generator: ${e.split('\n')[0]}`);
  for (const c of a.score.checks) {
    if (c.passed && !verbose) continue;
    const mark = c.passed ? 'ok  ' : 'FAIL';
    lines.push(`   ${mark} ${c.kind.padEnd(11)} ${c.where.padEnd(15)} ${c.name}${c.detail ? ` — ${c.detail}` : ''}`);
  }
  if (verbose && a.check) for (const l of a.check.lines) lines.push(`   check: ${l.split('\n')[0]}`);
  return lines;
}

export function formatEvaluation(e: Evaluation, verbose = false): string[] {
  const lines: string[] = [];
  for (const p of e.problems) lines.push(`problem: ${p}`);
  for (const a of e.articles) lines.push(...articleTable(a, verbose), '');
  const width = Math.max(8, ...e.articles.map((a) => a.slug.length));
  lines.push('## Summary', '');
  lines.push(`| ${'article'.padEnd(width)} | checks  | score | must-not failed | briefdeck check |`);
  lines.push(`| ${'-'.repeat(width)} | ------- | ----- | --------------- | --------------- |`);
  for (const a of e.articles) {
    const mustNot = a.score.checks.filter((c) => c.kind === 'must-not' && !c.passed).length;
    lines.push(`| ${a.slug.padEnd(width)} | ${`${a.score.passed}/${a.score.total}`.padEnd(7)} | ${percent(a.score.passed, a.score.total).padEnd(5)} | ${String(mustNot).padEnd(15)} | ${checkLine(a)} |`);
  }
  lines.push('');
  const mustNotFailures = e.articles.flatMap((a) => a.score.checks.filter((c) => c.kind === 'must-not' && !c.passed).map((c) => `${a.slug}: ${c.name} (${c.where}) — ${c.detail}`));
  lines.push(`Overall: ${e.passed}/${e.total} checks passed (${percent(e.passed, e.total)}) on ${e.articles.length} article${e.articles.length === 1 ? '' : 's'}`);
  lines.push(`Must-not failures: ${mustNotFailures.length}`);
  for (const m of mustNotFailures) lines.push(`  - ${m}`);
  const checked = e.articles.filter((a) => a.check);
  const noHedge = (a: ArticleResult): boolean => !a.check!.diagnostics.some((d) => d.code === 'hedge-dropped');
  lines.push(`Decks passing briefdeck check (no errors): ${checked.filter((a) => a.check!.errors === 0).length}/${e.articles.length}; with no hedge warning either: ${checked.filter((a) => a.check!.errors === 0 && noHedge(a)).length}/${e.articles.length}; with no warning at all: ${checked.filter((a) => a.check!.errors + a.check!.warnings === 0).length}/${e.articles.length}`);
  if (e.home) {
    lines.push(`Home article: ${e.home.close} of ${e.home.reference} reference bullets have a close generated counterpart (Dice ≥ 0.6): ${percent(e.home.close, e.home.reference)}`);
    if (verbose) for (const p of e.home.pairs) lines.push(`  ${p.close ? 'ok  ' : 'miss'} ${p.score.toFixed(2)} ${p.reference}${p.best ? `  ⇢  ${p.best}` : ''}`);
  } else {
    lines.push('Home article: not measured (see the problems above)');
  }
  if (e.curation) lines.push(...formatCuration(e.curation, verbose));
  return lines;
}
