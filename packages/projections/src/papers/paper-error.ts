// Why a paper cannot be made, as a typed value: the CLI words it (exit 1), the HTTP edge maps it to a
// problem (404 / 409 / 422). Nothing is written when there is one.
import type { FormNumber } from './paper.js';

export type PaperErrorCode =
  /** FORM is not 01…07. */
  | 'UNKNOWN_FORM'
  /** No such dossier in the ledger (as known at the moment asked). */
  | 'DOSSIER_NOT_FOUND'
  /** The dossier never reached the step the form records (an apology for a dossier never rescheduled…). */
  | 'FORM_NOT_APPLICABLE';

export interface PaperError {
  readonly kind: 'PaperError';
  readonly code: PaperErrorCode;
  readonly form: string;
  /** office/code */
  readonly subject: string;
  readonly message: string;
  readonly messageVi: string;
}

export const paperError = (
  code: PaperErrorCode,
  form: FormNumber | string,
  subject: string,
  message: string,
  messageVi: string,
): PaperError => ({ kind: 'PaperError', code, form, subject, message, messageVi });

export const isPaperError = (e: unknown): e is PaperError =>
  typeof e === 'object' && e !== null && (e as { kind?: unknown }).kind === 'PaperError';
