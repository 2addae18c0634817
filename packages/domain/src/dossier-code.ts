// Dossier codes in the form of Thông tư 04/2025/TT-VPCP (in force 25/01/2026):
// `MX1X2.Y1Y2Y3.Z1Z2-YYMMDD-AAXXXX`: the agency identifier (here the office's code), the receipt day in
// office time, a 2-digit system code and a daily sequence of at least 4 digits. This file is the one place
// that rule is written; the server generates codes with it when a receipt gives none.
import { type Day, isValidDay } from './time.js';

export interface DossierCodeParts {
  /** The agency identifier: the office's code. */
  readonly agency: string;
  /** The receipt day in office time (UTC+7), `YYYY-MM-DD`, 2000–2099 (the code keeps two digits of the year). */
  readonly receivedDay: Day;
  /** The 2-digit code of the system that received the dossier. */
  readonly system: string;
  /** The dossier's number among the agency's receipts of that day, from 1. */
  readonly sequence: number;
}

/** The system code of motcua's own receipts. */
export const DEFAULT_SYSTEM_CODE = '01';

// The agency may itself contain hyphens, so the code is read from the right.
const CODE = /^(.+)-(\d{2})(\d{2})(\d{2})-(\d{2})(\d{4,})$/;
const AGENCY = /^[A-Za-z0-9_.-]+$/;
const SEQUENCE_DIGITS = 4;

/** The parts of a code in the Thông tư 04/2025 form, or null when it is not in that form. */
export function parseDossierCode(code: string): DossierCodeParts | null {
  const m = CODE.exec(code);
  if (!m) return null;
  const [, agency, yy, mm, dd, system, digits] = m as unknown as [
    string,
    string,
    string,
    string,
    string,
    string,
    string,
  ];
  const receivedDay = `20${yy}-${mm}-${dd}`;
  // A longer sequence than 4 digits never starts with 0, so each code has one reading and formats back to itself.
  const canonical = digits.length === SEQUENCE_DIGITS || !digits.startsWith('0');
  const sequence = Number(digits);
  if (!AGENCY.test(agency) || !isValidDay(receivedDay) || !canonical || sequence < 1 || !Number.isSafeInteger(sequence))
    return null;
  return { agency, receivedDay: receivedDay as Day, system, sequence };
}

/** The code of the parts; throws a RangeError on parts no code can hold. */
export function formatDossierCode(parts: DossierCodeParts): string {
  return `${dossierCodePrefix(parts.agency, parts.receivedDay, parts.system)}${sequenceText(parts.sequence)}`;
}

/** Everything before the sequence: the codes of one agency, day and system share it. */
export function dossierCodePrefix(agency: string, receivedDay: string, system: string): string {
  if (!AGENCY.test(agency)) throw new RangeError(`agency ${JSON.stringify(agency)}: letters, digits, "_", "." or "-"`);
  if (!isValidDay(receivedDay) || !receivedDay.startsWith('20'))
    throw new RangeError(`receivedDay ${JSON.stringify(receivedDay)}: a day YYYY-MM-DD in 2000–2099`);
  if (!/^\d{2}$/.test(system)) throw new RangeError(`system ${JSON.stringify(system)}: 2 digits`);
  return `${agency}-${receivedDay.slice(2, 4)}${receivedDay.slice(5, 7)}${receivedDay.slice(8, 10)}-${system}`;
}

function sequenceText(sequence: number): string {
  if (!Number.isSafeInteger(sequence) || sequence < 1) throw new RangeError(`sequence ${sequence}: an integer ≥ 1`);
  return String(sequence).padStart(SEQUENCE_DIGITS, '0');
}
