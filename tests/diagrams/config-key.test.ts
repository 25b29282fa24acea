// The effective mermaid config and the config part of diagram keys.

import { describe, expect, it } from 'vitest';
import { diagramConfigKey, diagramConfigKeys, stableJson } from '../../src/diagrams/config-key.js';
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

describe('diagramConfigKeys', () => {
  it('gives diagramConfigKey for each of many configs sharing nested settings', () => {
    const themeVariables = { primaryColor: '#ffffff', lineColor: '#000000', pie: [1, { b: 2, a: 1 }] };
    const flowchart = { padding: 8, curve: 'basis' as const };
    const configs = [
      { theme: 'base' as const, themeVariables, flowchart },
      { theme: 'base' as const, themeVariables, flowchart, fontFamily: 'serif' },
      { theme: 'base' as const, themeVariables, flowchart: { ...flowchart, padding: 12 } },
      { theme: 'base' as const, themeVariables: { ...themeVariables, lineColor: '#111111' }, flowchart },
    ];
    const keyOf = diagramConfigKeys('11.17.2');
    const keys = configs.flatMap((mermaidConfig) => ['', '#ID .node{}'].map((svgCss) => keyOf({ mermaidConfig, fontCss: '@font-face{}', svgCss })));
    const expected = configs.flatMap((mermaidConfig) => ['', '#ID .node{}'].map((svgCss) => diagramConfigKey({ mermaidConfig, fontCss: '@font-face{}', svgCss, mermaidVersion: '11.17.2' })));
    expect(keys).toEqual(expected);
    expect(new Set(keys).size).toBe(keys.length);
  });
});

describe('stableJson', () => {
  it('sorts keys at every depth and drops undefined members', () => {
    expect(stableJson({ b: 1, a: { d: [2, { z: 1, y: 2 }], c: undefined } })).toBe('{"a":{"d":[2,{"y":2,"z":1}]},"b":1}');
  });

  it('writes an object met again from what it kept, and the same text as without keeping', () => {
    const shared = { y: [1, undefined], x: 'a' };
    const written = new WeakMap<object, string>();
    expect(stableJson({ first: shared, second: shared }, written)).toBe(stableJson({ first: shared, second: shared }));
    expect(written.get(shared)).toBe('{"x":"a","y":[1,null]}');
  });
});
