// Turns mapped records into typed tracking-book rows, collecting every problem with its line and column.
// Pure: no store, no catalogue. Lifecycle rules beyond a single line are the decider's job.
import { DossierCodeSchema, FieldSchema } from '@motcua/domain';
import type { BookRow, CellValue, Column, HeaderNames, Issue, IssueCode, RawRecord } from './types.js';
import {
  cellText,
  type DayEdge,
  isoOf,
  type Parsed,
  parseChannel,
  parseDigitised,
  parseFee,
  parseFlag,
  parseTime,
} from './values.js';

export interface RowsResult {
  /** One row per dossier: a line repeating an earlier one with the same facts is dropped. */
  readonly rows: BookRow[];
  readonly issues: Issue[];
  /** Lines read (non-blank data lines). */
  readonly lines: number;
  /** Lines dropped as exact repeats of an earlier line. */
  readonly repeats: number;
}

const blank = (v: CellValue | undefined): boolean =>
  v === undefined || v === null || (typeof v === 'string' && v.trim() === '');

/** Reads one record; returns the row, or the issues found on its line (all of them, not just the first). */
export function readRow(record: RawRecord, headers: HeaderNames): { row: BookRow | null; issues: Issue[] } {
  const issues: Issue[] = [];
  const { line, cells } = record;
  const problem = (column: Column, code: IssueCode, value?: CellValue, detail?: string): void => {
    const header = headers[column];
    issues.push({
      line,
      column,
      ...(header !== undefined && header !== column ? { header } : {}),
      code,
      ...(value !== undefined && value !== null ? { value: cellText(value) } : {}),
      ...(detail !== undefined ? { detail } : {}),
    });
  };
  const text = (column: Column): string => cellText(cells[column]);
  const parse = <T>(column: Column, parser: (v: CellValue) => Parsed<T>, code: IssueCode): T | undefined => {
    const v = cells[column] ?? null;
    const r = parser(v);
    if (!r.ok) {
      problem(column, code, v);
      return undefined;
    }
    return r.value;
  };
  const time = (column: Column, edge: DayEdge, required: boolean): number | null | undefined => {
    const v = cells[column];
    if (blank(v)) {
      if (required) problem(column, 'REQUIRED');
      return null;
    }
    return parse(column, (c) => parseTime(c, edge), 'BAD_TIME');
  };

  const code = text('dossier_code');
  if (code === '') problem('dossier_code', 'REQUIRED');
  else if (!DossierCodeSchema.safeParse(code).success) problem('dossier_code', 'BAD_CODE', code);

  const procedureCode = text('procedure_code');
  const fieldText = text('field');
  if (fieldText === '' && procedureCode === '') problem('field', 'REQUIRED');
  else if (fieldText !== '' && !FieldSchema.safeParse(fieldText).success) problem('field', 'BAD_FIELD', fieldText);

  let channel: BookRow['channel'] | undefined;
  if (blank(cells.channel)) problem('channel', 'REQUIRED');
  else channel = parse('channel', parseChannel, 'UNKNOWN_CHANNEL');

  const received = time('received_at', 'start', true);
  const due = time('due_at', 'end', false);
  const returned = time('returned_at', 'end', false);
  const withdrawn = time('withdrawn_at', 'end', false);
  if (due === null && procedureCode === '') problem('due_at', 'REQUIRED');

  const digitised = parse('digitized', parseDigitised, 'BAD_FLAG');
  const paidOnline = parse('paid_online', parseFlag, 'BAD_FLAG');
  const fee = parse('fee', parseFee, 'BAD_FEE');

  if (typeof received === 'number') {
    if (typeof due === 'number' && due < received) problem('due_at', 'DUE_BEFORE_RECEIPT', cells.due_at);
    if (typeof returned === 'number' && returned < received)
      problem('returned_at', 'RETURNED_BEFORE_RECEIPT', cells.returned_at);
    if (typeof withdrawn === 'number' && withdrawn < received)
      problem('withdrawn_at', 'WITHDRAWN_BEFORE_RECEIPT', cells.withdrawn_at);
  }
  if (!blank(cells.returned_at) && !blank(cells.withdrawn_at)) problem('withdrawn_at', 'RETURNED_AND_WITHDRAWN');
  if (digitised?.result && !digitised.papers && blank(cells.returned_at)) problem('digitized', 'RESULT_NOT_RETURNED');

  if (
    issues.length > 0 ||
    channel === undefined ||
    typeof received !== 'number' ||
    due === undefined ||
    returned === undefined ||
    withdrawn === undefined ||
    digitised === undefined ||
    paidOnline === undefined ||
    fee === undefined
  ) {
    return { row: null, issues };
  }
  return {
    row: {
      line,
      dossierCode: code,
      field: fieldText === '' ? null : fieldText,
      channel,
      receivedAt: isoOf(received),
      dueAt: due === null ? null : isoOf(due),
      returnedAt: returned === null ? null : isoOf(returned),
      withdrawnAt: withdrawn === null ? null : isoOf(withdrawn),
      procedureCode: procedureCode === '' ? null : procedureCode,
      // A result can only have been digitised once it exists.
      digitised: { papers: digitised.papers, result: digitised.result && returned !== null },
      paidOnline,
      feeVnd: fee,
    },
    issues,
  };
}

/** The facts of a row, column by column, in the order differences are reported. */
const FACTS: ReadonlyArray<[Column, (r: BookRow) => unknown]> = [
  ['field', (r) => r.field],
  ['channel', (r) => r.channel],
  ['received_at', (r) => r.receivedAt],
  ['due_at', (r) => r.dueAt],
  ['returned_at', (r) => r.returnedAt],
  ['withdrawn_at', (r) => r.withdrawnAt],
  ['procedure_code', (r) => r.procedureCode],
  ['digitized', (r) => `${r.digitised.papers}/${r.digitised.result}`],
  ['paid_online', (r) => r.paidOnline],
  ['fee', (r) => r.feeVnd],
];

/** The first column where two rows about the same dossier disagree, or null when they state the same facts. */
export function firstDifference(a: BookRow, b: BookRow): Column | null {
  for (const [col, get] of FACTS) if (get(a) !== get(b)) return col;
  return null;
}

/** Reads every record; a dossier code seen twice must state the same facts (then the repeat is dropped). */
export function readRows(records: readonly RawRecord[], headers: HeaderNames): RowsResult {
  const rows: BookRow[] = [];
  const issues: Issue[] = [];
  const seen = new Map<string, BookRow>();
  let repeats = 0;
  for (const record of records) {
    const r = readRow(record, headers);
    issues.push(...r.issues);
    const row = r.row;
    if (!row) continue;
    const first = seen.get(row.dossierCode);
    if (!first) {
      seen.set(row.dossierCode, row);
      rows.push(row);
      continue;
    }
    const diff = firstDifference(first, row);
    if (diff === null) {
      repeats++;
      continue;
    }
    const header = headers[diff];
    issues.push({
      line: row.line,
      column: diff,
      ...(header !== undefined && header !== diff ? { header } : {}),
      code: 'DUPLICATE_DIFFERENT',
      value: row.dossierCode,
      detail: String(first.line),
    });
  }
  return { rows, issues, lines: records.length, repeats };
}
