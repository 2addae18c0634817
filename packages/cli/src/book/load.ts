// Reads a tracking-book file of any supported kind into rows (CSV, xlsx) or native events (NDJSON).
import { extname } from 'node:path';
import type { BookKind, DateOrder } from '../choices.js';
import { mapTable } from './columns.js';
import { bookText, foreignSheet, isZip } from './decode.js';
import { readCsvTable } from './read-csv.js';
import { type NdjsonEvent, readNdjson } from './read-ndjson.js';
import { readRows } from './rows.js';
import type { BookRow, HeaderNames, Issue, RawTable } from './types.js';

export type { BookKind } from '../choices.js';

/**
 * A zip is a workbook whatever its name (an .xlsx saved as "book.csv" stays a workbook); otherwise by
 * extension, else by content: NDJSON starts with "{". Sheets motcua does not read (.xls, .ods) are named
 * when the file is read (decode.ts), whichever kind they were taken for.
 */
export function kindOf(path: string, bytes: Buffer): BookKind {
  if (isZip(bytes)) return 'xlsx';
  const ext = extname(path).toLowerCase();
  if (ext === '.xlsx' || ext === '.xlsm') return 'xlsx';
  if (ext === '.ndjson' || ext === '.jsonl') return 'ndjson';
  if (ext === '.csv' || ext === '.tsv' || ext === '.txt') return 'csv';
  const head = bookText(bytes.subarray(0, 256)).text?.trimStart() ?? '';
  return head.startsWith('{') ? 'ndjson' : 'csv';
}

/** NDJSON events of a file in any text encoding bookText reads. */
export function readNdjsonBook(bytes: Buffer, office: string): ReturnType<typeof readNdjson> {
  const { text, issue } = bookText(bytes);
  return text === null ? { events: [], issues: [issue], lines: 0 } : readNdjson(text, office);
}

export type LoadedBook =
  | {
      readonly kind: 'csv' | 'xlsx';
      readonly rows: BookRow[];
      readonly headers: HeaderNames;
      readonly issues: Issue[];
      readonly lines: number;
      readonly repeats: number;
    }
  | { readonly kind: 'ndjson'; readonly events: NdjsonEvent[]; readonly issues: Issue[]; readonly lines: number };

/** The header and data rows of a CSV or xlsx book, before they are interpreted. */
export async function readTable(
  kind: 'csv' | 'xlsx',
  bytes: Buffer,
): Promise<{ table: RawTable | null; issues: Issue[] }> {
  // A legacy sheet is read as one whatever it was taken for (its name, or --format): by its signature.
  const legacy = foreignSheet(bytes);
  if (legacy) return await (await import('./read-legacy-sheet.js')).readLegacySheet(bytes, legacy);
  if (kind === 'xlsx') return await (await import('./read-xlsx.js')).readXlsxTable(bytes); // exceljs is heavy: only load it for xlsx
  const { text, issue } = bookText(bytes);
  return text === null ? { table: null, issues: [issue] } : readCsvTable(text);
}

export async function loadBook(
  kind: BookKind,
  bytes: Buffer,
  office: string,
  dateOrder: DateOrder = 'ymd',
): Promise<LoadedBook> {
  if (kind === 'ndjson') {
    const r = readNdjsonBook(bytes, office);
    return { kind, events: r.events, issues: r.issues, lines: r.lines };
  }
  const read = await readTable(kind, bytes);
  if (!read.table) return { kind, rows: [], headers: {}, issues: read.issues, lines: 0, repeats: 0 };
  const mapped = mapTable(read.table);
  const rows = readRows(mapped.records, mapped.headers, dateOrder);
  return {
    kind,
    rows: rows.rows,
    headers: mapped.headers,
    issues: [...read.issues, ...mapped.issues, ...rows.issues].sort((a, b) => a.line - b.line),
    lines: rows.lines,
    repeats: rows.repeats,
  };
}
