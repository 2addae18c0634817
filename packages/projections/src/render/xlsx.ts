// Form 06 as the spreadsheet officials submit: title, office and period, the two header rows with the
// column groups merged, the numbering row (1)…(13), one row per field and the total row.
import type { Border, Borders } from 'exceljs';
import type { FiledForm06 } from '../filed/form06-filed.js';
import type { Counts, Form06Report } from '../report.js';
import {
  FORM06_COLUMNS,
  FORM06_GROUP_TITLES,
  FORM06_GROUPS,
  FORM06_LABELS as L,
  type ReportLang,
  reportOfficeText,
  reportPeriodText,
} from './columns.js';

const thin: Partial<Border> = { style: 'thin' };
const box: Partial<Borders> = { top: thin, left: thin, bottom: thin, right: thin };

/** The field and ratio label column's width (characters), and the height of one line of 11 pt text (points). */
const LABEL_WIDTH = 32;
const LINE_HEIGHT = 15;
const FONT = 'Times New Roman';
/** Lines a label takes when wrapped in a column `width` characters wide (a margin for wide letters). */
const linesIn = (text: string, width: number): number => Math.max(1, Math.ceil(text.length / (width - 4)));

/** Form 06; with `filed`, as an office files it: its name, the convention, the ratios, date and signatures. */
export async function renderForm06Xlsx(
  report: Form06Report,
  lang: ReportLang = 'vi',
  filed?: FiledForm06,
): Promise<Buffer> {
  // Loaded on first use: exceljs is large, and whoever imports this package rarely writes a workbook.
  const ExcelJS = (await import('exceljs')).default;
  const wb = new ExcelJS.Workbook();
  wb.creator = 'motcua';
  // A fixed creation date: the file names no machine time of its own (exceljs still stamps the
  // modified date and the zip entries with the current time).
  wb.created = new Date(0);
  const ws = wb.addWorksheet(lang === 'en' ? 'Form 06' : 'Biểu 06', {
    pageSetup: { orientation: 'landscape', paperSize: 9, fitToPage: true, fitToWidth: 1, fitToHeight: 0 },
  });
  const lastCol = 13;
  ws.columns = [{ width: 6 }, { width: LABEL_WIDTH }, ...FORM06_COLUMNS.map(() => ({ width: 12 }))];

  const mergedText = (row: number, text: string, bold: boolean, size = 11) => {
    ws.mergeCells(row, 1, row, lastCol);
    const c = ws.getCell(row, 1);
    c.value = text;
    c.font = { bold, size };
    c.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
  };
  mergedText(1, L.title[lang], true, 13);
  ws.getRow(1).height = 36;
  mergedText(
    2,
    filed?.periodLine ?? `${L.period[lang]}: ${reportPeriodText(report.period.from, report.period.to, lang)}`,
    false,
  );
  mergedText(3, filed?.officeLine ?? `${L.office[lang]}: ${reportOfficeText(report)}`, false);
  mergedText(4, `${L.unit[lang]}${report.knownAt ? ` · ${L.knownAt[lang]}: ${report.knownAt}` : ''}`, false);

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
  header(h1, 1, L.no[lang]);
  ws.mergeCells(h1, 2, h2, 2);
  header(h1, 2, L.field[lang]);
  for (const g of FORM06_GROUPS) {
    // A group spans its columns' numbers on the form (3-6, 7-10, 11-13).
    const numbers = FORM06_COLUMNS.filter((c) => c.group === g).map((c) => c.no);
    const from = Math.min(...numbers);
    const to = Math.max(...numbers);
    ws.mergeCells(h1, from, h1, to);
    header(h1, from, FORM06_GROUP_TITLES[g][lang]);
    for (let c = from; c <= to; c++) ws.getCell(h1, c).border = box;
  }
  FORM06_COLUMNS.forEach((col, i) => {
    // Under the merged group title, the column keeps only its own part ("Tổng số", "Trực tuyến").
    const short = col.full[lang].replace(/^[^:–]*(?:: | – )/, '');
    header(h2, i + 3, short);
  });
  ws.getRow(h2).height = 45;
  for (let c = 1; c <= lastCol; c++) header(num, c, `(${c})`);

  const writeCounts = (row: number, no: number | null, field: string, counts: Counts, bold: boolean) => {
    const r = ws.getRow(row);
    r.getCell(1).value = no;
    r.getCell(2).value = field;
    FORM06_COLUMNS.forEach((col, i) => {
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
    writeCounts(row++, i + 1, r.field, r, false);
  });
  writeCounts(row++, null, L.total[lang], report.total, true);
  ws.views = [{ state: 'frozen', ySplit: num }];
  if (filed) writeFiling(ws, row + 1, lastCol, filed);
  // One typeface for the whole form, the one state papers are set in: cells left without a name fell back
  // to the application's default, so LibreOffice printed the table in one font and the ratios in another.
  ws.eachRow({ includeEmpty: true }, (r) =>
    r.eachCell({ includeEmpty: true }, (c) => {
      c.font = { size: 11, ...c.font, name: FONT };
    }),
  );

  return Buffer.from(await wb.xlsx.writeBuffer());
}

/** Below the table: the ratios (numerator, denominator, rate), then the date line and the signatures. */
function writeFiling(ws: import('exceljs').Worksheet, first: number, lastCol: number, filed: FiledForm06): void {
  let row = first;
  ws.getCell(row, 2).value = filed.ratiosTitle;
  ws.getCell(row, 2).font = { bold: true };
  row++;
  for (const r of filed.ratios) {
    ws.getCell(row, 2).value = r.label;
    ws.getCell(row, 2).alignment = { wrapText: true, vertical: 'top' };
    // A row is as tall as its wrapped label: LibreOffice never grows a row on opening (Excel only sometimes),
    // so a two-line label in a one-line row was printed over the row above it.
    ws.getRow(row).height = LINE_HEIGHT * linesIn(r.label, LABEL_WIDTH);
    ws.getCell(row, 3).value = r.ratio.numerator;
    ws.getCell(row, 4).value = r.ratio.denominator;
    const rate = ws.getCell(row, 5);
    rate.value = r.ratio.value;
    rate.numFmt = '0.0%';
    for (let c = 3; c <= 5; c++) ws.getCell(row, c).alignment = { vertical: 'top' };
    row++;
  }
  row++;
  const span = (r: number, from: number, to: number, text: string, font: Partial<import('exceljs').Font>) => {
    ws.mergeCells(r, from, r, to);
    const c = ws.getCell(r, from);
    c.value = text;
    c.font = font;
    c.alignment = { horizontal: 'center' };
  };
  const right = lastCol - 4;
  span(row++, right, lastCol, filed.dateLine, { italic: true });
  const [maker, head] = filed.signatures;
  span(row, 1, 5, maker!.title, { bold: true });
  span(row++, right, lastCol, head!.title, { bold: true });
  span(row, 1, 5, maker!.hint, { italic: true });
  span(row++, right, lastCol, head!.hint, { italic: true });
}
