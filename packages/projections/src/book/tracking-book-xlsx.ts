// The tracking book as the workbook an office keeps: the office's name and the book's title above the
// table, then one header row and one line per dossier, nothing below it. The book importer reads this
// sheet back (it finds the header row under the title), so the sheet holds no numbering row and no
// footer that would read as a dossier.
//
// Printed, it is form 07: the print area is the form's own columns (the first ones; the importer's are to
// their right, on screen only), landscape A4 one page wide, the header row repeated on every page. A
// year's book over all 30 columns shrank to an unreadable size on paper.
import type { Borders } from 'exceljs';
import type { ReportLang } from '../render/columns.js';
import type { TrackingBook } from './tracking-book.js';
import { BOOK_COLUMNS, type BookCell, type BookContext, FORM07_COLUMNS } from './tracking-book-columns.js';

const VN_OFFSET_MS = 7 * 3_600_000;
const thin = { style: 'thin' } as const;
const box: Partial<Borders> = { top: thin, left: thin, bottom: thin, right: thin };

/** A workbook date carries no zone: its parts are the office's wall clock (how the importer reads it). */
const officeWallClock = (iso: string): Date => new Date(Date.parse(iso) + VN_OFFSET_MS);

const TITLE = {
  vi: (year: number) => `SỔ THEO DÕI HỒ SƠ NĂM ${year}`,
  en: (year: number) => `TRACKING BOOK ${year}`,
};

export interface BookXlsxOptions extends BookContext {
  readonly lang?: ReportLang;
  /** The unit above the office (UBND xã …), printed above its name. */
  readonly parentName?: string | null;
}

export async function renderTrackingBookXlsx(book: TrackingBook, opts: BookXlsxOptions): Promise<Buffer> {
  const lang = opts.lang ?? 'vi';
  const ExcelJS = (await import('exceljs')).default;
  const wb = new ExcelJS.Workbook();
  wb.creator = 'motcua';
  wb.created = new Date(0);
  const headerRow = 6;
  const n = BOOK_COLUMNS.length;
  // The form's columns: the titles are centred over them, and they are what is printed.
  const printed = FORM07_COLUMNS.length;
  const ws = wb.addWorksheet(lang === 'vi' ? 'Sổ theo dõi' : 'Tracking book', {
    pageSetup: {
      orientation: 'landscape',
      paperSize: 9,
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
      // Written as given after a "$" (exceljs): rows absolute too, as spreadsheets write a print area.
      printArea: `A$1:${columnLetter(printed)}$${headerRow + Math.max(1, book.lines.length)}`,
      printTitlesRow: `${headerRow}:${headerRow}`,
      horizontalCentered: true,
      margins: { left: 0.4, right: 0.4, top: 0.5, bottom: 0.5, header: 0.3, footer: 0.3 },
    },
  });
  ws.columns = BOOK_COLUMNS.map((c) => ({ width: c.width }));
  const title = (row: number, text: string, bold: boolean, size = 11) => {
    ws.mergeCells(row, 1, row, printed);
    const c = ws.getCell(row, 1);
    c.value = text;
    c.font = { bold, size };
    c.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
  };
  const form = lang === 'vi' ? 'Mẫu số 07 (Thông tư 03/2025/TT-VPCP)' : 'Form 07 (Circular 03/2025/TT-VPCP)';
  title(1, [opts.parentName, opts.officeName].filter(Boolean).join(' – '), true);
  title(2, form, false, 10);
  title(3, TITLE[lang](book.year), true, 14);
  const scope = [
    book.field ? `${lang === 'vi' ? 'Lĩnh vực' : 'Field'}: ${book.field}` : null,
    book.knownAt ? `${lang === 'vi' ? 'Số liệu ghi nhận đến' : 'As recorded by'}: ${book.knownAt}` : null,
  ].filter(Boolean);
  title(4, scope.join(' · '), false, 10);

  BOOK_COLUMNS.forEach((col, i) => {
    const c = ws.getCell(headerRow, i + 1);
    c.value = col.header[lang];
    c.font = { bold: true };
    c.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
    c.border = box;
  });
  ws.getRow(headerRow).height = 42;

  const cellValue = (v: BookCell): string | number | Date | null =>
    v !== null && typeof v === 'object' ? officeWallClock(v.at) : v;
  book.lines.forEach((line, li) => {
    const row = ws.getRow(headerRow + 1 + li);
    BOOK_COLUMNS.forEach((col, i) => {
      const v = col.value(line, lang, opts);
      const c = row.getCell(i + 1);
      c.value = cellValue(v);
      c.border = box;
      if (v !== null && typeof v === 'object') c.numFmt = 'dd/mm/yyyy hh:mm';
      else if (typeof v === 'string' && v.includes('\n')) c.alignment = { vertical: 'top', wrapText: true };
    });
  });
  ws.views = [{ state: 'frozen', ySplit: headerRow }];
  ws.autoFilter = { from: { row: headerRow, column: 1 }, to: { row: headerRow, column: n } };
  return Buffer.from(await wb.xlsx.writeBuffer());
}

/** The sheet's letter of column n (1 = A). */
function columnLetter(n: number): string {
  let out = '';
  for (let k = n; k > 0; k = Math.floor((k - 1) / 26)) out = String.fromCharCode(65 + ((k - 1) % 26)) + out;
  return out;
}
