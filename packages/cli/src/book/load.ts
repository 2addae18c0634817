// Reads a tracking-book file of any supported kind into rows (CSV, xlsx) or native events (NDJSON).
import { extname } from 'node:path';
import type { BookKind } from '../choices.js';
import { mapTable } from './columns.js';
import { readCsvTable } from './read-csv.js';
import { type NdjsonEvent, readNdjson } from './read-ndjson.js';
import { readRows } from './rows.js';
import type { BookRow, HeaderNames, Issue, RawTable } from './types.js';

export type { BookKind } from '../choices.js';

/** By extension, else by content: a zip (xlsx) starts with "PK", NDJSON with "{". */
export function kindOf(path: string, bytes: Buffer): BookKind {
  const ext = extname(path).toLowerCase();
  if (ext === '.xlsx' || ext === '.xlsm') return 'xlsx';
  if (ext === '.ndjson' || ext === '.jsonl') return 'ndjson';
  if (ext === '.csv' || ext === '.tsv' || ext === '.txt') return 'csv';
  if (bytes[0] === 0x50 && bytes[1] === 0x4b) return 'xlsx';
  const head = bytes
    .subarray(0, 64)
    .toString('utf8')
    .replace(/^\uFEFF/, '')
    .trimStart();
  return head.startsWith('{') ? 'ndjson' : 'csv';
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
  return kind === 'xlsx'
    ? await (await import('./read-xlsx.js')).readXlsxTable(bytes) // exceljs is heavy: only load it for xlsx
    : readCsvTable(bytes.toString('utf8'));
}

export async function loadBook(kind: BookKind, bytes: Buffer, office: string): Promise<LoadedBook> {
  if (kind === 'ndjson') {
    const r = readNdjson(bytes.toString('utf8'), office);
    return { kind, events: r.events, issues: r.issues, lines: r.lines };
  }
  const read = await readTable(kind, bytes);
  if (!read.table) return { kind, rows: [], headers: {}, issues: read.issues, lines: 0, repeats: 0 };
  const mapped = mapTable(read.table);
  const rows = readRows(mapped.records, mapped.headers);
  return {
    kind,
    rows: rows.rows,
    headers: mapped.headers,
    issues: [...read.issues, ...mapped.issues, ...rows.issues].sort((a, b) => a.line - b.line),
    lines: rows.lines,
    repeats: rows.repeats,
  };
}
