// Excel tracking books (.xlsx): the first sheet, read by exceljs; the header is found by sheetTable.
import ExcelJS from 'exceljs';
import { sheetTable } from './sheet-table.js';
import type { CellValue, Issue, RawTable } from './types.js';

/** exceljs cell values (rich text, formulas, hyperlinks, errors) reduced to what a reader needs. */
export function plainCell(v: ExcelJS.CellValue): CellValue {
  if (v === null || v === undefined) return null;
  if (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean' || v instanceof Date) return v;
  if (typeof v === 'object') {
    if ('richText' in v) return v.richText.map((t) => t.text).join('');
    if ('formula' in v || 'sharedFormula' in v) {
      const r = (v as { result?: unknown }).result;
      if (r === undefined || r === null || typeof r === 'object') return r instanceof Date ? r : null;
      return r as string | number | boolean;
    }
    if ('text' in v && typeof v.text === 'string') return v.text;
    if ('error' in v) return null;
  }
  return null;
}

export async function readXlsxTable(data: Buffer | ArrayBuffer): Promise<{ table: RawTable | null; issues: Issue[] }> {
  const wb = new ExcelJS.Workbook();
  try {
    await wb.xlsx.load(data as ArrayBuffer);
  } catch (e) {
    return { table: null, issues: [{ line: 1, column: '*', code: 'FILE_SYNTAX', detail: (e as Error).message }] };
  }
  const sheet = wb.worksheets[0];
  if (!sheet || sheet.rowCount === 0) return { table: null, issues: [{ line: 1, column: '*', code: 'EMPTY_FILE' }] };

  const rowCells = (n: number): CellValue[] => {
    const row = sheet.getRow(n);
    const cells: CellValue[] = [];
    for (let c = 1; c <= row.cellCount; c++) cells.push(plainCell(row.getCell(c).value));
    return cells;
  };
  return { table: sheetTable(sheet.rowCount, rowCells), issues: [] };
}
