// The twelve calendar months that end with a period's last month, each as the API's own Form 06 report
// (for the charts' months and the 12-month trends). Fetched together; the server caches each report.
import type { ApiClient, Form06Report } from './api/client.js';

export interface MonthReport {
  /** 'YYYY-MM' */
  readonly month: string;
  readonly report: Form06Report;
}

/** The 12 months ending with the month of `lastDay` (YYYY-MM-DD), oldest first, as [year, month]. */
function twelveMonths(lastDay: string): Array<[number, number]> {
  const y = Number(lastDay.slice(0, 4));
  const m = Number(lastDay.slice(5, 7));
  return Array.from({ length: 12 }, (_, i) => {
    const k = y * 12 + (m - 1) - (11 - i);
    return [Math.floor(k / 12), (k % 12) + 1] as [number, number];
  });
}

/** An office's reports, or a unit's roll-ups. */
export type Scope = { office: string } | { unit: string };

/** A report's scope: a roll-up names its unit as `office` and lists the offices below it. */
export const scopeOf = (r: Form06Report): Scope =>
  r.offices.length === 1 && r.offices[0] === r.office ? { office: r.office } : { unit: r.office };

export async function monthlyReports(
  api: ApiClient,
  scope: Scope,
  lastDay: string,
  knownAt: string | undefined,
): Promise<MonthReport[]> {
  return Promise.all(
    twelveMonths(lastDay).map(async ([year, month]) => {
      const query = { year, month, ...(knownAt ? { knownAt } : {}) };
      const { data, error } =
        'unit' in scope
          ? await api.GET('/v1/units/{unit}/reports/form06', { params: { path: { unit: scope.unit }, query } })
          : await api.GET('/v1/offices/{office}/reports/form06', { params: { path: { office: scope.office }, query } });
      if (error || !data) throw new Error(`${JSON.stringify(scope)} ${year}-${month}: ${JSON.stringify(error)}`);
      return { month: `${year}-${String(month).padStart(2, '0')}`, report: data as Form06Report };
    }),
  );
}
