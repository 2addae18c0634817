// The tracking book (sổ theo dõi hồ sơ) as the importer sees it: cells under known columns, then typed rows.
// Problems are plain values (code + where) so the CLI can word them in Vietnamese or English.

export const REQUIRED_COLUMNS = ['dossier_code', 'field', 'channel', 'received_at'] as const;
export const OPTIONAL_COLUMNS = [
  'due_at',
  'returned_at',
  'withdrawn_at',
  'procedure_code',
  'digitized',
  'paid_online',
  'fee',
  // One processing step (issue 15): when the dossier went from one desk or unit to the next, and to whom.
  'handover_at',
  'handover_from',
  'handover_giver',
  'handover_to',
  'handover_receiver',
  'handover_due_at',
  // Supplement rounds (issue 15): each request's time and reason, and when the supplement came in. One
  // cell holds every round, one per line, so a dossier asked twice stays on its one book line.
  'supplement_requested_at',
  'supplement_reason',
  'supplement_provided_at',
  // The apology and its new date (at most one per dossier: the decider allows one reschedule).
  'rescheduled_at',
  'rescheduled_due_at',
  'reschedule_reason',
] as const;
export const COLUMNS = [...REQUIRED_COLUMNS, ...OPTIONAL_COLUMNS] as const;
export type Column = (typeof COLUMNS)[number];

/** A cell as a reader hands it over: text from CSV; text, number, boolean or Date from a spreadsheet. */
export type CellValue = string | number | boolean | Date | null;

/** One data line of the book: its file line (header = line 1 in CSV, the sheet row in xlsx) and its cells. */
export interface RawRecord {
  readonly line: number;
  readonly cells: Readonly<Partial<Record<Column, CellValue>>>;
}

/** A table as read from a file, before its header is interpreted. */
export interface RawTable {
  readonly headerLine: number;
  readonly header: readonly string[];
  readonly rows: ReadonlyArray<{ readonly line: number; readonly cells: readonly CellValue[] }>;
}

export type IssueCode =
  | 'EMPTY_FILE'
  | 'FILE_SYNTAX'
  | 'FILE_KIND'
  | 'CSV_QUOTE_NOT_CLOSED'
  | 'CSV_INVALID_CLOSING_QUOTE'
  | 'CSV_INVALID_OPENING_QUOTE'
  | 'MISSING_COLUMN'
  | 'DUPLICATE_COLUMN'
  | 'EXTRA_CELLS'
  | 'REQUIRED'
  | 'BAD_CODE'
  | 'BAD_FIELD'
  | 'UNKNOWN_CHANNEL'
  | 'BAD_TIME'
  | 'BAD_FLAG'
  | 'BAD_FEE'
  | 'DUE_BEFORE_RECEIPT'
  | 'RETURNED_BEFORE_RECEIPT'
  | 'WITHDRAWN_BEFORE_RECEIPT'
  | 'RETURNED_AND_WITHDRAWN'
  | 'RESULT_NOT_RETURNED'
  | 'LIST_LENGTH'
  | 'TOO_LONG'
  | 'DUPLICATE_DIFFERENT'
  /** Not JSON; detail: the character (from 1) where the parser stopped, '' when the line ended too soon. */
  | 'BAD_JSON'
  /** JSON, but not an object. */
  | 'NOT_AN_OBJECT'
  | 'INVALID_EVENT'
  | 'OFFICE_MISMATCH'
  | 'STREAM_REQUIRED'
  | 'STREAM_MISMATCH'
  | 'NOT_OPENED'
  | 'DUPLICATE_EVENT_DIFFERENT'
  | 'REJECTED'
  | 'STORE_CONFLICT';

/** A refused line: where (file line and column) and why. `column` is the canonical name or a JSON path. */
export interface Issue {
  readonly line: number;
  readonly column: string;
  /** The column's header as written in the file, when it differs from `column`. */
  readonly header?: string;
  readonly code: IssueCode;
  /** The offending value as written, when there is one. */
  readonly value?: string;
  /** Extra detail: the first line of a duplicate, a rule's code and message, a parser's message. */
  readonly detail?: string;
  /** The detail in Vietnamese, where it comes from a library that words it (zod through the codec). */
  readonly detailVi?: string;
}

export interface Digitised {
  readonly papers: boolean;
  readonly result: boolean;
}

/** A valid line of the book. Times are ISO instants in office time (+07:00). */
export interface BookRow {
  readonly line: number;
  readonly dossierCode: string;
  /** As written; null when it should come from the procedure in the catalogue. */
  readonly field: string | null;
  readonly channel: 'online' | 'direct' | 'postal';
  readonly receivedAt: string;
  readonly dueAt: string | null;
  readonly returnedAt: string | null;
  readonly withdrawnAt: string | null;
  readonly procedureCode: string | null;
  readonly digitised: Digitised;
  readonly paidOnline: boolean;
  readonly feeVnd: number | null;
  /** The book's one processing step, when its hand-over columns are filled in. */
  readonly handover: BookHandover | null;
  /** Supplement rounds in order; only the last may still be waiting (providedAt null). */
  readonly supplements: readonly BookSupplement[];
  /** The apology with its new date, when the dossier was rescheduled. */
  readonly reschedule: BookReschedule | null;
}

export interface BookSupplement {
  readonly requestedAt: string;
  readonly reason: string;
  readonly providedAt: string | null;
}

export interface BookReschedule {
  readonly at: string;
  readonly newDueAt: string;
  readonly reason: string;
}

export interface BookHandover {
  readonly at: string;
  readonly fromUnit: string;
  readonly giver: string;
  readonly toUnit: string;
  readonly receiver: string;
  readonly stepDueAt: string | null;
}

/** Where each column's header was written, for messages ("Hình thức tiếp nhận (channel)"). */
export type HeaderNames = Readonly<Partial<Record<Column, string>>>;
