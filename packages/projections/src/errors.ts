// Projection errors are values with stable codes, like the store's: the CLI and the HTTP edge map
// them to messages and problem details without parsing text.

export type ProjectionErrorCode =
  | 'INVALID_QUERY'
  | 'INVALID_PERIOD'
  | 'INVALID_EVENT'
  | 'DOSSIER_NOT_OPENED'
  | 'DOSSIER_OPENED_TWICE'
  | 'FINISHED_TWICE'
  | 'FINISHED_BEFORE_RECEIVED'
  | 'CORRECTION_TARGET_UNKNOWN'
  | 'EVENTS_NOT_KEPT'
  | 'INVALID_HIERARCHY'
  | 'UNKNOWN_UNIT'
  | 'UNIT_NOT_IN_FORCE'
  | 'PROJECTION_FAILED'
  | 'SNAPSHOT_UNSUPPORTED'
  | 'SNAPSHOT_MISMATCH'
  /** A ledger image made with other ledger options (block size, fees…) than the ledger asked to take it. */
  | 'SNAPSHOT_OPTIONS';

export class ProjectionError extends Error {
  constructor(
    readonly code: ProjectionErrorCode,
    message: string,
    readonly details: Record<string, unknown> = {},
  ) {
    super(message);
    this.name = 'ProjectionError';
  }
}

export const isProjectionError = (e: unknown): e is ProjectionError => e instanceof ProjectionError;
