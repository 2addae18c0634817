// Working-time calendar of a one-stop office: office hours on working days in Asia/Ho_Chi_Minh (fixed
// UTC+7, via time.ts; never the machine's zone), official yearly schedules where we have them
// (holiday-data.ts) and the Labour Code rules otherwise (holidays.ts).
//
// Conventions, chosen so that due dates count on the right day (DOMAIN.md counts by the due *day*):
// - Office periods are closed at their end: a due time that uses up a period exactly is that period's end
//   (1 working day from Monday 07:00 is Monday 17:00, not Tuesday 07:00).
// - An instant outside office time starts from the next period start ("received after hours counts from
//   the next working morning"); the same applies to an instant at a period's end once time is added.
// - Results are ISO strings in office time with `+07:00`; milliseconds are kept when not zero so that
//   working-time arithmetic round-trips exactly.

import type { CalendarData } from './calendar-file.js';
import { DomainRejection, domainError } from './errors.js';
import { BUILTIN_CALENDAR, type YearData } from './holiday-data.js';
import { type Holiday, statutoryDaysOff, statutoryHolidays } from './holidays.js';
import {
  addDays,
  type Day,
  dayOf,
  InstantSchema,
  isValidDay,
  startOfDayMs,
  VN_OFFSET_MINUTES,
  weekday,
} from './time.js';

export { BUILTIN_CALENDAR_CSV } from './calendar-builtin.js';
export {
  CALENDAR_FILE_HEADER,
  type CalendarData,
  type CalendarFileError,
  type CalendarFileResult,
  calendarFileErrorText,
  parseCalendarCsv,
} from './calendar-file.js';
export { BUILTIN_CALENDAR, OFFICIAL_YEARS, type YearData } from './holiday-data.js';
export type { Holiday } from './holidays.js';
export { HOLIDAY_NAMES, statutoryDaysOff, statutoryHolidays } from './holidays.js';
export { type LunarDate, lunarNewYear, lunarToSolar, solarToLunar, VN_LUNAR_TIME_ZONE } from './lunar.js';

/**
 * A procedure's time limit.
 * - workingDays: n × (working hours of a day, 8 h by default) of office time from the receipt.
 * - workingHours: n hours of office time from the receipt.
 * - calendarDays: counted like the Civil Code (art. 147–148): the day of the (after-hours normalised)
 *   receipt is not counted, the limit ends at the close of office hours on the n-th day after it, and when
 *   that day is not a working day, at the close of the next working day. 0 means the close of the receipt day.
 * Working-unit amounts may be fractional (rounded to whole milliseconds); calendarDays must be an integer.
 */
export type TimeLimit = { unit: 'workingDays' | 'workingHours' | 'calendarDays'; amount: number };

/** Office periods of a working day, `HH:MM` in office time, ascending and not overlapping. */
export interface OfficeHours {
  periods: Array<{ start: string; end: string }>;
}

export const DEFAULT_OFFICE_HOURS: OfficeHours = {
  periods: [
    { start: '07:00', end: '11:30' },
    { start: '13:30', end: '17:00' },
  ],
};

export interface WorkingCalendar {
  /** day = 'YYYY-MM-DD' office time. */
  isWorkingDay(day: string): boolean;
  /** Vietnamese label of a holiday or official day off, e.g. 'Tết Nguyên đán'; null on other days. */
  holidayName(day: string): string | null;
  /** Receipt after hours counts from the next working morning; the result is an ISO string with +07:00. */
  dueAt(receivedAt: string, limit: TimeLimit): string;
  /** Adds working milliseconds to an instant, skipping non-working time. */
  addWorkingMs(from: string, ms: number): string;
  /** Working milliseconds between two instants (0 if b <= a). */
  workingMsBetween(a: string, b: string): number;
  /** A supplement request stops the clock: the due date moves later by the working time spent waiting. */
  shiftForSupplement(dueAt: string, requestedAt: string, providedAt: string): string;
  /** True when the instant is within an office period (ends included) of a working day. */
  isOfficeTime(instant: string): boolean;
  /** The instant itself when it is office time, else the start of the next office period. */
  nextOfficeTime(instant: string): string;
  /** Working milliseconds in one working day (28 800 000 with the default hours). */
  readonly workingMsPerDay: number;
  /**
   * True when the instant (or day `YYYY-MM-DD`) falls in a year without announced data: no schedule for it,
   * so the statutory rules decide, or a schedule marked provisional. A due date there may still move.
   */
  isProvisional(instantOrDay: string): boolean;
}

/** What a due date in a year without announced days off is called, wherever it is shown or printed. */
export const PROVISIONAL_DUE = {
  vi: 'dự kiến: năm chưa có lịch nghỉ công bố',
  en: 'provisional: no announced calendar for that year',
} as const;

const MINUTE_MS = 60_000;
const HOUR_MS = 3_600_000;
const DAY_MS = 86_400_000;
/** No office closes for ten years; past that a search means a broken configuration, not a long holiday. */
const MAX_SEARCH_DAYS = 3660;
const HHMM = /^([01]\d|2[0-3]):([0-5]\d)$|^24:00$/;

const reject = (message: string, issues?: Array<{ path: string; message: string }>): never => {
  throw new DomainRejection(domainError('INVALID_CALENDAR', message, issues ? { issues } : {}));
};

function parseInstant(value: unknown, field: string): number {
  const parsed = InstantSchema.safeParse(value);
  if (!parsed.success) {
    return reject(`${field}: ${JSON.stringify(value)} is not an ISO 8601 time with an offset`, [
      { path: field, message: parsed.error.issues[0]?.message ?? 'invalid instant' },
    ]);
  }
  return Date.parse(parsed.data);
}

function parseDay(value: unknown, field: string): Day {
  if (typeof value !== 'string' || !isValidDay(value)) {
    return reject(`${field}: ${JSON.stringify(value)} is not a day YYYY-MM-DD`, [
      { path: field, message: 'expected a day YYYY-MM-DD' },
    ]);
  }
  return value as Day;
}

function parseNonNegative(value: unknown, field: string): number {
  if (typeof value !== 'number' || !Number.isFinite(value) || value < 0) {
    return reject(`${field}: ${String(value)} must be a finite number ≥ 0`, [
      { path: field, message: 'expected a finite number ≥ 0' },
    ]);
  }
  return value;
}

/** Epoch ms → `YYYY-MM-DDTHH:mm:ss[.SSS]+07:00`. */
export function formatOfficeTime(ms: number): string {
  const local = new Date(ms + VN_OFFSET_MINUTES * MINUTE_MS).toISOString();
  const millis = local.slice(19, 23);
  return `${local.slice(0, 19)}${millis === '.000' ? '' : millis}+07:00`;
}

/** Office periods as [start, end] offsets in ms from office-time midnight. */
function parseHours(hours: OfficeHours): Array<[number, number]> {
  if (!hours || !Array.isArray(hours.periods) || hours.periods.length === 0) {
    return reject('hours.periods: at least one office period is required', [
      { path: 'hours.periods', message: 'expected a non-empty array' },
    ]);
  }
  const toMs = (s: unknown, path: string): number => {
    if (typeof s !== 'string' || !HHMM.test(s)) {
      return reject(`${path}: ${JSON.stringify(s)} is not a time HH:MM`, [{ path, message: 'expected HH:MM' }]);
    }
    const [h, m] = s.split(':').map(Number) as [number, number];
    return (h * 60 + m) * MINUTE_MS;
  };
  const periods = hours.periods.map((p, i): [number, number] => [
    toMs(p?.start, `hours.periods[${i}].start`),
    toMs(p?.end, `hours.periods[${i}].end`),
  ]);
  periods.forEach(([s, e], i) => {
    if (e <= s)
      reject(`hours.periods[${i}]: end must be after start`, [
        { path: `hours.periods[${i}]`, message: 'empty period' },
      ]);
    const prev = periods[i - 1];
    if (prev && s < prev[1]) {
      reject(`hours.periods[${i}]: periods must be ascending and not overlap`, [
        { path: `hours.periods[${i}]`, message: 'overlaps or precedes the previous period' },
      ]);
    }
  });
  return periods;
}

interface YearIndex {
  off: Set<string>;
  working: Set<string>;
  names: Map<string, string>;
}

function indexYears(years: readonly YearData[]): Map<number, YearIndex> {
  const byYear = new Map<number, YearIndex>();
  years.forEach((y, i) => {
    const at = `years[${i}]`;
    if (!y || !Number.isInteger(y.year))
      reject(`${at}.year: expected an integer year`, [{ path: `${at}.year`, message: 'expected an integer' }]);
    if (byYear.has(y.year))
      reject(`${at}: year ${y.year} is given twice`, [{ path: `${at}.year`, message: 'duplicate year' }]);
    const check = (list: unknown, field: 'daysOff' | 'workingDays'): Set<string> => {
      if (!Array.isArray(list))
        return reject(`${at}.${field}: expected an array of days`, [
          { path: `${at}.${field}`, message: 'expected an array' },
        ]);
      return new Set(
        list.map((d, j) => {
          const day = parseDay(d, `${at}.${field}[${j}]`);
          if (Number(day.slice(0, 4)) !== y.year) {
            reject(`${at}.${field}[${j}]: ${day} is not in ${y.year}`, [
              { path: `${at}.${field}[${j}]`, message: 'wrong year' },
            ]);
          }
          return day;
        }),
      );
    };
    const off = check(y.daysOff, 'daysOff');
    const working = check(y.workingDays, 'workingDays');
    for (const d of working) {
      if (off.has(d))
        reject(`${at}: ${d} is both a day off and a working day`, [
          { path: `${at}.workingDays`, message: `${d} also in daysOff` },
        ]);
    }
    byYear.set(y.year, { off, working, names: new Map(Object.entries(y.names ?? {})) });
  });
  return byYear;
}

const isWeekend = (day: string): boolean => {
  const wd = weekday(day);
  return wd === 0 || wd === 6;
};

/**
 * A calendar with the given office hours (default 07:00–11:30, 13:30–17:00) and yearly schedules
 * (default: the shipped 2023–2026 data; pass `years: []` for the statutory rules alone).
 */
export function createCalendar(
  options: { hours?: OfficeHours; years?: readonly YearData[]; provisionalYears?: readonly number[] } = {},
): WorkingCalendar {
  const periods = parseHours(options.hours ?? DEFAULT_OFFICE_HOURS);
  const workingMsPerDay = periods.reduce((sum, [s, e]) => sum + (e - s), 0);
  const official = indexYears(options.years ?? BUILTIN_CALENDAR.years);
  // Given years without a provisional list are all announced; the shipped data says its own.
  const provisional = new Set(options.provisionalYears ?? (options.years ? [] : BUILTIN_CALENDAR.provisionalYears));
  const statutory = new Map<number, { off: Map<string, string>; rules: Map<string, string> }>();

  const rulesFor = (year: number) => {
    let entry = statutory.get(year);
    if (!entry) {
      entry = {
        off: new Map(statutoryDaysOff(year).map((h: Holiday) => [h.day, h.name])),
        rules: new Map(statutoryHolidays(year).map((h: Holiday) => [h.day, h.name])),
      };
      statutory.set(year, entry);
    }
    return entry;
  };

  const workingDay = (day: string): boolean => {
    const year = Number(day.slice(0, 4));
    const data = official.get(year);
    if (data) return data.working.has(day) || (!isWeekend(day) && !data.off.has(day));
    return !isWeekend(day) && !rulesFor(year).off.has(day);
  };

  const nameOf = (day: string): string | null => {
    const year = Number(day.slice(0, 4));
    const rules = rulesFor(year);
    const data = official.get(year);
    if (!data) return rules.off.get(day) ?? null;
    if (data.working.has(day)) return null;
    const ruleName = rules.rules.get(day);
    if (data.off.has(day)) return data.names.get(day) ?? ruleName ?? nearestHolidayName(day, rules.rules);
    // A statutory holiday on a weekend is still that holiday, even where the schedule lists only weekdays.
    return ruleName !== undefined && isWeekend(day) ? ruleName : null;
  };

  /** Earliest office instant ≥ t (closed periods). */
  const nextOffice = (t: number): number => {
    let day = dayOf(t);
    for (let i = 0; i <= MAX_SEARCH_DAYS; i++, day = addDays(day, 1)) {
      if (!workingDay(day)) continue;
      const midnight = startOfDayMs(day);
      for (const [s, e] of periods) if (t <= midnight + e) return Math.max(t, midnight + s);
    }
    return reject(`no working day within ${MAX_SEARCH_DAYS} days after ${formatOfficeTime(t)}`);
  };

  const addMs = (from: number, amount: number): number => {
    let t = from;
    let remaining = amount;
    let day = dayOf(t);
    let idle = 0;
    for (;;) {
      if (workingDay(day)) {
        idle = 0;
        const midnight = startOfDayMs(day);
        for (const [s, e] of periods) {
          const end = midnight + e;
          if (t > end) continue;
          const cur = Math.max(t, midnight + s);
          const available = end - cur;
          if (remaining <= available) return cur + remaining;
          remaining -= available;
          t = end;
        }
      } else if (++idle > MAX_SEARCH_DAYS) {
        return reject(`no working day within ${MAX_SEARCH_DAYS} days after ${day}`);
      }
      day = addDays(day, 1);
    }
  };

  const between = (a: number, b: number): number => {
    if (b <= a) return 0;
    let total = 0;
    const last = dayOf(b);
    for (let day = dayOf(a); day <= last; day = addDays(day, 1)) {
      if (!workingDay(day)) continue;
      const midnight = startOfDayMs(day);
      for (const [s, e] of periods) total += Math.max(0, Math.min(b, midnight + e) - Math.max(a, midnight + s));
    }
    return total;
  };

  const closeOf = (day: string): number => startOfDayMs(day) + (periods[periods.length - 1]?.[1] ?? DAY_MS);

  const due = (receivedAt: string, limit: TimeLimit): string => {
    const t = parseInstant(receivedAt, 'receivedAt');
    if (!limit || typeof limit !== 'object')
      return reject('limit: expected { unit, amount }', [{ path: 'limit', message: 'missing' }]);
    const amount = parseNonNegative(limit.amount, 'limit.amount');
    switch (limit.unit) {
      case 'workingDays':
        return formatOfficeTime(addMs(t, Math.round(amount * workingMsPerDay)));
      case 'workingHours':
        return formatOfficeTime(addMs(t, Math.round(amount * HOUR_MS)));
      case 'calendarDays': {
        if (!Number.isInteger(amount)) {
          return reject(`limit.amount: calendar days must be a whole number, got ${amount}`, [
            { path: 'limit.amount', message: 'expected an integer' },
          ]);
        }
        let day = addDays(dayOf(nextOffice(t)), amount);
        for (let i = 0; !workingDay(day); i++, day = addDays(day, 1)) {
          if (i > MAX_SEARCH_DAYS) return reject(`no working day within ${MAX_SEARCH_DAYS} days after ${day}`);
        }
        return formatOfficeTime(closeOf(day));
      }
      default:
        return reject(
          `limit.unit: ${JSON.stringify((limit as { unit: unknown }).unit)} is not workingDays, workingHours or calendarDays`,
          [{ path: 'limit.unit', message: 'unknown unit' }],
        );
    }
  };

  return {
    workingMsPerDay,
    isWorkingDay: (day) => workingDay(parseDay(day, 'day')),
    holidayName: (day) => nameOf(parseDay(day, 'day')),
    dueAt: due,
    addWorkingMs: (from, ms) =>
      formatOfficeTime(addMs(parseInstant(from, 'from'), Math.round(parseNonNegative(ms, 'ms')))),
    workingMsBetween: (a, b) => between(parseInstant(a, 'a'), parseInstant(b, 'b')),
    shiftForSupplement: (dueAt, requestedAt, providedAt) => {
      const d = parseInstant(dueAt, 'dueAt');
      const waited = between(parseInstant(requestedAt, 'requestedAt'), parseInstant(providedAt, 'providedAt'));
      return formatOfficeTime(waited > 0 ? addMs(d, waited) : d);
    },
    isOfficeTime: (instant) => {
      const t = parseInstant(instant, 'instant');
      return nextOffice(t) === t;
    },
    nextOfficeTime: (instant) => formatOfficeTime(nextOffice(parseInstant(instant, 'instant'))),
    isProvisional: (instantOrDay) => {
      const day = isValidDay(instantOrDay) ? instantOrDay : dayOf(parseInstant(instantOrDay, 'instant'));
      const year = Number(day.slice(0, 4));
      return !official.has(year) || provisional.has(year);
    },
  };
}

/** Name of the statutory holiday closest to a day (within a week), for announced days off without a label. */
function nearestHolidayName(day: string, rules: Map<string, string>): string {
  for (let n = 1; n <= 7; n++) {
    const name = rules.get(addDays(day, -n)) ?? rules.get(addDays(day, n));
    if (name) return name;
  }
  return 'Ngày nghỉ theo thông báo';
}

/** A calendar from a parsed calendar file (parseCalendarCsv), with the given office hours. */
export const calendarFromData = (data: CalendarData, hours?: OfficeHours): WorkingCalendar =>
  createCalendar({ ...(hours ? { hours } : {}), years: data.years, provisionalYears: data.provisionalYears });

/** Default office hours and the shipped schedules (2023–2026, 2027 provisional), rules beyond. */
export const defaultCalendar: WorkingCalendar = createCalendar();

/** The default calendar's operations as plain functions, for callers that need no other office hours. */
export const dueAt = (receivedAt: string, limit: TimeLimit): string => defaultCalendar.dueAt(receivedAt, limit);
export const addWorkingMs = (from: string, ms: number): string => defaultCalendar.addWorkingMs(from, ms);
export const workingMsBetween = (a: string, b: string): number => defaultCalendar.workingMsBetween(a, b);
export const shiftForSupplement = (due: string, requestedAt: string, providedAt: string): string =>
  defaultCalendar.shiftForSupplement(due, requestedAt, providedAt);
export const isWorkingDay = (day: string): boolean => defaultCalendar.isWorkingDay(day);
