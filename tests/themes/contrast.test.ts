// WCAG contrast: the checker against known values, and both shipped themes meeting AA for every pair they use.

import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkDiagramPalette, themeContrastDiagnostics } from '../../src/check/theme-contrast.js';
import { DIAGRAM_CONTRAST_PAIRS, flattenThemeVariables } from '../../src/diagrams/palette-contrast.js';
import { diagramThemeFromCss } from '../../src/diagrams/theme-from-css.js';
import { diagramThemeVariables } from '../../src/diagrams/theme.js';
import { contrastRatio, parseColor, relativeLuminance } from '../../src/theme/contrast.js';
import { readCssVariables } from '../../src/theme/css-variables.js';
import { CONTRAST_PAIRS, checkContrastPairs, describeFailure } from '../../src/theme/contrast-pairs.js';
import { KIT_ROOT } from '../../src/io/kit-root.js';

const themeCss = (name: string): string => readFileSync(path.join(KIT_ROOT, 'themes', `${name}.css`), 'utf8');

describe('contrast arithmetic', () => {
  it('parses the colour forms themes use', () => {
    expect(parseColor('#fff')).toEqual([255, 255, 255]);
    expect(parseColor('#0B2545')).toEqual([11, 37, 69]);
    expect(parseColor('#0b254580')).toEqual([11, 37, 69]);
    expect(parseColor('rgb(20, 30, 45)')).toEqual([20, 30, 45]);
    expect(parseColor('240 240 240')).toEqual([240, 240, 240]);
    expect(parseColor('navy')).toBeUndefined();
    expect(parseColor('rgb(300, 0, 0)')).toBeUndefined();
  });

  it('matches WCAG reference values', () => {
    expect(relativeLuminance([255, 255, 255])).toBeCloseTo(1, 6);
    expect(relativeLuminance([0, 0, 0])).toBe(0);
    expect(contrastRatio([0, 0, 0], [255, 255, 255])).toBeCloseTo(21, 6);
    expect(contrastRatio([255, 255, 255], [255, 255, 255])).toBe(1);
    // #777 on white is the classic near miss: 4.48:1, just under AA for body text.
    expect(contrastRatio(parseColor('#777')!, parseColor('#fff')!)).toBeCloseTo(4.48, 2);
    expect(contrastRatio(parseColor('#767676')!, parseColor('#fff')!)).toBeCloseTo(4.54, 2);
  });
});

describe('theme contrast', () => {
  for (const theme of ['briefing', 'dark']) {
    it(`${theme}: every pair meets WCAG AA`, () => {
      const results = checkContrastPairs(readCssVariables(themeCss(theme)));
      expect(results).toHaveLength(CONTRAST_PAIRS.length);
      expect(results.filter((r) => !r.ok).map(describeFailure)).toEqual([]);
      expect(themeContrastDiagnostics(themeCss(theme), `themes/${theme}.css`)).toEqual([]);
    });
  }

  for (const theme of ['briefing', 'dark']) {
    it(`${theme}: every diagram kind's palette meets WCAG AA (text 4.5:1 on its fill, marks 3:1 on theirs)`, () => {
      const variables = flattenThemeVariables(diagramThemeVariables(diagramThemeFromCss(themeCss(theme), theme)));
      const results = checkDiagramPalette(variables);
      // every pair is checked: none is skipped for a colour the palette lacks
      expect(results).toHaveLength(DIAGRAM_CONTRAST_PAIRS.length);
      expect(results.filter((r) => !r.ok).map(describeFailure)).toEqual([]);
    });
  }

  it("checks the deck's own diagram colours laid over the theme's, and names the pair that falls short", () => {
    const diagnostics = themeContrastDiagnostics(themeCss('briefing'), 'themes/briefing.css', { pie3: '#f4f4f4', xyChart: { plotColorPalette: '#1d4e89,#dddddd' } });
    const messages = diagnostics.map((d) => d.message);
    expect(messages.some((m) => m.includes('pie3 on background') && m.includes('(pie slice 3)'))).toBe(true);
    expect(messages.some((m) => m.includes('pieSectionTextColor on pie3'))).toBe(true);
    expect(messages.some((m) => m.includes('xyChart.plotColorPalette[1] on xyChart.backgroundColor'))).toBe(true);
    expect(messages.some((m) => m.includes('pie1 on background'))).toBe(false);
    expect(diagnostics.every((d) => d.severity === 'warning' && d.code === 'theme-contrast' && d.hint.includes('diagrams.mermaid'))).toBe(true);
  });

  it('reports a pair that falls short, and a colour that is missing or unreadable', () => {
    const css = themeCss('briefing').replace(/--bd-muted:[^;]+;/, '--bd-muted: #9aa0a6;').replace(/--bd-surface:[^;]+;/, '--bd-surface: var(--x);');
    const failures = checkContrastPairs(readCssVariables(css)).filter((r) => !r.ok).map(describeFailure);
    expect(failures).toContain('--bd-muted on --r-background-color: 2.64:1, needs 4.5:1 (captions, citations, footer, slide number)');
    expect(failures.some((f) => f.includes('--bd-surface is "var(--x)"'))).toBe(true);
    const diagnostics = themeContrastDiagnostics(css, 'themes/custom.css');
    expect(diagnostics.every((d) => d.severity === 'warning' && d.code === 'theme-contrast' && d.file === 'themes/custom.css')).toBe(true);
    expect(checkContrastPairs(new Map())[0]!.problem).toBe('--r-main-color is not set');
  });

  it('reads the last declaration of a variable and ignores comments', () => {
    const variables = readCssVariables(':root { --a: #000; /* --a: #f00; */ }\n.x { --a: #111 !important; --b:#222 }');
    expect(variables.get('--a')).toBe('#111');
    expect(variables.get('--b')).toBe('#222');
  });
});
