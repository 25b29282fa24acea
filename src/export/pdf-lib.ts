// pdf-lib loaded from its one-file bundle: the package's entry is hundreds of CommonJS modules whose loading (and
// export scanning, when imported as ESM) cost an export a fifth of a second; the bundle is the same library in one file.

import { createRequire } from 'node:module';
import type * as PdfLib from 'pdf-lib';

const pdfLib = createRequire(import.meta.url)('pdf-lib/dist/pdf-lib.min.js') as typeof PdfLib;

// Objects made by one copy of pdf-lib are only understood by that copy (`instanceof`, interned names): every module
// that reads or writes PDFs, tests included, takes the classes from here.
export const { PDFArray, PDFDict, PDFDocument, PDFHexString, PDFName, PDFNumber, PDFRawStream, PDFRef, PDFString } = pdfLib;
export type PDFArray = PdfLib.PDFArray;
export type PDFDict = PdfLib.PDFDict;
export type PDFDocument = PdfLib.PDFDocument;
export type PDFHexString = PdfLib.PDFHexString;
export type PDFName = PdfLib.PDFName;
export type PDFNumber = PdfLib.PDFNumber;
export type PDFRawStream = PdfLib.PDFRawStream;
export type PDFRef = PdfLib.PDFRef;
export type PDFString = PdfLib.PDFString;
export type PDFObject = PdfLib.PDFObject;
