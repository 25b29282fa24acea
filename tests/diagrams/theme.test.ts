// Mermaid config derived from a deck theme: base theme, hex colours, fonts, light vs dark.

import { describe, expect, it } from 'vitest';
import { SCALE_MIN_CONTRAST } from '../../src/diagrams/palette.js';
import { flattenThemeVariables } from '../../src/diagrams/palette-contrast.js';
import { diagramScale, diagramThemeVariables, labelPxFor, mermaidConfigForTheme, type DiagramTheme } from '../../src/diagrams/theme.js';
import { contrastRatio, parseColor, relativeLuminance } from '../../src/theme/contrast.js';

const light: DiagramTheme = {
  background: '#ffffff',
  text: '#111111',
  accent: '#1f5fbf',
  muted: '#777',
  surface: '#f2f5fa',
  fontFamily: '"Source Sans 3", sans-serif',
  dark: false,
};
const dark: DiagramTheme = { ...light, background: '#101418', text: '#eeeeee', surface: '#1c232b', dark: true };

describe('mermaidConfigForTheme', () => {
  it("uses mermaid's base theme with the deck font and safe settings", () => {
    const config = mermaidConfigForTheme(light);
    expect(config.theme).toBe('base');
    expect(config.fontFamily).toBe('"Source Sans 3", sans-serif');
    expect(config.securityLevel).toBe('strict');
    expect(config.startOnLoad).toBe(false);
    expect(config.sequence?.actorFontFamily).toBe('"Source Sans 3", sans-serif');
    expect(config.flowchart?.useMaxWidth).toBe(true);
  });

  it('maps the theme colours onto nodes, lines, actors and notes', () => {
    const variables = diagramThemeVariables(light);
    expect(variables).toMatchObject({
      darkMode: false,
      background: '#ffffff',
      primaryColor: '#f2f5fa',
      primaryTextColor: '#111111',
      primaryBorderColor: '#1f5fbf',
      actorBkg: '#f2f5fa',
      actorBorder: '#1f5fbf',
      actorTextColor: '#111111',
      actorLineColor: '#777777',
      noteBorderColor: '#1f5fbf',
      fontFamily: '"Source Sans 3", sans-serif',
    });
    // 70% text over background: a dark grey line on white
    expect(variables['lineColor']).toBe('#585858');
    // a light tint of the accent for notes
    expect(variables['noteBkgColor']).toBe('#e0e9f6');
  });

  it('gives only hex colours, so mermaid can derive its shades', () => {
    for (const theme of [light, dark]) {
      const colours = [...flattenThemeVariables(diagramThemeVariables(theme))].filter(
        ([name]) => /colou?r|Bkg|Background|Border|Fill|cScale|pie\d|git|fillType|actor\d|quadrant\dFill|^background$/i.test(name) && !/Width|Size|Opacity|plotColorPalette$/.test(name),
      );
      expect(colours.length).toBeGreaterThan(100);
      for (const [name, value] of colours) expect(value, name).toMatch(/^#[0-9a-f]{6}$/);
    }
  });

  it('gives every colour mermaid would darken or lighten itself, so dark themes keep their own', () => {
    const variables = diagramThemeVariables(dark);
    for (let i = 0; i < 12; i++) {
      for (const prefix of ['cScale', 'cScaleInv', 'cScalePeer', 'cScaleLabel']) expect(variables[`${prefix}${i}`], `${prefix}${i}`).toBeDefined();
    }
    for (let i = 0; i < 8; i++) expect(variables[`git${i}`], `git${i}`).toBeDefined();
    for (let i = 1; i <= 12; i++) expect(variables[`pie${i}`], `pie${i}`).toBeDefined();
  });

  it('draws the categorical scale in colours that carry background-coloured labels and stand out from the slide', () => {
    for (const theme of [light, dark]) {
      const variables = diagramThemeVariables(theme) as Record<string, string>;
      const background = parseColor(theme.background)!;
      const scale = diagramScale(theme);
      expect(new Set(scale).size).toBe(12);
      for (const [i, colour] of scale.entries()) {
        expect(variables[`cScale${i}`]).toBe(colour);
        expect(contrastRatio(parseColor(colour)!, background), `${theme.dark ? 'dark' : 'light'} cScale${i} ${colour}`).toBeGreaterThanOrEqual(SCALE_MIN_CONTRAST);
        expect(variables[`cScaleLabel${i}`]).toBe(variables['background']);
      }
    }
    // a light slide gets dark colours, a dark slide light ones
    const lightness = (hex: string): number => relativeLuminance(parseColor(hex)!);
    expect(Math.max(...diagramScale(light).map(lightness))).toBeLessThan(0.2);
    expect(Math.min(...diagramScale(dark).map(lightness))).toBeGreaterThan(0.2);
  });

  it('sizes labels from body text and lays sequence diagrams out around them', () => {
    const config = mermaidConfigForTheme({ ...light, bodyPx: 40 });
    expect(labelPxFor({ bodyPx: 40 })).toBe(28);
    expect(config.fontSize).toBe(28);
    expect(config.themeVariables?.fontSize).toBe('28px');
    expect(config.sequence?.messageFontSize).toBe(28);
    expect(config.journey?.titleFontFamily).toBe(light.fontFamily);
    expect(config.journey?.taskFontFamily).toBe(light.fontFamily);
  });

  it('follows dark themes: dark mode on, dark fills, light text', () => {
    const variables = diagramThemeVariables(dark);
    expect(variables['darkMode']).toBe(true);
    expect(variables['primaryColor']).toBe('#1c232b');
    expect(variables['primaryTextColor']).toBe('#eeeeee');
    expect(variables['noteBkgColor']).not.toBe(diagramThemeVariables(light)['noteBkgColor']);
  });

  it('rejects colours mermaid cannot read, naming the field', () => {
    expect(() => mermaidConfigForTheme({ ...light, accent: 'rebeccapurple' })).toThrow(/accent must be a hex colour/);
    expect(() => mermaidConfigForTheme({ ...light, text: 'var(--text)' })).toThrow(/text must be a hex colour/);
  });
});
