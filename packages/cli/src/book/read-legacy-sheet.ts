// Excel 97-2003 (.xls) and OpenDocument (.ods) tracking books, the first sheet, read by SheetJS (the
// maintained 0.20 line as published on npm under @e965/xlsx: the `xlsx` package on npm stopped at 0.18.5,
// before fixes for hostile files). Loaded only for such files. Cells are handed over as exceljs hands
// .xlsx cells, so both workbook readers feed the same rows: text, numbers, booleans, and dates as Date
// objects whose UTC parts are the sheet's wall-clock time (parseTime reads them in office time).
import type { CellObject, WorkBook } from '@e965/xlsx';
import type { LegacySheet } from './decode.js';
import { sheetTable } from './sheet-table.js';
import type { CellValue, Issue, RawTable } from './types.js';

/** Days between Excel's day 0 (1899-12-30) and 1970-01-01. */
const EXCEL_EPOCH_DAYS = 25_569;

export async function readLegacySheet(
  bytes: Buffer,
  kind: LegacySheet,
): Promise<{ table: RawTable | null; issues: Issue[] }> {
  const XLSX = await import('@e965/xlsx');
  // Code pages for BIFF5 and older files, whose text is in the machine's code page (1258 in Vietnam).
  XLSX.set_cptable(await import('@e965/xlsx/dist/cpexcel'));
  const unreadable = { table: null, issues: [{ line: 1, column: '*', code: 'FILE_KIND', detail: kind } as Issue] };
  let wb: WorkBook;
  try {
    // No cellDates: a date is its serial number and its format, free of the machine's time zone.
    wb = XLSX.read(bytes, { type: 'buffer', dense: true, cellFormula: false, cellHTML: false });
  } catch {
    return unreadable;
  }
  const name = wb.SheetNames[0];
  const sheet = name === undefined ? undefined : wb.Sheets[name];
  const ref = sheet?.['!ref'];
  if (!sheet || !ref) return { table: null, issues: [{ line: 1, column: '*', code: 'EMPTY_FILE' }] };
  // Rows as the sheet numbers them (from A1, so a line is the row a clerk sees); some readers ignore
  // `dense`, so a cell is looked up in whichever layout the sheet has.
  const range = XLSX.utils.decode_range(ref);
  const data = sheet['!data'];
  const cellAt = (r: number, c: number): CellObject | undefined =>
    data ? data[r]?.[c] : (sheet[XLSX.utils.encode_cell({ r, c })] as CellObject | undefined);
  const isDate = (cell: CellObject): boolean => cell.t === 'd' || (cell.t === 'n' && XLSX.SSF.is_date(cell.z ?? ''));
  const plain = (cell: CellObject | undefined): CellValue => {
    if (!cell || cell.v === undefined || cell.v === null || cell.t === 'e' || cell.t === 'z') return null;
    if (isDate(cell)) {
      if (cell.t === 'd') return new Date(cell.v as string | Date);
      return new Date(Math.round(((cell.v as number) - EXCEL_EPOCH_DAYS) * 86_400) * 1000);
    }
    return cell.v as string | number | boolean;
  };
  const rowCells = (n: number): CellValue[] => {
    const cells: CellValue[] = [];
    for (let c = 0; c <= range.e.c; c++) cells.push(plain(cellAt(n - 1, c)));
    while (cells.length > 0 && cells[cells.length - 1] === null) cells.pop();
    return cells;
  };
  return { table: sheetTable(range.e.r + 1, rowCells), issues: [] };
}
