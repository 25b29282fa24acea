// The effective mermaid config and the config part of diagram keys.

import { describe, expect, it } from 'vitest';
import { diagramConfigKey, stableJson } from '../../src/diagrams/config-key.js';
import { effectiveMermaidConfig } from '../../src/diagrams/mermaid-config.js';

describe('effectiveMermaidConfig', () => {
  it('forces strict security and no auto-start whatever the deck asks', () => {
    expect(effectiveMermaidConfig({ theme: 'base', securityLevel: 'loose', startOnLoad: true })).toEqual({
      theme: 'base',
      securityLevel: 'strict',
      startOnLoad: false,
    });
  });
});

describe('diagramConfigKey', () => {
  const base = { mermaidConfig: { theme: 'base' as const, themeVariables: { primaryColor: '#ffffff', lineColor: '#000000' } }, mermaidVersion: '11.17.2' };

  it('is the same for equal configs written in another key order', () => {
    const reordered = { ...base, mermaidConfig: { themeVariables: { lineColor: '#000000', primaryColor: '#ffffff' }, theme: 'base' as const } };
    expect(diagramConfigKey(reordered)).toBe(diagramConfigKey(base));
  });

  it('changes with the mermaid version, the config and the font CSS', () => {
    const key = diagramConfigKey(base);
    expect(diagramConfigKey({ ...base, mermaidVersion: '11.18.0' })).not.toBe(key);
    expect(diagramConfigKey({ ...base, mermaidConfig: { ...base.mermaidConfig, fontFamily: 'serif' } })).not.toBe(key);
    expect(diagramConfigKey({ ...base, fontCss: '@font-face{}' })).not.toBe(key);
  });

  it('ignores settings the renderer forces anyway', () => {
    expect(diagramConfigKey({ ...base, mermaidConfig: { ...base.mermaidConfig, securityLevel: 'loose' } })).toBe(
      diagramConfigKey(base),
    );
  });
});

describe('stableJson', () => {
  it('sorts keys at every depth and drops undefined members', () => {
    expect(stableJson({ b: 1, a: { d: [2, { z: 1, y: 2 }], c: undefined } })).toBe('{"a":{"d":[2,{"y":2,"z":1}]},"b":1}');
  });
});
