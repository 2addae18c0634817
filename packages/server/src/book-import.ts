// The port through which POST /v1/offices/{office}/imports reaches the tracking-book importer. The
// reader and planner live with the `motcua import` command (packages/cli/src/book); the CLI hands its
// importer to the server it starts (serve), so both import a book the same way and nothing is copied.
import type { Lang } from './lang.js';

export interface BookUpload {
  readonly bytes: Buffer;
  /** From the request's Content-Type; a zip (an .xlsx) is read as a workbook whatever it says. */
  readonly kind: 'csv' | 'xlsx';
  readonly office: string;
  /** Recorded as the events' actor: the key's name. */
  readonly actor: string;
  readonly dryRun: boolean;
  /** The language of the issues' messages. */
  readonly lang: Lang;
  /** The SQLite ledger the server serves: compared with, and written in one transaction. */
  readonly ledgerPath: string;
}

/** A refused line of the book: where (file line, column) and why, in the negotiated language. */
export interface BookIssue {
  readonly line: number;
  /** The canonical column name (e.g. received_at), or "*" for the file as a whole. */
  readonly column: string;
  /** The column's header as written in the file, when it differs. */
  readonly header: string | null;
  readonly code: string;
  /** The place and the reason in one sentence, e.g. "dòng 3 (line 3), cột received_at: …". */
  readonly message: string;
}

export interface BookImportResult {
  /** False when any line was refused: nothing was (or would be) written. */
  readonly ok: boolean;
  /** Data lines read, distinct dossiers, events written (or that would be), dossiers already recorded. */
  readonly rows: number;
  readonly dossiers: number;
  readonly events: number;
  readonly skipped: number;
  readonly issues: readonly BookIssue[];
}

/**
 * Reads, checks and (unless dryRun, and only when no line is refused) writes the whole book in one
 * transaction. A conflict with a write made meanwhile throws the store's error: nothing is written.
 */
export type BookImporter = (upload: BookUpload) => Promise<BookImportResult>;
