// reveal.js settings: the deck's revealOptions override the defaults; print, export and reduced motion override the deck.

import { describe, expect, it } from 'vitest';
import { revealConfig } from '../../src/client/reveal-config.js';

describe('revealConfig with a deck\'s revealOptions', () => {
  it('applies the deck\'s choices over the defaults', () => {
    const config = revealConfig(new URLSearchParams(), { reducedMotion: false }, { transition: 'fade', controls: false });
    expect(config.transition).toBe('fade');
    expect(config.controls).toBe(false);
    expect(revealConfig(new URLSearchParams()).transition).toBe('slide');
  });

  it('keeps reduced motion and the export modes above the deck', () => {
    const config = revealConfig(new URLSearchParams('fragments&notes'), { reducedMotion: true }, { transition: 'zoom', pdfSeparateFragments: false });
    expect(config.transition).toBe('none');
    expect(config.pdfSeparateFragments).toBe(true);
    expect(config.showNotes).toBe('separate-page');
  });
});
