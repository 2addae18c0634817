// Every day boundary is taken in Asia/Ho_Chi_Minh. Vietnam has kept UTC+7 without DST since 1975,
// so a fixed offset is exact for every date this ledger can hold and needs no tz database.
import { z } from 'zod';

export const VN_OFFSET_MINUTES = 7 * 60;
const VN_OFFSET_MS = VN_OFFSET_MINUTES * 60_000;
const DAY_MS = 86_400_000;

/** A calendar day in office time, `YYYY-MM-DD`. */
export type Day = string & { readonly __brand: 'Day' };

const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2})$/;
const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;

/** An ISO 8601 instant that must carry its offset (Z or ±hh:mm): a bare local time is ambiguous. */
export const InstantSchema = z
  .string()
  .regex(ISO_INSTANT, 'expected an ISO 8601 time with an offset, e.g. 2024-01-15T08:30:00+07:00')
  .refine(isValidInstant, 'not a valid date-time (impossible day, hour or offset)');

/** Date.parse rolls impossible days over (2024-02-31 becomes 2 March): check the parts themselves. */
export function isValidInstant(s: string): boolean {
  const m = ISO_INSTANT.exec(s);
  if (!m || Number.isNaN(Date.parse(s))) return false;
  if (!isValidDay(s.slice(0, 10))) return false;
  const hh = Number(s.slice(11, 13));
  const mm = Number(s.slice(14, 16));
  const ss = s[16] === ':' ? Number(s.slice(17, 19)) : 0;
  if (hh > 23 || mm > 59 || ss > 59) return false;
  const off = /([+-])(\d{2}):(\d{2})$/.exec(s);
  return !off || (Number(off[2]) <= 14 && Number(off[3]) <= 59);
}

export const DaySchema = z
  .string()
  .regex(ISO_DAY, 'expected a day YYYY-MM-DD')
  .refine((s) => isValidDay(s), 'not a valid calendar day')
  .transform((s) => s as Day);

export function isValidDay(s: string): boolean {
  if (!ISO_DAY.test(s)) return false;
  const [y, m, d] = s.split('-').map(Number) as [number, number, number];
  const t = new Date(Date.UTC(y, m - 1, d));
  return t.getUTCFullYear() === y && t.getUTCMonth() === m - 1 && t.getUTCDate() === d;
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
