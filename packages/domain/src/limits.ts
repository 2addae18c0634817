// The length limits and the dossier-code pattern of the ledger's records, written once. The zod schemas,
// the fast validators that shadow them (codec.ts, commands.ts), the store's stream-name check and the HTTP
// bodies take them from here. (Office codes: office-code.ts; instants and days: time.ts.)

/** Longest text, in UTF-16 units, of each kind of record field. */
export const LIMITS = {
  /** actor, correlationId, causationId, commandId and the other free ids. */
  id: 200,
  /** An event's id, and the eventId a correction supersedes. */
  eventId: 64,
  procedureCode: 64,
  applicantRef: 128,
  /** A field of work (lĩnh vực), the row of Form 06. */
  field: 200,
  /** Why a supplement was asked, a due date moved, a dossier returned, an event corrected. */
  reason: 2000,
  /** A resolution's note and a rating's comment. */
  comment: 2000,
  /** A transfer's note on where the opening balance came from. */
  note: 1000,
} as const;

/** Dossier codes as printed on receipt slips: 1-128 letters, digits or . _ / - (a RegExp source, unanchored). */
export const DOSSIER_CODE_SOURCE = '[A-Za-z0-9_./-]{1,128}';
export const DOSSIER_CODE_PATTERN = new RegExp(`^${DOSSIER_CODE_SOURCE}$`);
export const DOSSIER_CODE_RULE = 'dossier code: 1-128 letters, digits or . _ / -';
