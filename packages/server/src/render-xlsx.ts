// Form 06 as an .xlsx workbook (exceljs): title, period and office above the table, as officials submit it.
import type { Form06Report } from '@motcua/projections';
import { type Lang, labels, reportTable } from './render-columns.js';

export async function renderXlsx(r: Form06Report, lang: Lang = 'vi'): Promise<Buffer> {
  // Loaded on first use: exceljs is large and most requests never need it.
  const ExcelJS = (await import('exceljs')).default;
  const l = labels(lang);
  const wb = new ExcelJS.Workbook();
  wb.creator = 'motcua';
  // Fixed dates keep the file the same for the same report (cache-friendly, comparable).
  wb.created = new Date(`${r.period.to}T00:00:00Z`);
  wb.modified = wb.created;
  const ws = wb.addWorksheet('Bieu 06');
  ws.addRow([l.title]).font = { bold: true, size: 13 };
  ws.addRow([`${l.office}: ${r.office}`]);
  ws.addRow([`${l.period}: ${r.period.from} – ${r.period.to}`]);
  ws.addRow([]);
  const { header, rows } = reportTable(r, lang);
  const h = ws.addRow(header);
  h.font = { bold: true };
  h.alignment = { wrapText: true, vertical: 'middle' };
  for (const row of rows) ws.addRow(row);
  ws.getRow(ws.rowCount).font = { bold: true };
  ws.getColumn(1).width = 28;
  for (let i = 2; i <= header.length; i++) ws.getColumn(i).width = 14;
  return Buffer.from(await wb.xlsx.writeBuffer());
}
