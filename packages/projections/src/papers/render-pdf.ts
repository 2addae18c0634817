// Draws a Paper into an A4 PDF with the embedded Vietnamese font: heading, title, blocks; tables with
// borders, their header repeated on a new page; signature boxes side by side.
import type { Block, Paper } from './paper.js';
import { newPdf, type PdfDoc, pdfBytes, useFont } from './pdf-document.js';
import { drawPdfHeading } from './pdf-heading.js';

const BODY = 11.5;
const CELL = 9;
const PAD = 3;

const usableWidth = (doc: PdfDoc): number => doc.page.width - doc.page.margins.left - doc.page.margins.right;
const bottom = (doc: PdfDoc): number => doc.page.height - doc.page.margins.bottom;

function ensureRoom(doc: PdfDoc, height: number): void {
  if (doc.y + height > bottom(doc)) doc.addPage();
}

function drawTable(doc: PdfDoc, b: Extract<Block, { kind: 'table' }>): void {
  const x0 = doc.page.margins.left;
  const width = usableWidth(doc);
  const widths = b.columns.map((c) => c.width * width);
  const rowHeight = (cells: readonly string[], bold: boolean): number => {
    useFont(doc, bold ? 'bold' : 'regular', CELL);
    return Math.max(...cells.map((t, i) => doc.heightOfString(t, { width: widths[i]! - 2 * PAD }))) + 2 * PAD;
  };
  const drawRow = (cells: readonly string[], bold: boolean): void => {
    const h = rowHeight(cells, bold);
    if (doc.y + h > bottom(doc)) {
      doc.addPage();
      if (!bold) drawRow(header, true);
    }
    const y = doc.y;
    let x = x0;
    useFont(doc, bold ? 'bold' : 'regular', CELL);
    cells.forEach((t, i) => {
      const w = widths[i]!;
      doc.rect(x, y, w, h).lineWidth(0.5).stroke();
      doc.text(t, x + PAD, y + PAD, { width: w - 2 * PAD, align: bold ? 'center' : 'left' });
      x += w;
    });
    doc.x = x0;
    doc.y = y + h;
  };
  const header = b.columns.map((c) => c.title);
  drawRow(header, true);
  for (const r of b.rows) drawRow(r, false);
  doc.moveDown(0.6);
}

function drawBlock(doc: PdfDoc, b: Block): void {
  const left = doc.page.margins.left;
  const width = usableWidth(doc);
  switch (b.kind) {
    case 'title':
      ensureRoom(doc, 40);
      useFont(doc, 'bold', 13);
      doc.text(b.text, left, doc.y, { width, align: 'center' });
      if (b.sub) {
        useFont(doc, 'italic', BODY);
        doc.text(b.sub, left, doc.y, { width, align: 'center' });
      }
      doc.moveDown(0.8);
      return;
    case 'paragraph':
      useFont(doc, b.bold ? 'bold' : b.italic ? 'italic' : 'regular', BODY);
      ensureRoom(doc, doc.heightOfString(b.text, { width }));
      doc.text(b.text, left, doc.y, { width, align: 'justify', paragraphGap: 4 });
      return;
    case 'fields':
      for (const [label, value] of b.rows) {
        useFont(doc, 'regular', BODY);
        ensureRoom(doc, doc.heightOfString(`${label}: ${value}`, { width }));
        doc.font('bold').text(`${label}: `, left, doc.y, { width, continued: true });
        doc.font('regular').text(value, { paragraphGap: 2 });
      }
      doc.moveDown(0.4);
      return;
    case 'table':
      drawTable(doc, b);
      return;
    case 'signatures': {
      ensureRoom(doc, 90);
      doc.moveDown(0.8);
      const y = doc.y;
      const n = b.cells.length;
      // One signer signs on the right, as the forms place it; two share the width.
      const w = width / Math.max(n, 2);
      b.cells.forEach((c, i) => {
        const x = left + (n === 1 ? width - w : i * w);
        useFont(doc, 'bold', BODY);
        doc.text(c.title, x, y, { width: w, align: 'center' });
        useFont(doc, 'italic', BODY - 1);
        doc.text(c.note, x, doc.y, { width: w, align: 'center' });
      });
      doc.x = left;
      doc.moveDown(4);
      return;
    }
  }
}

export async function paperPdf(p: Paper): Promise<Buffer> {
  const doc = newPdf({ title: p.title, createdAt: p.asOf, landscape: p.landscape });
  drawPdfHeading(doc, p.heading);
  for (const b of p.blocks) drawBlock(doc, b);
  return pdfBytes(doc);
}
