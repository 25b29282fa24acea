// The kit's Vite configuration: every briefdeck option in one place.

import { defineConfig } from 'vite';
import { briefdeck } from './src/vite/index.js';

export default defineConfig({
  plugins: [
    briefdeck({
      deck: 'slides',
      diagrams: {
        cacheDir: 'node_modules/.cache/briefdeck/diagrams',
        mermaid: {},
      },
    }),
  ],
});
