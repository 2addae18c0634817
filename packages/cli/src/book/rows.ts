// Turns mapped records into typed tracking-book rows, collecting every problem with its line and column.
// Pure: no store, no catalogue. Lifecycle rules beyond a single line are the decider's job.
// This runs for every line of a book (issue 5 wants 50k lines a second), so a line is read without
// closures or zod: isDossierCode and isFieldText are the domain's hand-written twins of DossierCodeSchema
// and FieldSchema, held equal to them by rows.test.ts.
import { isDossierCode, isFieldText, LIMITS } from '@motcua/domain';
import type { DateOrder } from '../choices.js';
import type {
  BookHandover,
  BookReschedule,
  BookRow,
  BookSupplement,
  CellValue,
  Column,
  HeaderNames,
  Issue,
  IssueCode,
  RawRecord,
} from './types.js';
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

/** The line being read and the problems found on it so far. */
interface LineIssues {
  readonly line: number;
  readonly headers: HeaderNames;
  readonly order: DateOrder;
  readonly issues: Issue[];
}

function problem(at: LineIssues, column: Column, code: IssueCode, value?: CellValue, detail?: string): void {
  const header = at.headers[column];
  at.issues.push({
    line: at.line,
    column,
    ...(header !== undefined && header !== column ? { header } : {}),
    code,
    ...(value !== undefined && value !== null ? { value: cellText(value) } : {}),
    ...(detail !== undefined ? { detail } : {}),
  });
}

/** A cell's reading, or undefined (and a problem with the cell's value) when it cannot be read. */
function reading<T>(at: LineIssues, column: Column, value: CellValue, r: Parsed<T>, code: IssueCode): T | undefined {
  if (r.ok) return r.value;
  problem(at, column, code, value);
  return undefined;
}

/** A time cell: epoch ms, null when blank (a problem if it is required), undefined when unreadable. */
function timeCell(
  at: LineIssues,
  column: Column,
  value: CellValue | undefined,
  edge: DayEdge,
  required: boolean,
): number | null | undefined {
  if (value === undefined || blank(value)) {
    if (required) problem(at, column, 'REQUIRED');
    return null;
  }
  const r = parseTime(value, edge, at.order);
  if (r.ok) return r.value;
  // The date order in force, so the refusal lists the shapes it reads.
  problem(at, column, 'BAD_TIME', value, at.order === 'dmy' ? 'dmy' : undefined);
  return undefined;
}

/** Reads one record; returns the row, or the issues found on its line (all of them, not just the first). */
export function readRow(
  record: RawRecord,
  headers: HeaderNames,
  order: DateOrder = 'ymd',
): { row: BookRow | null; issues: Issue[] } {
  const { line, cells } = record;
  const at: LineIssues = { line, headers, order, issues: [] };

  const code = cellText(cells.dossier_code);
  if (code === '') problem(at, 'dossier_code', 'REQUIRED');
  else if (!isDossierCode(code)) problem(at, 'dossier_code', 'BAD_CODE', code);

  const procedureCode = cellText(cells.procedure_code);
  const fieldText = cellText(cells.field);
  if (fieldText === '' && procedureCode === '') problem(at, 'field', 'REQUIRED');
  else if (fieldText !== '' && !isFieldText(fieldText)) problem(at, 'field', 'BAD_FIELD', fieldText);

  let channel: BookRow['channel'] | undefined;
  const channelCell = cells.channel;
  if (channelCell === undefined || blank(channelCell)) problem(at, 'channel', 'REQUIRED');
  else channel = reading(at, 'channel', channelCell, parseChannel(channelCell), 'UNKNOWN_CHANNEL');

  const received = timeCell(at, 'received_at', cells.received_at, 'start', true);
  const due = timeCell(at, 'due_at', cells.due_at, 'end', false);
  const returned = timeCell(at, 'returned_at', cells.returned_at, 'end', false);
  const withdrawn = timeCell(at, 'withdrawn_at', cells.withdrawn_at, 'end', false);
  if (due === null && procedureCode === '') problem(at, 'due_at', 'REQUIRED');

  const digitisedCell = cells.digitized ?? null;
  const digitised = reading(at, 'digitized', digitisedCell, parseDigitised(digitisedCell), 'BAD_FLAG');
  const paidCell = cells.paid_online ?? null;
  const paidOnline = reading(at, 'paid_online', paidCell, parseFlag(paidCell), 'BAD_FLAG');
  const feeCell = cells.fee ?? null;
  const fee = reading(at, 'fee', feeCell, parseFee(feeCell), 'BAD_FEE');

  if (typeof received === 'number') {
    if (typeof due === 'number' && due < received) problem(at, 'due_at', 'DUE_BEFORE_RECEIPT', cells.due_at);
    if (typeof returned === 'number' && returned < received)
      problem(at, 'returned_at', 'RETURNED_BEFORE_RECEIPT', cells.returned_at);
    if (typeof withdrawn === 'number' && withdrawn < received)
      problem(at, 'withdrawn_at', 'WITHDRAWN_BEFORE_RECEIPT', cells.withdrawn_at);
  }
  const handover = handoverOf(at, cells);
  const supplements = supplementsOf(at, cells);
  const reschedule = rescheduleOf(at, cells);
  if (!blank(cells.returned_at) && !blank(cells.withdrawn_at)) problem(at, 'withdrawn_at', 'RETURNED_AND_WITHDRAWN');
  if (digitised?.result && !digitised.papers && blank(cells.returned_at))
    problem(at, 'digitized', 'RESULT_NOT_RETURNED');

  const { issues } = at;
  if (
    issues.length > 0 ||
    channel === undefined ||
    typeof received !== 'number' ||
    due === undefined ||
    returned === undefined ||
    withdrawn === undefined ||
    digitised === undefined ||
    paidOnline === undefined ||
    fee === undefined ||
    handover === undefined ||
    supplements === undefined ||
    reschedule === undefined
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
      handover,
      supplements,
      reschedule,
    },
    issues,
  };
}

/** What a book that names no giver or receiver prints on the control sheet: plainly "not in the book". */
export const NOT_IN_BOOK = '(không ghi trong sổ)';
const RECEPTION_DESK = 'Bộ phận tiếp nhận và trả kết quả';

/** The row's hand-over: null when its columns are blank; undefined (with problems) when unreadable. The
 *  time and the receiving unit are needed; the giving desk defaults to the reception desk. */
function handoverOf(at: LineIssues, cells: RawRecord['cells']): BookHandover | null | undefined {
  const time = timeCell(at, 'handover_at', cells.handover_at, 'start', false);
  const due = timeCell(at, 'handover_due_at', cells.handover_due_at, 'end', false);
  const texts = HANDOVER_TEXT.map((col) => cellText(cells[col]));
  if (time === null && due === null && texts.every((t) => t === '')) return null;
  const issuesBefore = at.issues.length;
  if (time === null) problem(at, 'handover_at', 'REQUIRED');
  if (texts[2] === '') problem(at, 'handover_to', 'REQUIRED');
  HANDOVER_TEXT.forEach((col, i) => {
    const t = texts[i]!;
    if (t !== '' && !isFieldText(t)) problem(at, col, 'BAD_FIELD', t);
  });
  if (typeof time !== 'number' || due === undefined || at.issues.length > issuesBefore) return undefined;
  const [fromUnit, giver, toUnit, receiver] = texts as [string, string, string, string];
  return {
    at: isoOf(time),
    fromUnit: fromUnit || RECEPTION_DESK,
    giver: giver || NOT_IN_BOOK,
    toUnit,
    receiver: receiver || NOT_IN_BOOK,
    stepDueAt: due === null ? null : isoOf(due),
  };
}

const HANDOVER_TEXT = ['handover_from', 'handover_giver', 'handover_to', 'handover_receiver'] as const;

/** The entries of a cell that lists one per line: a spreadsheet date is one entry; text is split at line
 *  breaks (and at ";" for times, which never hold one), blank entries dropped. */
function entries(value: CellValue | undefined, times: boolean): CellValue[] {
  if (value === undefined || blank(value)) return [];
  if (typeof value !== 'string') return [value];
  return value
    .split(times ? /\r?\n|;/ : /\r?\n/)
    .map((t) => t.trim())
    .filter((t) => t !== '');
}

/** Each entry of a list of times as epoch ms; undefined when any is unreadable (each one named). */
function timeList(at: LineIssues, column: Column, value: CellValue | undefined, edge: DayEdge): number[] | undefined {
  const out: number[] = [];
  let bad = false;
  for (const entry of entries(value, true)) {
    const t = timeCell(at, column, entry, edge, false);
    if (typeof t === 'number') out.push(t);
    else bad = true;
  }
  return bad ? undefined : out;
}

/** A reason as written, or the book's "not in the book" when blank; undefined (with a problem) when too
 *  long for the event that will carry it. */
function reasonText(at: LineIssues, column: Column, text: string | undefined): string | undefined {
  const t = text?.trim() ?? '';
  if (t === '') return NOT_IN_BOOK;
  if (t.length > LIMITS.reason) {
    problem(at, column, 'TOO_LONG', t, String(LIMITS.reason));
    return undefined;
  }
  return t;
}

/** The supplement rounds: the i-th request's time and reason, and the i-th supplement received; fewer
 *  receipts than requests leave the last request waiting. Undefined (with problems) when unreadable. */
function supplementsOf(at: LineIssues, cells: RawRecord['cells']): BookSupplement[] | undefined {
  const before = at.issues.length;
  const requested = timeList(at, 'supplement_requested_at', cells.supplement_requested_at, 'start');
  const provided = timeList(at, 'supplement_provided_at', cells.supplement_provided_at, 'start');
  const reasons = entries(cells.supplement_reason, false).map(cellText);
  if (requested === undefined || provided === undefined) return undefined;
  const n = requested.length;
  if (n === 0 && (provided.length > 0 || reasons.length > 0)) {
    problem(at, 'supplement_requested_at', 'REQUIRED');
    return undefined;
  }
  if (provided.length > n) problem(at, 'supplement_provided_at', 'LIST_LENGTH', undefined, String(n));
  if (reasons.length > n) problem(at, 'supplement_reason', 'LIST_LENGTH', undefined, String(n));
  const out: BookSupplement[] = [];
  for (let i = 0; i < n; i++) {
    const reason = reasonText(at, 'supplement_reason', reasons[i]);
    const p = provided[i];
    if (reason !== undefined)
      out.push({ requestedAt: isoOf(requested[i]!), reason, providedAt: p === undefined ? null : isoOf(p) });
  }
  return at.issues.length > before ? undefined : out;
}

/** The apology: when it was issued and the new date are needed once any of its cells is filled. */
function rescheduleOf(at: LineIssues, cells: RawRecord['cells']): BookReschedule | null | undefined {
  const time = timeCell(at, 'rescheduled_at', cells.rescheduled_at, 'start', false);
  const due = timeCell(at, 'rescheduled_due_at', cells.rescheduled_due_at, 'end', false);
  const reasonCell = cellText(cells.reschedule_reason);
  if (time === null && due === null && reasonCell === '') return null;
  const before = at.issues.length;
  if (time === null) problem(at, 'rescheduled_at', 'REQUIRED');
  if (due === null) problem(at, 'rescheduled_due_at', 'REQUIRED');
  const reason = reasonText(at, 'reschedule_reason', reasonCell);
  if (typeof time !== 'number' || typeof due !== 'number' || reason === undefined || at.issues.length > before)
    return undefined;
  return { at: isoOf(time), newDueAt: isoOf(due), reason };
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
  ['handover_at', (r) => (r.handover ? JSON.stringify(r.handover) : null)],
  ['supplement_requested_at', (r) => (r.supplements.length > 0 ? JSON.stringify(r.supplements) : null)],
  ['rescheduled_at', (r) => (r.reschedule ? JSON.stringify(r.reschedule) : null)],
];

/** The first column where two rows about the same dossier disagree, or null when they state the same facts. */
export function firstDifference(a: BookRow, b: BookRow): Column | null {
  for (const [col, get] of FACTS) if (get(a) !== get(b)) return col;
  return null;
}

/** Reads records piece by piece (an import reads a large book in chunks), remembering every dossier code
 *  seen so far: a later line about the same dossier must state the same facts, and is then dropped. */
export function rowReader(headers: HeaderNames, order: DateOrder = 'ymd') {
  const seen = new Map<string, BookRow>();
  let lines = 0;
  let repeats = 0;
  return {
    read(records: readonly RawRecord[]): { rows: BookRow[]; issues: Issue[] } {
      const rows: BookRow[] = [];
      const issues: Issue[] = [];
      lines += records.length;
      for (const record of records) {
        const r = readRow(record, headers, order);
        for (const issue of r.issues) issues.push(issue);
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
      return { rows, issues };
    },
    /** Records read so far. */
    get lines() {
      return lines;
    },
    /** Records dropped as exact repeats of an earlier line. */
    get repeats() {
      return repeats;
    },
  };
}

/** Reads every record; a dossier code seen twice must state the same facts (then the repeat is dropped). */
export function readRows(records: readonly RawRecord[], headers: HeaderNames, order: DateOrder = 'ymd'): RowsResult {
  const reader = rowReader(headers, order);
  const { rows, issues } = reader.read(records);
  return { rows, issues, lines: reader.lines, repeats: reader.repeats };
}
