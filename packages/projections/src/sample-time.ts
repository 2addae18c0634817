// Office-time helpers for the sample generators: random instants inside or outside office hours of a
// working calendar, and the working days of a window. Instants are epoch ms; days are office-time days.
import { addDays, type Day, dayOf, startOfDayMs, toVnIso, type WorkingCalendar } from '@motcua/domain';
import type { Rng } from './sample-random.js';

const MINUTE = 60_000;
const HOUR = 3_600_000;

/** Office periods of a working day as [start, end) offsets from midnight (the default hours). */
const OFFICE_PERIODS: ReadonlyArray<readonly [number, number]> = [
  [7 * HOUR, 11.5 * HOUR],
  [13.5 * HOUR, 17 * HOUR],
];

export const iso = (ms: number): string => toVnIso(ms);

/** Every day of [from, to], both inclusive. */
function daysBetween(from: string, to: string): Day[] {
  const out: Day[] = [];
  for (let d = from as Day; d <= to; d = addDays(d, 1)) out.push(d);
  return out;
}

/**
 * The calendar's days over a span, looked up once: the generators ask for working-day windows thousands
 * of times, and the calendar validates its argument on every call.
 */
export interface DayIndex {
  days(from: string, to: string): Day[];
  workingDays(from: string, to: string): Day[];
  isWorkingDay(day: string): boolean;
  /** The first working day on or after `day`. */
  nextWorkingDay(day: string): Day;
  /** `n` working days after `day` (n ≥ 1). */
  addWorkingDays(day: string, n: number): Day;
}

export function createDayIndex(cal: WorkingCalendar, from: string, to: string): DayIndex {
  const all = daysBetween(from, to);
  const at = new Map<string, number>(all.map((d, i) => [d, i]));
  const working = all.map((d) => cal.isWorkingDay(d));
  const index = (day: string): number => {
    const i = at.get(day);
    if (i === undefined) throw new Error(`sample calendar: ${day} is outside ${from}..${to}`);
    return i;
  };
  const clampLo = (day: string) => (day < from ? from : day);
  const clampHi = (day: string) => (day > to ? to : day);
  const slice = (a: string, b: string): number[] => {
    const lo = clampLo(a);
    const hi = clampHi(b);
    if (lo > hi) return [];
    const out: number[] = [];
    for (let i = index(lo), j = index(hi); i <= j; i++) out.push(i);
    return out;
  };
  const nextWorking = (i: number): number => {
    let k = i;
    while (k < all.length && !working[k]) k++;
    if (k >= all.length) throw new Error(`sample calendar: no working day after ${all[i]} before ${to}`);
    return k;
  };
  return {
    days: (a, b) => slice(a, b).map((i) => all[i]!),
    workingDays: (a, b) =>
      slice(a, b)
        .filter((i) => working[i])
        .map((i) => all[i]!),
    isWorkingDay: (day) => working[index(day)]!,
    nextWorkingDay: (day) => all[nextWorking(index(day))]!,
    addWorkingDays: (day, n) => {
      let k = index(day);
      for (let m = 0; m < n; m++) k = nextWorking(k + 1);
      return all[k]!;
    },
  };
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
export function afterHoursInstantOn(rng: Rng, days: DayIndex, day: string): number {
  const midnight = startOfDayMs(day);
  const sec = rng.int(0, 59) * 1000;
  if (days.isWorkingDay(day)) return midnight + 17 * HOUR + rng.int(30, 330) * MINUTE + sec; // 17:30–22:30
  return midnight + rng.int(7 * 60, 22 * 60) * MINUTE + sec; // 07:00–22:00
}

export const dayOfMs = (ms: number): Day => dayOf(ms);
export const ms = (instant: string): number => Date.parse(instant);
