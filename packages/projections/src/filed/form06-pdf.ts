// Form 06 as filed, as a PDF: A4 landscape, the issuing office and the Quốc hiệu on top with the place
// and date line, the form's title, period and convention, the table (columns 1–13, one row per field and
// the total), the ratios, and the signature block. Every number is the report object's own.
import { QUOC_HIEU, TIEU_NGU } from '../papers/heading.js';
import { newPdf, pdfBytes, useFont } from '../papers/pdf-document.js';
import {
  FORM06_COLUMNS,
  FORM06_GROUP_TITLES,
  FORM06_GROUPS,
  FORM06_LABELS as L,
  type ReportLang,
} from '../render/columns.js';
import type { Counts, Form06Report } from '../report.js';
import { type FiledForm06, ratioText } from './form06-filed.js';

export async function renderForm06Pdf(report: Form06Report, lang: ReportLang, filed?: FiledForm06): Promise<Buffer> {
  // The papers' A4 document and embedded font (papers/), landscape for the form's thirteen columns. Its
  // date is the moment the figures stand for, not the machine's clock: the same events give the same file.
  const doc = newPdf({
    title: L.shortTitle[lang],
    createdAt: new Date(report.knownAt ?? `${report.period.to}T17:00:00+07:00`),
    landscape: true,
  });
  const left = doc.page.margins.left;
  const width = doc.page.width - left - doc.page.margins.right;
  const font = (style: 'regular' | 'bold' | 'italic', size: number) => useFont(doc, style, size);

  // Heading: the issuing office on the left, the Quốc hiệu and the date line on the right.
  const top = doc.page.margins.top;
  const leftW = width * 0.48;
  const issuer = [filed?.parentName?.toUpperCase(), (filed?.officeName ?? report.office).toUpperCase()].filter(
    (x): x is string => Boolean(x),
  );
  let y = top;
  issuer.forEach((line, i) => {
    font(i === issuer.length - 1 ? 'bold' : 'regular', 10);
    doc.text(line, left, y, { width: leftW, align: 'center' });
    y = doc.y;
  });
  font('bold', 10);
  doc.text(QUOC_HIEU, left + leftW, top, { width: width - leftW, align: 'center' });
  font('bold', 11);
  doc.text(TIEU_NGU, left + leftW, doc.y, { width: width - leftW, align: 'center' });
  if (filed) {
    font('italic', 10);
    doc.text(filed.dateLine, left + leftW, doc.y + 4, { width: width - leftW, align: 'center' });
  }
  y = Math.max(y, doc.y) + 6;

  font('bold', 11);
  doc.text(L.title[lang], left, y, { width, align: 'center' });
  font('regular', 10);
  const periodLine = filed?.periodLine ?? `${L.period[lang]}: ${report.period.from} – ${report.period.to}`;
  doc.text(periodLine, left, doc.y + 2, { width, align: 'center' });
  doc.text(filed?.officeLine ?? `${L.office[lang]}: ${report.office}`, { width, align: 'center' });
  font('italic', 9);
  doc.text(`${L.unit[lang]}${report.knownAt ? ` · ${L.knownAt[lang]}: ${report.knownAt}` : ''}`, {
    width,
    align: 'right',
  });
  y = doc.y + 4;

  // The table: STT, field, then columns 3–13.
  const noW = 28;
  const fieldW = 140;
  const numW = (width - noW - fieldW) / FORM06_COLUMNS.length;
  const colX = (c: number): number => (c === 1 ? left : c === 2 ? left + noW : left + noW + fieldW + (c - 3) * numW);
  const colW = (c: number): number => (c === 1 ? noW : c === 2 ? fieldW : numW);
  const cell = (text: string, x: number, cy: number, w: number, h: number, align: 'left' | 'center' | 'right') => {
    doc.rect(x, cy, w, h).lineWidth(0.5).stroke();
    const textH = doc.heightOfString(text, { width: w - 4 });
    doc.text(text, x + 2, cy + Math.max(2, (h - textH) / 2), { width: w - 4, align });
  };
  font('bold', 8);
  const h1 = 22;
  const h2 = 32;
  cell(L.no[lang], colX(1), y, colW(1), h1 + h2, 'center');
  cell(L.field[lang], colX(2), y, colW(2), h1 + h2, 'center');
  for (const g of FORM06_GROUPS) {
    const cols = FORM06_COLUMNS.filter((c) => c.group === g).map((c) => c.no);
    const from = Math.min(...cols);
    cell(FORM06_GROUP_TITLES[g][lang], colX(from), y, numW * cols.length, h1, 'center');
  }
  // Column names in a smaller size: "Trực tiếp, dịch vụ bưu chính" must fit its narrow cell.
  font('bold', 7);
  FORM06_COLUMNS.forEach((col) => {
    cell(col.full[lang].replace(/^[^:–]*(?:: | – )/, ''), colX(col.no), y + h1, numW, h2, 'center');
  });
  y += h1 + h2;
  font('italic', 8);
  for (let c = 1; c <= 13; c++) cell(`(${c})`, colX(c), y, colW(c), 13, 'center');
  y += 13;
  const rowH = 14;
  const row = (no: string, field: string, counts: Counts, bold: boolean) => {
    if (y + rowH > doc.page.height - doc.page.margins.bottom) {
      doc.addPage();
      y = doc.page.margins.top;
    }
    font(bold ? 'bold' : 'regular', 9);
    cell(no, colX(1), y, colW(1), rowH, 'center');
    cell(field, colX(2), y, colW(2), rowH, 'left');
    for (const col of FORM06_COLUMNS) cell(String(col.get(counts)), colX(col.no), y, numW, rowH, 'right');
    y += rowH;
  };
  report.rows.forEach((r, i) => {
    row(String(i + 1), r.field, r, false);
  });
  row('', L.total[lang], report.total, true);

  if (filed) {
    // Ratios, then the signature block; a new page when they would not fit under the table.
    const needed = 16 + filed.ratios.length * 11 + 50;
    if (y + needed > doc.page.height - doc.page.margins.bottom) {
      doc.addPage();
      y = doc.page.margins.top;
    }
    font('bold', 10);
    doc.text(filed.ratiosTitle, left, y + 8);
    font('regular', 8.5);
    for (const r of filed.ratios) doc.text(`${r.label}: ${ratioText(r.ratio, lang)}`, left + 10);
    const sy = doc.y + 8;
    const half = width / 2;
    font('bold', 10);
    doc.text(filed.signatures[0]!.title, left, sy, { width: half, align: 'center' });
    doc.text(filed.signatures[1]!.title, left + half, sy, { width: half, align: 'center' });
    font('italic', 9);
    doc.text(filed.signatures[0]!.hint, left, doc.y, { width: half, align: 'center' });
    doc.text(filed.signatures[1]!.hint, left + half, sy + 13, { width: half, align: 'center' });
  }
  return pdfBytes(doc);
}
