// Speaker view on demand: reveal.js's notes plugin is loaded when the presenter first presses S, not with the deck.

import type { RevealApi } from 'reveal.js';
import type { NotesPlugin } from 'reveal.js/plugin/notes';

const KEY_S = 83;

export interface SpeakerView {
  open(): Promise<void>;
}

export function setupSpeakerView(reveal: RevealApi): SpeakerView {
  let plugin: NotesPlugin | undefined;
  const view: SpeakerView = {
    async open() {
      if (!plugin) {
        const { default: Notes } = await import('reveal.js/plugin/notes');
        plugin = Notes();
        reveal.registerPlugin(plugin);
      }
      plugin.open();
    },
  };
  reveal.addKeyBinding({ keyCode: KEY_S, key: 'S', description: 'Speaker view (notes, timer, next slide)' }, () => {
    void view.open();
  });
  return view;
}
