// The days off and swapped working Saturdays actually announced for civil servants (công chức, viên chức)
// each year, on top of the Labour Code rules (holidays.ts). State offices, and so the one-stop office,
// follow these announcements; the rules alone get some years wrong (the 2024 Tết break was 8–14 Feb,
// the rule gives 9–15 Feb).
//
// The data itself lives in the calendar file format (calendar-file.ts, shipped as calendar-builtin.ts), so an
// administrator can replace or extend it with `--calendar FILE`; each line names the decision it comes from.
// Only weekdays are listed in daysOff (a weekend is off anyway). `workingDays` are the weekend days worked
// in exchange for a weekday off ("hoán đổi ngày làm việc").

import { BUILTIN_CALENDAR_CSV } from './calendar-builtin.js';
import { type CalendarData, calendarFileErrorText, parseCalendarCsv } from './calendar-file.js';

/** Official schedule of one year. When present it replaces the statutory rules for that year entirely. */
export interface YearData {
  year: number;
  /** Weekdays off (holidays, compensation days, swapped days), `YYYY-MM-DD`. */
  daysOff: string[];
  /** Weekend days that are working days (swapped working Saturdays), `YYYY-MM-DD`. */
  workingDays: string[];
  /** Optional Vietnamese label per day off; days without one are named after the nearest holiday. */
  names?: Readonly<Record<string, string>>;
}

function builtin(): CalendarData {
  const parsed = parseCalendarCsv(BUILTIN_CALENDAR_CSV);
  if (!parsed.ok) throw new Error(`the built-in calendar is invalid:\n${calendarFileErrorText(parsed.errors, 'en')}`);
  return parsed.value;
}

/** The shipped calendar: official schedules 2023–2026, 2027 provisional. Other years follow the rules. */
export const BUILTIN_CALENDAR: CalendarData = builtin();

/** The shipped yearly schedules. Years not listed fall back to the statutory rules. */
export const OFFICIAL_YEARS: readonly YearData[] = BUILTIN_CALENDAR.years;
