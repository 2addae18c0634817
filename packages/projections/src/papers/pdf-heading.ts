// Draws a PaperHeading at the top of a PDF page: the issuer on the left, Quốc hiệu and tiêu ngữ on the
// right (each column centred, a short rule under the office and under the motto), then number and date.
import type { PaperHeading } from './heading.js';
import { type PdfDoc, useFont } from './pdf-document.js';

const SIZE = 11;

function centred(doc: PdfDoc, text: string, x: number, y: number, width: number): number {
  doc.text(text, x, y, { width, align: 'center' });
  return doc.y;
}

function ruleUnder(doc: PdfDoc, text: string, x: number, width: number, y: number): void {
  const w = Math.min(doc.widthOfString(text), width) * 0.6;
  const cx = x + width / 2;
  doc
    .moveTo(cx - w / 2, y + 2.5)
    .lineTo(cx + w / 2, y + 2.5)
    .lineWidth(0.6)
    .stroke();
}

/** Draws the heading and leaves doc.y below the date line. */
export function drawPdfHeading(doc: PdfDoc, h: PaperHeading): void {
  const left = doc.page.margins.left;
  const usable = doc.page.width - left - doc.page.margins.right;
  const leftW = usable * 0.45;
  const rightX = left + leftW;
  const rightW = usable - leftW;
  const top = doc.page.margins.top;

  let y = top;
  h.issuer.forEach((line, i) => {
    const last = i === h.issuer.length - 1;
    useFont(doc, last ? 'bold' : 'regular', SIZE - 1);
    y = centred(doc, line, left, y, leftW);
    if (last) ruleUnder(doc, line, left, leftW, y);
  });
  let leftBottom = y + 6;
  if (h.number) {
    useFont(doc, 'regular', SIZE);
    leftBottom = centred(doc, h.number, left, leftBottom, leftW);
  }

  useFont(doc, 'bold', SIZE - 0.5);
  let ry = centred(doc, h.quocHieu, rightX, top, rightW);
  useFont(doc, 'bold', SIZE + 1);
  ry = centred(doc, h.tieuNgu, rightX, ry, rightW);
  ruleUnder(doc, h.tieuNgu, rightX, rightW, ry);
  useFont(doc, 'italic', SIZE);
  ry = centred(doc, h.dateLine, rightX, ry + 6, rightW);

  doc.x = left;
  doc.y = Math.max(leftBottom, ry) + 14;
  useFont(doc, 'regular', SIZE + 1);
}
