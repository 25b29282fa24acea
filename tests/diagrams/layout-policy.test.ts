// Drawing a diagram for its slide: its kind, the figure box its layout gives it, kind settings, deep-merged config, the scale policy.

import { describe, expect, it } from 'vitest';
import { diagramKind } from '../../src/diagrams/diagram-type.js';
import { figureBox, SLIDE } from '../../src/diagrams/figure-box.js';
import { fitDiagram, fitStyle, MAX_LABEL_SHARE, MIN_LABEL_SHARE, tooDenseDiagnostic } from '../../src/diagrams/fit.js';
import { configForDiagram, ganttTaskCount, kindSettings, sankeyNodes } from '../../src/diagrams/kind-config.js';
import { mergeConfig } from '../../src/diagrams/merge-config.js';
import { diagramScale, mermaidConfigForTheme, type DiagramTheme } from '../../src/diagrams/theme.js';

const theme: DiagramTheme = {
  background: '#ffffff',
  text: '#1b1f24',
  accent: '#1d4e89',
  muted: '#4a5562',
  surface: '#eef2f6',
  fontFamily: "'Source Sans 3', sans-serif",
  dark: false,
};

describe('diagramKind', () => {
  it('reads the first statement, past front matter, directives, comments and blank lines', () => {
    expect(diagramKind('flowchart LR\n  A --> B')).toBe('flowchart');
    expect(diagramKind('graph TD\n  A --> B')).toBe('flowchart');
    expect(diagramKind('---\ntitle: Plan\nconfig:\n  gantt:\n    barHeight: 30\n---\ngantt\n  title Plan')).toBe('gantt');
    expect(diagramKind('%%{init: {"theme": "base"}}%%\n%% a comment\n\nsequenceDiagram\n  A->>B: hi')).toBe('sequence');
    expect(diagramKind('xychart-beta\n  bar [1, 2]')).toBe('xychart');
    expect(diagramKind('xychart\n  bar [1, 2]')).toBe('xychart');
    expect(diagramKind('sankey-beta\nA,B,1')).toBe('sankey');
    expect(diagramKind('stateDiagram-v2\n  [*] --> A')).toBe('state');
    expect(diagramKind('quadrantChart\n  title T')).toBe('quadrant');
    expect(diagramKind('gitGraph\n  commit')).toBe('other');
    expect(diagramKind('')).toBe('other');
  });
});

describe('figureBox', () => {
  it('gives a diagram slide the slide width inside its 56 px margins and the height below a compact title', () => {
    const box = figureBox('diagram');
    expect(box.width).toBe(SLIDE.width - 2 * 56);
    expect(box.height).toBeGreaterThan(500);
    expect(box.height).toBeLessThan(SLIDE.height - 100);
  });

  it('leaves less height on other slides, splits columns, and follows the body size where the CSS uses em', () => {
    expect(figureBox(undefined).height).toBeLessThan(figureBox('diagram').height);
    expect(figureBox('bullets').width).toBe(figureBox(undefined).width);
    const two = figureBox(undefined, 2);
    expect(two.width).toBeLessThan(figureBox(undefined).width / 2);
    expect(two.width).toBeGreaterThan(figureBox(undefined).width / 2 - 100);
    expect(figureBox(undefined, 3).width).toBeLessThan(two.width);
    expect(figureBox(undefined, 1, 40).height).toBeLessThan(figureBox(undefined, 1, 34).height);
  });
});

describe('kind settings', () => {
  const box = { width: 1100, height: 500 };

  it('lays gantt charts out at the figure width with labels at slide size, room for section names on the left', () => {
    const settings = kindSettings('gantt', 'gantt\n  section A fairly long section name\n    Task :a, 2026-01-01, 3d', box, 24, []);
    expect(settings.gantt).toMatchObject({ useWidth: 1100, fontSize: 24, sectionFontSize: 24 });
    expect(settings.gantt!.leftPadding).toBeGreaterThan(24 * 10);
    expect(settings.gantt!.leftPadding).toBeLessThanOrEqual(1100 * 0.3);
  });

  it('gives gantt bars the height the box has for them, within limits', () => {
    const tasks = (n: number): string => `gantt\n  title Plan\n  dateFormat YYYY-MM-DD\n  section S\n${Array.from({ length: n }, (_u, i) => `    Task ${i} :t${i}, 2026-01-0${(i % 9) + 1}, 2d`).join('\n')}`;
    expect(ganttTaskCount(tasks(4))).toBe(4);
    const few = kindSettings('gantt', tasks(2), box, 24, []).gantt!.barHeight!;
    const some = kindSettings('gantt', tasks(6), box, 24, []).gantt!.barHeight!;
    const many = kindSettings('gantt', tasks(30), box, 24, []).gantt!.barHeight!;
    expect(few).toBe(Math.round(24 * 2.2));
    expect(some).toBeLessThan(few);
    expect(some).toBeGreaterThan(many);
    expect(many).toBe(24 * 1.5);
  });

  it('draws xy, quadrant and sankey charts at the figure size', () => {
    expect(kindSettings('xychart', '', box, 24, []).xyChart).toMatchObject({ width: 1100, height: 500, xAxis: { labelFontSize: 24 } });
    expect(kindSettings('quadrant', '', box, 24, []).quadrantChart).toMatchObject({ chartHeight: 500, quadrantLabelFontSize: 24 });
    const sankey = kindSettings('sankey', 'sankey-beta\nA,"B, C",3\nB2,A,1', box, 24, ['#111111', '#222222', '#333333']).sankey!;
    expect(sankey).toMatchObject({ width: 1100, height: 500 });
    expect((sankey as { nodeColors: Record<string, string> }).nodeColors).toEqual({ A: '#111111', 'B, C': '#222222', B2: '#333333' });
    expect(kindSettings('flowchart', '', box, 24, [])).toEqual({});
  });

  it('reads sankey nodes from its CSV rows, quoted or not, in order of first appearance', () => {
    expect(sankeyNodes('sankey-beta\n\n%% flows\nDonor A,Food,30\n"Donor ""B""",Food,10\nFood,Aid,40')).toEqual(['Donor A', 'Food', 'Donor "B"', 'Aid']);
  });

  it("lays the deck's own settings over the theme's and the kind's, key by key", () => {
    const themed = mermaidConfigForTheme(theme);
    const config = configForDiagram(themed, 'gantt', 'gantt', box, 24, diagramScale(theme), {
      themeVariables: { pie1: '#000000' },
      gantt: { barHeight: 50 },
    });
    expect(config.themeVariables?.pie1).toBe('#000000');
    expect(config.themeVariables?.pie2).toBe(themed.themeVariables?.pie2);
    expect(config.themeVariables?.primaryColor).toBe('#eef2f6');
    expect(config.gantt).toMatchObject({ barHeight: 50, useWidth: 1100 });
  });
});

describe('mergeConfig', () => {
  it('merges plain objects deeply, replaces arrays and values, and ignores undefined', () => {
    const base = { a: { b: 1, c: { d: 2 } }, list: [1, 2], keep: 'x' };
    expect(mergeConfig(base, { a: { c: { e: 3 } }, list: [9], keep: undefined })).toEqual({ a: { b: 1, c: { d: 2, e: 3 } }, list: [9], keep: 'x' });
    expect(base.a.c).toEqual({ d: 2 });
  });
});

describe('the scale policy', () => {
  const box = { width: 1168, height: 520 };

  it('lets a small diagram grow only until its labels reach body size', () => {
    const fit = fitDiagram({ viewBox: { width: 300, height: 100 }, labelPx: 24, box, bodyPx: 34 });
    expect(fit.labelOnSlidePx).toBeCloseTo(34 * MAX_LABEL_SHARE, 5);
    expect(fit.maxWidth).toBe(Math.round((300 * 34) / 24));
    expect(fit.maxHeight).toBe(Math.round((100 * 34) / 24));
    expect(fit.tooDense).toBe(false);
    expect(fitStyle(fit)).toBe(`width:100%;height:100%;max-width:${fit.maxWidth}px;max-height:${fit.maxHeight}px`);
  });

  it('fills the box when that keeps labels legible', () => {
    const fit = fitDiagram({ viewBox: { width: 1400, height: 500 }, labelPx: 24, box, bodyPx: 34 });
    expect(fit.labelOnSlidePx).toBeCloseTo((24 * 1168) / 1400, 5);
    expect(fit.tooDense).toBe(false);
  });

  it('flags a diagram whose labels would fall under 0.55× body text, with what to do, at its fence', () => {
    const fit = fitDiagram({ viewBox: { width: 3000, height: 900 }, labelPx: 24, box, bodyPx: 34 });
    expect(fit.labelOnSlidePx / 34).toBeLessThan(MIN_LABEL_SHARE);
    expect(fit.tooDense).toBe(true);
    const onSlide = tooDenseDiagnostic(fit, 34, 'slides/04-map.md', 12, undefined);
    expect(onSlide).toMatchObject({ severity: 'warning', code: 'diagram-too-dense', file: 'slides/04-map.md', line: 12 });
    expect(onSlide.message).toContain('0.27× body text');
    expect(onSlide.hint).toMatch(/Split it/);
    expect(onSlide.hint).toContain('`layout: diagram`');
    expect(tooDenseDiagnostic(fit, 34, 'slides/04-map.md', 12, 'diagram').hint).not.toContain('layout: diagram');
  });
});
