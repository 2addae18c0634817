// Every day boundary is taken in Asia/Ho_Chi_Minh. Vietnam has kept UTC+7 without DST since 1975,
// so a fixed offset is exact for every date this ledger can hold and needs no tz database.
import { z } from 'zod';

export const VN_OFFSET_MINUTES = 7 * 60;
const VN_OFFSET_MS = VN_OFFSET_MINUTES * 60_000;
const DAY_MS = 86_400_000;

/** A calendar day in office time, `YYYY-MM-DD`. */
export type Day = string & { readonly __brand: 'Day' };

const TIME_WITH_OFFSET_SOURCE = 'T\\d{2}:\\d{2}(:\\d{2}(\\.\\d{1,9})?)?(Z|[+-]\\d{2}:\\d{2})';
/** An ISO 8601 instant with its offset (the shape only; isValidInstant checks the calendar too). */
export const ISO_INSTANT_PATTERN = new RegExp(`^\\d{4}-\\d{2}-\\d{2}${TIME_WITH_OFFSET_SOURCE}$`);
/** A day `YYYY-MM-DD` (the shape only; isValidDay checks the calendar too). */
export const ISO_DAY_PATTERN = /^\d{4}-\d{2}-\d{2}$/;
/** A day, or an instant with its offset: the form of every "as known at" and cut-off moment. */
export const ISO_MOMENT_PATTERN = new RegExp(`^\\d{4}-\\d{2}-\\d{2}(${TIME_WITH_OFFSET_SOURCE})?$`);

/** An ISO 8601 instant that must carry its offset (Z or ±hh:mm): a bare local time is ambiguous. */
export const InstantSchema = z
  .string()
  .regex(ISO_INSTANT_PATTERN, 'expected an ISO 8601 time with an offset, e.g. 2024-01-15T08:30:00+07:00')
  .refine(isValidInstant, 'not a valid date-time (impossible day, hour or offset)');

// Checked by character codes, with no Date, match array or substring: every instant of every event
// passes through here on each append, and the Date-based check was a tenth of an append's cost.
// Same answers as the regex plus a calendar check (time.test.ts compares both on many strings).
const C0 = 48; // '0'
const digit = (s: string, i: number): number => {
  const d = s.charCodeAt(i) - C0;
  return d >= 0 && d <= 9 ? d : -1;
};
/** The two-digit number at s[i..i+1], or -1 when either is not a digit. */
const two = (s: string, i: number): number => {
  const a = digit(s, i);
  const b = digit(s, i + 1);
  return a < 0 || b < 0 ? -1 : a * 10 + b;
};

/** Date.parse rolls impossible days over (2024-02-31 becomes 2 March): check the parts themselves. */
export function isValidInstant(s: string): boolean {
  // YYYY-MM-DDThh:mm, then optional :ss(.f{1,9}), then Z or ±hh:mm (ISO_INSTANT_PATTERN).
  if (typeof s !== 'string' || s.length < 17 || s.charCodeAt(10) !== 84 /* T */ || s.charCodeAt(13) !== 58) {
    return false;
  }
  if (!isValidDayAt(s, 0)) return false;
  const hh = two(s, 11);
  const mm = two(s, 14);
  if (hh < 0 || hh > 23 || mm < 0 || mm > 59) return false;
  let i = 16;
  if (s.charCodeAt(i) === 58 /* : */) {
    const ss = two(s, i + 1);
    if (ss < 0 || ss > 59) return false;
    i += 3;
    if (s.charCodeAt(i) === 46 /* . */) {
      let n = 0;
      while (digit(s, i + 1 + n) >= 0) n++;
      if (n < 1 || n > 9) return false;
      i += 1 + n;
    }
  }
  const z = s.charCodeAt(i);
  if (z === 90 /* Z */) return i + 1 === s.length;
  if (z !== 43 && z !== 45 /* + - */) return false;
  if (i + 6 !== s.length || s.charCodeAt(i + 3) !== 58) return false;
  const oh = two(s, i + 1);
  const om = two(s, i + 4);
  return oh >= 0 && oh <= 14 && om >= 0 && om <= 59;
}

/** A day or an instant with its offset (ISO_MOMENT_PATTERN), on the calendar: no 30 February, no hour 24. */
export function isValidMoment(s: string): boolean {
  return typeof s === 'string' && (s.length === 10 ? isValidDay(s) : isValidInstant(s));
}

export const DaySchema = z
  .string()
  .regex(ISO_DAY_PATTERN, 'expected a day YYYY-MM-DD')
  .refine((s) => isValidDay(s), 'not a valid calendar day')
  .transform((s) => s as Day);

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

export function isValidDay(s: string): boolean {
  return typeof s === 'string' && s.length === 10 && isValidDayAt(s, 0);
}

/** Whether s holds a real calendar day YYYY-MM-DD starting at index i. */
function isValidDayAt(s: string, i: number): boolean {
  if (s.charCodeAt(i + 4) !== 45 || s.charCodeAt(i + 7) !== 45) return false;
  const hi = two(s, i);
  const lo = two(s, i + 2);
  const m = two(s, i + 5);
  const d = two(s, i + 8);
  if (hi < 0 || lo < 0 || m < 1 || m > 12 || d < 1) return false;
  const y = hi * 100 + lo;
  // Years 0000-0099 were always refused (Date.UTC reads them as 1900-1999); kept so no answer changes.
  if (y < 100) return false;
  const leap = y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0);
  return d <= (m === 2 && leap ? 29 : DAYS_IN_MONTH[m - 1]!);
}

export const toMs = (instant: string): number => Date.parse(instant);

/** The office-time day of an instant, whatever offset it was written in. */
export function dayOf(instant: string | number): Day {
  const ms = typeof instant === 'number' ? instant : Date.parse(instant);
  return new Date(ms + VN_OFFSET_MS).toISOString().slice(0, 10) as Day;
}

/** Midnight at the start of a day in office time, as epoch ms. */
export function startOfDayMs(day: string): number {
  return Date.parse(`${day}T00:00:00Z`) - VN_OFFSET_MS;
}

/** A day `YYYY-MM-DD` as a clerk writes it: `DD/MM/YYYY`. */
export const viDay = (day: string): string => `${day.slice(8, 10)}/${day.slice(5, 7)}/${day.slice(0, 4)}`;

/** An instant's clock time in office time as a clerk writes it: `hh:mm`, with `:ss` when the seconds are not 0. */
export function viClock(instant: string): string {
  const t = toVnIso(Date.parse(instant));
  const seconds = t.slice(17, 19);
  return `${t.slice(11, 16)}${seconds === '00' ? '' : `:${seconds}`}`;
}

/** Renders epoch ms as an ISO instant in office time (`+07:00`), as people there read it. */
export function toVnIso(ms: number): string {
  const local = new Date(ms + VN_OFFSET_MS).toISOString().replace('Z', '');
  return `${local.slice(0, 19)}+07:00`;
}

export function addDays(day: string, n: number): Day {
  return new Date(Date.parse(`${day}T00:00:00Z`) + n * DAY_MS).toISOString().slice(0, 10) as Day;
}

/** 0 = Sunday … 6 = Saturday, for an office-time day. */
export function weekday(day: string): number {
  return new Date(`${day}T00:00:00Z`).getUTCDay();
}

export const compareDays = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);
