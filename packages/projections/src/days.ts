// Day numbers: days since 1970-01-01 in office time (Asia/Ho_Chi_Minh, fixed UTC+7). Counting compares
// integers instead of strings so the Form 06 loop stays tight; the boundary is the same as dayOf().
import { isValidDay, isValidInstant, VN_OFFSET_MINUTES } from '@motcua/domain';
import { ProjectionError } from './errors.js';

const DAY_MS = 86_400_000;
const OFFSET_MS = VN_OFFSET_MINUTES * 60_000;

/** "Never" for days and event ordinals held in Int32Arrays. */
export const NEVER = 0x7fffffff;

export const dayNumOfMs = (ms: number): number => Math.floor((ms + OFFSET_MS) / DAY_MS);

export const dayNumOf = (day: string): number => Date.parse(`${day}T00:00:00Z`) / DAY_MS;

/** Start of the office-time day after `dayNum`, as epoch ms: the end of that day, exclusive. */
const endOfDayNumMs = (n: number): number => (n + 1) * DAY_MS - OFFSET_MS;

/** A query day `YYYY-MM-DD`; anything else is refused, naming the parameter. */
export function parseQueryDay(value: unknown, name: string): number {
  if (typeof value !== 'string' || !isValidDay(value)) {
    throw new ProjectionError(
      'INVALID_PERIOD',
      `${name}: expected a calendar day YYYY-MM-DD, got ${JSON.stringify(value)}`,
      {
        field: name,
        value,
      },
    );
  }
  return dayNumOf(value);
}

/**
 * A recorded-time cut-off. An ISO instant must carry its offset (a bare local time is ambiguous);
 * a bare day means "everything recorded by the end of that day in office time".
 */
export function parseCutoff(value: unknown, name: string): number {
  if (typeof value === 'string') {
    // On the calendar first: Date.parse reads 30 February as 1 March.
    if (isValidInstant(value)) {
      const ms = Date.parse(value);
      if (!Number.isNaN(ms)) return ms;
    } else if (isValidDay(value)) {
      return endOfDayNumMs(dayNumOf(value)) - 1;
    }
  }
  throw new ProjectionError(
    'INVALID_QUERY',
    `${name}: expected an ISO 8601 time with an offset (e.g. 2024-04-05T17:00:00+07:00) or a day YYYY-MM-DD, got ${JSON.stringify(value)}`,
    { field: name, value },
  );
}
