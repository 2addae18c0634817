// A new A4 PDF with the papers' font embedded (pdfkit subsets it), and its bytes once it is ended.
// The document's dates are fixed by the caller so that the same events give the same file.
import PDFDocument from 'pdfkit';
import { FONT_STYLES, type FontStyle, fontBytes } from './font.js';

export type PdfDoc = PDFKit.PDFDocument;

/** A4 in PostScript points; margins as the Nghị định 30/2020 layout asks (left 30 mm, others 20 mm). */
export const A4 = { width: 595.28, height: 841.89 } as const;
const MM = 72 / 25.4;
export const MARGINS = { top: 20 * MM, bottom: 20 * MM, left: 30 * MM, right: 15 * MM } as const;

export interface PdfOptions {
  readonly title: string;
  /** The moment the paper stands for (its knownAt), written as the PDF's creation date. */
  readonly createdAt: Date;
  readonly landscape?: boolean;
}

/** A4 document with the four font styles registered under their style names; the regular one is set. */
export function newPdf(opts: PdfOptions): PdfDoc {
  const doc = new PDFDocument({
    size: 'A4',
    layout: opts.landscape ? 'landscape' : 'portrait',
    margins: MARGINS,
    info: { Title: opts.title, Producer: 'motcua', Creator: 'motcua', CreationDate: opts.createdAt },
    autoFirstPage: true,
    bufferPages: true,
  });
  for (const style of FONT_STYLES) doc.registerFont(style, fontBytes(style));
  doc.font('regular');
  return doc;
}

export const useFont = (doc: PdfDoc, style: FontStyle, size: number): PdfDoc => doc.font(style).fontSize(size);

/** Ends the document and resolves with its bytes. */
export function pdfBytes(doc: PdfDoc): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    doc.on('data', (c: Buffer) => chunks.push(c));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
    doc.end();
  });
}
