// The faces a page carries as data: URLs are asked for by an inline script while the page is parsed; faces fetched as files are not.

import { describe, expect, it } from 'vitest';
import { faceLoadScript, facesCarriedInside } from '../../src/site/pages-font-load.js';

const carried = (weight: number, range = 'U+0-7F,U+A0'): string =>
  `@font-face{font-family:"Body Sans";font-style:normal;font-weight:${weight};font-display:block;src:url(data:font/woff2;base64,d09G)format("woff2");unicode-range:${range}}`;

describe('facesCarriedInside', () => {
  it('names each data: face by its style, weight and family, skipping faces that are files', () => {
    const css = `${carried(400)}@font-face{font-family:"Body Sans";font-weight:400;src:url(./assets/ext-400.woff2)}${carried(600)}h1{font-weight:600}`;
    expect(facesCarriedInside(css)).toEqual([
      { font: 'normal 400 1em "Body Sans"', text: ' ' },
      { font: 'normal 600 1em "Body Sans"', text: ' ' },
    ]);
  });

  it('asks for a character the face covers when its range holds no space, and takes the first of a weight or style range', () => {
    const css = "@font-face{font-family:Serif Ext;font-style:oblique 10deg;font-weight:300 700;src:url('data:font/woff2;base64,AA');unicode-range:U+100-17F}";
    expect(facesCarriedInside(css)).toEqual([{ font: 'oblique 300 1em Serif Ext', text: 'Ā' }]);
    expect(facesCarriedInside(carried(400, 'U+4??'))).toEqual([{ font: 'normal 400 1em "Body Sans"', text: 'Ѐ' }]);
  });

  it('finds none in a stylesheet without data: faces', () => {
    expect(facesCarriedInside('@font-face{font-family:A;src:url(./a.woff2)}a{background:url(data:image/gif;base64,R0lG)}')).toEqual([]);
  });
});

describe('faceLoadScript', () => {
  it('loads each face with its character, and cannot close its own element', () => {
    const script = faceLoadScript([{ font: 'normal 400 1em "A</script>"', text: ' ' }])!;
    expect(script).not.toMatch(/<\//);
    const asked: [string, string][] = [];
    new Function('document', script)({ fonts: { load: (font: string, text: string) => asked.push([font, text]) } });
    expect(asked).toEqual([['normal 400 1em "A</script>"', ' ']]);
  });

  it('is none for no faces', () => {
    expect(faceLoadScript([])).toBeUndefined();
  });
});
