// Test file order for `npm test`: the longest files start first, so none is left running alone at the end; isolated files last.

import { BaseSequencer, type TestSpecification } from 'vitest/node';

/**
 * The longest files, longest first (measured with `vitest run --reporter=json`, from the end of the file before in the
 * same worker, so a file's imports and beforeAll hooks count, which the report's own durations leave out). Vitest orders
 * by the durations it cached on the last run, but a fresh checkout (CI) has none and falls back to file size, which puts
 * short-but-slow files last.
 */
export const SLOW_FILES: readonly string[] = [
  'tests/package/install.test.ts',
  'tests/robustness/long-lines.test.ts',
  'tests/a11y/axe.test.ts',
  'tests/export/pptx-libreoffice.test.ts',
  'tests/article/linear.test.ts',
  'tests/export/cli.test.ts',
  'tests/export/reuse-build.test.ts',
  'tests/robustness/xss.test.ts',
  'tests/browser/source-links.test.ts',
  'tests/robustness/bad-input.test.ts',
  'tests/export/pdf.test.ts',
  'tests/export/hanging-browser.test.ts',
  'tests/robustness/real-disk-failures.test.ts',
  'tests/robustness/real-browser-crash.test.ts',
  'tests/robustness/real-concurrency.test.ts',
  'tests/export/leave-behind.test.ts',
  'tests/diagrams/build.test.ts',
  'tests/article/generate-fuzz.test.ts',
  'tests/diagrams/fallback-build.test.ts',
  'tests/browser/first-paint.test.ts',
  'tests/themes/chrome-layouts.test.ts',
  'tests/browser/reveal-markdown-parity.test.ts',
  // Apart from first-paint: started beside it, it would wait idle for the build of the same deck.
  'tests/browser/present.test.ts',
  'tests/cli/new.test.ts',
  'tests/browser/deferred-slides.test.ts',
  'tests/export/png.test.ts',
  'tests/build/offline.test.ts',
  'tests/robustness/parser-properties.test.ts',
  'tests/browser/own-folder.test.ts',
  'tests/cli/own-folder.test.ts',
];

export class SlowFirstSequencer extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const rest = await super.sort(files);
    const rank = (spec: TestSpecification): number => {
      // A worker that shares its modules between files is kept only while the next file in the queue can share them too:
      // a file with a fresh registry of its own in the middle ends that worker, and the next one imports everything again.
      if (spec.project.config.isolate) return SLOW_FILES.length + 1;
      const index = SLOW_FILES.findIndex((file) => spec.moduleId.endsWith(`/${file}`));
      return index === -1 ? SLOW_FILES.length : index;
    };
    // A stable sort: the listed files in their order, then the others in vitest's, then the files run in isolation.
    return rest.toSorted((a, b) => rank(a) - rank(b));
  }
}
