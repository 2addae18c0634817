// A Form 06 report built by hand for the renderer tests: every cell of a row holds a different number, so a
// column written in the wrong place shows.
import { emptyCounts, indicatorsOf } from '../form06.js';
import type { Counts, Form06Report } from '../report.js';

export function countsFrom(base: number): Counts {
  const c = emptyCounts();
  c.received = {
    total: base + 1,
    online: base + 2,
    directOrPostal: base + 3,
    direct: base + 12,
    postal: base + 13,
    carriedOver: base + 4,
  };
  c.resolved = { total: base + 5, early: base + 6, onTime: base + 7, late: base + 8 };
  c.pending = { total: base + 9, withinDeadline: base + 10, overdue: base + 11 };
  c.withdrawnOrReturned = base + 14;
  c.awaitingSupplement = base + 15;
  c.lateRescheduled = base + 16;
  return c;
}

export function testReport(
  fields: readonly string[],
  opts: { offices?: string[]; knownAt?: string | null } = {},
): Form06Report {
  const total = countsFrom(1000);
  return {
    period: { from: '2024-01-01', to: '2024-03-31' },
    office: opts.offices ? 'D1' : 'dongson',
    offices: opts.offices ?? ['dongson'],
    knownAt: opts.knownAt === undefined ? '2024-04-01T08:00:00+07:00' : opts.knownAt,
    total,
    rows: fields.map((field, i) => ({ field, ...countsFrom(100 * (i + 1)) })),
    indicators: indicatorsOf(total, { feeDue: 0, paidOnline: 0, digitised: 0 }),
    ruleSets: [],
  };
}
