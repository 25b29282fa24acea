// Mermaid config derived from a deck theme: base theme, hex colours, fonts, light vs dark.

import { describe, expect, it } from 'vitest';
import { diagramThemeVariables, mermaidConfigForTheme, type DiagramTheme } from '../../src/diagrams/theme.js';

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
      const colours = Object.entries(diagramThemeVariables(theme)).filter(
        ([name, value]) => typeof value === 'string' && !['fontFamily', 'fontSize'].includes(name),
      );
      expect(colours.length).toBeGreaterThan(20);
      for (const [name, value] of colours) expect(value, name).toMatch(/^#[0-9a-f]{6}$/);
    }
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
