// Reporting periods: calendar months, quarters and years, and the statutory cut-off convention
// (Nghị định 09/2019, unconfirmed): a quarter runs from the 15th of the month before it to the 14th of
// its last month, the year from 15 December to 14 December, a month from the 15th of the month before.
import { ProjectionError } from './errors.js';
import type { Convention } from './report.js';

export interface PeriodSpec {
  year: number;
  quarter?: 1 | 2 | 3 | 4;
  month?: number;
  convention?: Convention;
}

export interface Period {
  from: string;
  to: string;
}

const pad = (n: number, w = 2): string => String(n).padStart(w, '0');
const day = (y: number, m: number, d: number): string => `${pad(y, 4)}-${pad(m)}-${pad(d)}`;
const lastDayOfMonth = (y: number, m: number): number => new Date(Date.UTC(y, m, 0)).getUTCDate();

function bad(field: string, message: string): never {
  throw new ProjectionError('INVALID_PERIOD', `${field}: ${message}`, { field });
}

/** [from, to] (both inclusive) of a year, a quarter or a month under a convention (default calendar). */
export function periodOf(p: PeriodSpec): Period {
  if (typeof p !== 'object' || p === null) bad('period', 'expected { year, quarter?, month?, convention? }');
  const { year, quarter, month } = p;
  const convention = p.convention ?? 'calendar';
  if (!Number.isInteger(year) || year < 1001 || year > 9999)
    bad('year', `expected a year, got ${JSON.stringify(year)}`);
  if (convention !== 'calendar' && convention !== 'cutoff') {
    bad('convention', `expected calendar or cutoff, got ${JSON.stringify(convention)}`);
  }
  if (quarter !== undefined && month !== undefined) bad('quarter', 'give a quarter or a month, not both');
  if (quarter !== undefined && !(Number.isInteger(quarter) && quarter >= 1 && quarter <= 4)) {
    bad('quarter', `expected 1-4, got ${JSON.stringify(quarter)}`);
  }
  if (month !== undefined && !(Number.isInteger(month) && month >= 1 && month <= 12)) {
    bad('month', `expected 1-12, got ${JSON.stringify(month)}`);
  }
  // First and last month of the period.
  const [m1, m2] =
    quarter !== undefined ? [quarter * 3 - 2, quarter * 3] : month !== undefined ? [month, month] : [1, 12];
  if (convention === 'calendar') return { from: day(year, m1, 1), to: day(year, m2, lastDayOfMonth(year, m2)) };
  const [py, pm] = m1 === 1 ? [year - 1, 12] : [year, m1 - 1];
  return { from: day(py, pm, 15), to: day(year, m2, 14) };
}

/** The months of a period spec's year or quarter, in order (for month-by-month breakdowns). */
export function monthsOf(p: PeriodSpec): Period[] {
  const first = p.quarter !== undefined ? p.quarter * 3 - 2 : p.month !== undefined ? p.month : 1;
  const last = p.quarter !== undefined ? p.quarter * 3 : p.month !== undefined ? p.month : 12;
  const out: Period[] = [];
  for (let m = first; m <= last; m++) {
    out.push(periodOf({ year: p.year, month: m, ...(p.convention ? { convention: p.convention } : {}) }));
  }
  return out;
}
