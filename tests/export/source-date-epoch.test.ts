// PDFs are reproducible: with SOURCE_DATE_EPOCH set, the document dates are that time and the same input gives the same bytes.

import { PDFDocument } from '../../src/export/pdf-lib.js';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { documentDate, finishPdf } from '../../src/export/pdf-metadata.js';

async function onePagePdf(): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  doc.addPage([720, 405]);
  return doc.save();
}

describe('SOURCE_DATE_EPOCH', () => {
  afterEach(() => {
    vi.unstubAllEnvs();
  });

  it('reads whole seconds, and ignores anything else', () => {
    expect(documentDate({ SOURCE_DATE_EPOCH: '1528761600' }).toISOString()).toBe('2018-06-12T00:00:00.000Z');
    const before = Date.now();
    expect(documentDate({ SOURCE_DATE_EPOCH: 'yesterday' }).getTime()).toBeGreaterThanOrEqual(before);
    expect(documentDate({}).getTime()).toBeGreaterThanOrEqual(before);
  });

  it('gives identical PDFs for identical input', async () => {
    vi.stubEnv('SOURCE_DATE_EPOCH', '1528761600');
    const input = await onePagePdf();
    const first = await finishPdf(input, { title: 'Deck' }, [{ title: 'One', pageIndex: 0, children: [] }]);
    await new Promise((resolve) => setTimeout(resolve, 1100));
    const second = await finishPdf(input, { title: 'Deck' }, [{ title: 'One', pageIndex: 0, children: [] }]);
    expect(Buffer.from(first).equals(Buffer.from(second))).toBe(true);
    const read = await PDFDocument.load(first, { updateMetadata: false });
    expect(read.getCreationDate()?.toISOString()).toBe('2018-06-12T00:00:00.000Z');
    expect(read.getModificationDate()?.toISOString()).toBe('2018-06-12T00:00:00.000Z');
  });
});
