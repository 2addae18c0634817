// The office-code rule, written once: what a clerk may type as an office code, and how an office is
// written inside a dossier's stream name. Every schema, route, command and store derives from here.
//
// Accepted: 1–64 characters, each an ASCII letter (A–Z, a–z), a digit, "-", "_" or "." — codes as
// offices write them: `xa-dong-son`, `XA_DONGSON`, `26.H10`, `000.00.25.H10`. No spaces, slashes or
// other marks (a code is a path segment of the API and a word on the command line). Codes are kept as
// typed and are case-sensitive: `XA_DONGSON` and `xa_dongson` are two offices, as two books would be.
// A server only writes to offices it knows (see known offices), so a mistyped case is refused there
// rather than silently starting a second office.

/** The office-code alphabet and length, as a regular expression over the whole code. */
export const OFFICE_CODE_PATTERN = /^[A-Za-z0-9_.-]{1,64}$/;

/** What the rule says, for messages and the OpenAPI description (English; zod messages are keyed by it). */
export const OFFICE_CODE_RULE = 'office code: 1-64 letters, digits, "-", "_" or "."';
export const OFFICE_CODE_RULE_VI = 'mã cơ quan: 1-64 chữ cái, chữ số, "-", "_" hoặc "."';
/** Units of the hierarchy are coded as offices are. */
export const UNIT_CODE_RULE = 'unit code: 1-64 letters, digits, "-", "_" or "."';
export const UNIT_CODE_RULE_VI = 'mã đơn vị: 1-64 chữ cái, chữ số, "-", "_" hoặc "."';

export const isOfficeCode = (v: unknown): v is string => typeof v === 'string' && OFFICE_CODE_PATTERN.test(v);

// Stream names are `dossier-<office>-<dossier code>`, split at the first dash after the prefix, and
// dossier codes may hold dashes. Ledgers written before dashes were allowed in office codes hold office
// codes without a dash, so their stream names must read the same: the office is written with each "-"
// as "~" ("~" is outside both alphabets), which leaves every dash-free code exactly as it was and makes
// the encoding one-to-one.
const DASH = /-/g;
const TILDE = /~/g;

/** The office as written inside a stream name: no dash, unchanged when the code has none. */
export const officeInStream = (office: string): string => office.replace(DASH, '~');

/** Inverse of officeInStream. */
export const officeFromStream = (encoded: string): string => encoded.replace(TILDE, '-');

/** The encoded office as it may stand in a stream name (source of a RegExp group). */
export const OFFICE_IN_STREAM_SOURCE = '[A-Za-z0-9_.~]{1,64}';
