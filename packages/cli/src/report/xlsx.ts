// Form 06 as the spreadsheet officials submit: title, office and period, the two header rows with the
// column groups merged, the numbering row (1)…(13), one row per field and the total row.
import type { Counts, Form06Report } from '@motcua/projections';
import ExcelJS from 'exceljs';
import type { Lang } from '../i18n.js';
import { FORM_COLUMNS, GROUP_TITLES, LABELS, periodText } from './columns.js';

const thin: Partial<ExcelJS.Border> = { style: 'thin' };
const box: Partial<ExcelJS.Borders> = { top: thin, left: thin, bottom: thin, right: thin };

export async function renderXlsx(report: Form06Report, lang: Lang): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'motcua';
  wb.created = new Date(0); // deterministic bytes for the same report
  const ws = wb.addWorksheet(lang === 'en' ? 'Form 06' : 'Biểu 06', {
    pageSetup: { orientation: 'landscape', paperSize: 9, fitToPage: true, fitToWidth: 1, fitToHeight: 0 },
  });
  const lastCol = 13;
  ws.columns = [{ width: 6 }, { width: 32 }, ...FORM_COLUMNS.map(() => ({ width: 12 }))];

  const mergedText = (row: number, text: string, bold: boolean, size = 11) => {
    ws.mergeCells(row, 1, row, lastCol);
    const c = ws.getCell(row, 1);
    c.value = text;
    c.font = { bold, size };
    c.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
  };
  mergedText(1, LABELS.title[lang], true, 13);
  ws.getRow(1).height = 36;
  mergedText(2, `${LABELS.period[lang]}: ${periodText(report.period.from, report.period.to, lang)}`, false);
  const office = report.offices.length > 1 ? `${report.office} (${report.offices.join(', ')})` : report.office;
  mergedText(3, `${LABELS.office[lang]}: ${office}`, false);
  mergedText(4, `${LABELS.unit[lang]}${report.knownAt ? ` · ${LABELS.knownAt[lang]}: ${report.knownAt}` : ''}`, false);

  // Header: row 6 groups, row 7 columns, row 8 numbering.
  const h1 = 6;
  const h2 = 7;
  const num = 8;
  const header = (row: number, col: number, text: string) => {
    const c = ws.getCell(row, col);
    c.value = text;
    c.font = { bold: true };
    c.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
    c.border = box;
  };
  ws.mergeCells(h1, 1, h2, 1);
  header(h1, 1, LABELS.no[lang]);
  ws.mergeCells(h1, 2, h2, 2);
  header(h1, 2, LABELS.field[lang]);
  const groupSpans: Array<[keyof typeof GROUP_TITLES, number, number]> = [
    ['received', 3, 6],
    ['resolved', 7, 10],
    ['pending', 11, 13],
  ];
  for (const [g, from, to] of groupSpans) {
    ws.mergeCells(h1, from, h1, to);
    header(h1, from, GROUP_TITLES[g][lang]);
    for (let c = from; c <= to; c++) ws.getCell(h1, c).border = box;
  }
  FORM_COLUMNS.forEach((col, i) => {
    const short = col.full[lang].replace(/^[^:]*: /, '');
    header(h2, i + 3, short);
  });
  ws.getRow(h2).height = 45;
  for (let c = 1; c <= lastCol; c++) header(num, c, `(${c})`);

  const writeCounts = (row: number, no: string, field: string, counts: Counts, bold: boolean) => {
    const r = ws.getRow(row);
    r.getCell(1).value = no === '' ? null : Number(no);
    r.getCell(2).value = field;
    FORM_COLUMNS.forEach((col, i) => {
      r.getCell(i + 3).value = col.get(counts);
    });
    for (let c = 1; c <= lastCol; c++) {
      const cell = r.getCell(c);
      cell.border = box;
      cell.font = { bold };
      if (c !== 2) cell.alignment = { horizontal: c === 1 ? 'center' : 'right' };
    }
  };
  let row = num + 1;
  report.rows.forEach((r, i) => {
    writeCounts(row++, String(i + 1), r.field, r, false);
  });
  writeCounts(row++, '', LABELS.total[lang], report.total, true);
  ws.views = [{ state: 'frozen', ySplit: num }];

  const buf = await wb.xlsx.writeBuffer();
  return Buffer.from(buf as ArrayBuffer);
}
