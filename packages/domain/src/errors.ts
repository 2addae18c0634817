// Errors are values with stable codes; the HTTP edge maps them to RFC 9457 problem details.

export type DomainErrorCode =
  | 'INVALID_EVENT'
  | 'UNKNOWN_EVENT_TYPE'
  | 'UNSUPPORTED_SCHEMA_VERSION'
  | 'INVALID_COMMAND'
  | 'DOSSIER_NOT_FOUND'
  | 'DOSSIER_ALREADY_EXISTS'
  | 'DOSSIER_FINISHED'
  | 'RECEIVED_IN_FUTURE'
  | 'BEFORE_RECEIPT'
  | 'NOT_RESOLVED'
  | 'ALREADY_RESOLVED'
  | 'ALREADY_RETURNED'
  | 'ALREADY_RESCHEDULED'
  | 'RESCHEDULE_TOO_LATE'
  | 'RESCHEDULE_NOT_LATER'
  | 'SUPPLEMENT_PENDING'
  | 'NO_SUPPLEMENT_PENDING'
  | 'CORRECTION_TARGET_UNKNOWN'
  | 'CORRECTION_INVALID'
  | 'UNKNOWN_PROCEDURE'
  | 'INVALID_CATALOGUE'
  | 'INVALID_CALENDAR'
  | 'HANDOVER_OUT_OF_ORDER'
  | 'RULE_NOT_IN_FORCE'
  | 'UNIT_ENDED'
  | 'UNIT_NOT_BEGUN';

export interface DomainError {
  readonly kind: 'DomainError';
  readonly code: DomainErrorCode;
  /** In English, for logs and English-speaking callers. */
  readonly message: string;
  /** The same in Vietnamese, for clerks, where the rule has it (every decider rule does). */
  readonly messageVi?: string;
  /** The dossier (office/code) or record the error is about, when there is one. */
  readonly subject?: string;
  /** Field paths and messages for validation failures (`messageVi` as above). */
  readonly issues?: ReadonlyArray<{ path: string; message: string; messageVi?: string }>;
}

export const domainError = (
  code: DomainErrorCode,
  message: string,
  extra: {
    subject?: string;
    issues?: ReadonlyArray<{ path: string; message: string; messageVi?: string }>;
    messageVi?: string;
  } = {},
): DomainError => ({ kind: 'DomainError', code, message, ...extra });

export const isDomainError = (e: unknown): e is DomainError =>
  typeof e === 'object' && e !== null && (e as { kind?: unknown }).kind === 'DomainError';

/** Thrown form, for callers that prefer exceptions; carries the same value. */
export class DomainRejection extends Error {
  constructor(readonly error: DomainError) {
    super(error.message);
    this.name = 'DomainRejection';
  }
  get code(): DomainErrorCode {
    return this.error.code;
  }
}

export type Result<T, E = DomainError> = { ok: true; value: T } | { ok: false; error: E };
export const ok = <T>(value: T): Result<T, never> => ({ ok: true, value });
export const err = <E>(error: E): Result<never, E> => ({ ok: false, error });
