// A sheet's rows as the importer's raw table, whatever library read the workbook: the header is the first
// row (within the first 20) that names at least three known columns, since books often carry a title and
// the office's name above it.
import { columnOf } from './columns.js';
import type { CellValue, RawTable } from './types.js';

const HEADER_SEARCH_ROWS = 20;

/** The table of a sheet of `rowCount` rows, numbered from 1 as the spreadsheet shows them. */
export function sheetTable(rowCount: number, rowCells: (n: number) => CellValue[]): RawTable {
  let headerLine = 0;
  for (let n = 1; n <= Math.min(rowCount, HEADER_SEARCH_ROWS); n++) {
    const known = rowCells(n).filter((c) => typeof c === 'string' && columnOf(c) !== null).length;
    if (known >= 3) {
      headerLine = n;
      break;
    }
  }
  if (headerLine === 0) headerLine = 1; // let the header check name the missing columns
  const header = rowCells(headerLine).map((c) => (c === null ? '' : String(c)));
  const rows: Array<{ line: number; cells: CellValue[] }> = [];
  for (let n = headerLine + 1; n <= rowCount; n++) rows.push({ line: n, cells: rowCells(n) });
  return { headerLine, header, rows };
}
