// Office-time helpers for the sample generators: random instants inside or outside office hours of a
// working calendar, and the working days of a window. Instants are epoch ms; days are office-time days.
import { addDays, type Day, dayOf, startOfDayMs, toVnIso, type WorkingCalendar } from '@motcua/domain';
import type { Rng } from './sample-random.js';

const MINUTE = 60_000;
const HOUR = 3_600_000;

/** Office periods of a working day as [start, end) offsets from midnight (the default hours). */
export const OFFICE_PERIODS: ReadonlyArray<readonly [number, number]> = [
  [7 * HOUR, 11.5 * HOUR],
  [13.5 * HOUR, 17 * HOUR],
];

export const iso = (ms: number): string => toVnIso(ms);

/** Every day of [from, to], both inclusive. */
export function daysBetween(from: string, to: string): Day[] {
  const out: Day[] = [];
  for (let d = from as Day; d <= to; d = addDays(d, 1)) out.push(d);
  return out;
}

export function workingDaysBetween(cal: WorkingCalendar, from: string, to: string): Day[] {
  return daysBetween(from, to).filter((d) => cal.isWorkingDay(d));
}

/**
 * A random office-time instant on a working day, not before `notBefore` and not after `notAfter`
 * (both epoch ms, optional), rounded to the second; null when the day has no office time left.
 */
export function officeInstantOn(rng: Rng, day: string, notBefore = -Infinity, notAfter = Infinity): number | null {
  const midnight = startOfDayMs(day);
  // Whole seconds, so generated times print without milliseconds.
  const spans: Array<[number, number]> = [];
  for (const [s, e] of OFFICE_PERIODS) {
    const a = Math.ceil(Math.max(midnight + s, notBefore) / 1000);
    const b = Math.floor(Math.min(midnight + e, notAfter) / 1000);
    if (b >= a) spans.push([a, b]);
  }
  const total = spans.reduce((sum, [a, b]) => sum + (b - a + 1), 0);
  if (total === 0) return null;
  let r = Math.floor(rng.next() * total);
  for (const [a, b] of spans) {
    if (r <= b - a) return (a + r) * 1000;
    r -= b - a + 1;
  }
  return null;
}

/** An instant outside office hours on a day: the evening of a working day, or daytime on a day off. */
export function afterHoursInstantOn(rng: Rng, cal: WorkingCalendar, day: string): number {
  const midnight = startOfDayMs(day);
  const sec = rng.int(0, 59) * 1000;
  if (cal.isWorkingDay(day)) return midnight + 17 * HOUR + rng.int(30, 330) * MINUTE + sec; // 17:30–22:30
  return midnight + rng.int(7 * 60, 22 * 60) * MINUTE + sec; // 07:00–22:00
}

/** The first working day on or after `day`. */
export function nextWorkingDay(cal: WorkingCalendar, day: string): Day {
  let d = day as Day;
  while (!cal.isWorkingDay(d)) d = addDays(d, 1);
  return d;
}

/** `n` working days after `day` (n ≥ 1). */
export function addWorkingDays(cal: WorkingCalendar, day: string, n: number): Day {
  let d = day as Day;
  for (let i = 0; i < n; i++) d = nextWorkingDay(cal, addDays(d, 1));
  return d;
}

export const dayOfMs = (ms: number): Day => dayOf(ms);
export const ms = (instant: string): number => Date.parse(instant);
