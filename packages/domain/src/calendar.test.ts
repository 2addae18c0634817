import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { defaultCalendar as cal, createCalendar, type TimeLimit } from './calendar.js';
import { DomainRejection } from './errors.js';
import { dayOf } from './time.js';

const H = 3_600_000;
const days = (n: number): TimeLimit => ({ unit: 'workingDays', amount: n });
const hours = (n: number): TimeLimit => ({ unit: 'workingHours', amount: n });
const calendarDays = (n: number): TimeLimit => ({ unit: 'calendarDays', amount: n });

const rejection = (f: () => unknown): DomainRejection => {
  try {
    f();
  } catch (e) {
    if (e instanceof DomainRejection) return e;
    throw e;
  }
  throw new Error('expected a DomainRejection');
};

describe('dueAt: given/when/then', () => {
  it('given a receipt after hours on Monday, when the limit is 1 working day, then it is due at the close of Tuesday', () => {
    expect(cal.dueAt('2024-03-04T18:00:00+07:00', days(1))).toBe('2024-03-05T17:00:00+07:00');
  });

  it('given a receipt before opening, then the clock starts at 07:00 the same day', () => {
    expect(cal.dueAt('2024-03-04T06:15:00+07:00', hours(2))).toBe('2024-03-04T09:00:00+07:00');
  });

  it('given a receipt at 07:00 Monday, when the limit is 1 working day, then it is due 17:00 the same Monday', () => {
    expect(cal.dueAt('2024-03-04T07:00:00+07:00', days(1))).toBe('2024-03-04T17:00:00+07:00');
  });

  it('given a receipt during the lunch break, then the clock starts at 13:30', () => {
    expect(cal.dueAt('2024-03-04T12:00:00+07:00', hours(4))).toBe('2024-03-05T07:30:00+07:00');
  });

  it('given a receipt on Friday afternoon, when the limit is 1 working day, then it is due Monday at the same time', () => {
    expect(cal.dueAt('2024-03-08T15:00:00+07:00', days(1))).toBe('2024-03-11T15:00:00+07:00');
  });

  it('given a receipt written in UTC, then office time (UTC+7) decides, not the offset written', () => {
    expect(cal.dueAt('2024-03-04T01:00:00Z', days(1))).toBe('2024-03-05T08:00:00+07:00');
    // Sunday 23:30 in Hà Nội is still Sunday 16:30 UTC: the clock starts Monday morning.
    expect(cal.dueAt('2024-03-03T16:30:00Z', hours(1))).toBe('2024-03-04T08:00:00+07:00');
  });

  it('given a receipt the day before the 2024 Tết break (8–14 Feb), when the limit is 3 working days, then the break is skipped', () => {
    // Wed 7 Feb 10:00–17:00 = 5 h; 8–14 Feb off; Thu 15 and Fri 16 = 16 h; Mon 19 Feb 07:00 + 3 h.
    expect(cal.dueAt('2024-02-07T10:00:00+07:00', days(3))).toBe('2024-02-19T10:00:00+07:00');
    expect(cal.holidayName('2024-02-08')).toBe('Tết Nguyên đán');
    expect(cal.holidayName('2024-02-14')).toBe('Tết Nguyên đán');
  });

  it('given the statutory rules alone for 2024, then Tết is 9–15 Feb and the same receipt is due on another day', () => {
    const rulesOnly = createCalendar({ years: [] });
    expect(rulesOnly.isWorkingDay('2024-02-08')).toBe(true);
    expect(rulesOnly.isWorkingDay('2024-02-15')).toBe(false);
    expect(rulesOnly.dueAt('2024-02-07T10:00:00+07:00', days(2))).toBe('2024-02-16T10:00:00+07:00');
    expect(cal.dueAt('2024-02-07T10:00:00+07:00', days(2))).toBe('2024-02-16T10:00:00+07:00');
    expect(rulesOnly.dueAt('2024-02-07T10:00:00+07:00', days(1))).toBe('2024-02-08T10:00:00+07:00');
    expect(cal.dueAt('2024-02-07T10:00:00+07:00', days(1))).toBe('2024-02-15T10:00:00+07:00');
  });

  it('given a receipt on Friday 26 Apr 2024, when the limit is 2 working days, then 29 Apr (swapped), 30 Apr and 1 May are skipped', () => {
    // Fri 09:00–17:00 = 6 h; 27 Apr–1 May off; Thu 2 May 8 h; Fri 3 May 07:00 + 2 h.
    expect(cal.dueAt('2024-04-26T09:00:00+07:00', days(2))).toBe('2024-05-03T09:00:00+07:00');
    expect(cal.holidayName('2024-04-30')).toBe('Ngày Chiến thắng');
    expect(cal.holidayName('2024-05-01')).toBe('Ngày Quốc tế Lao động');
  });

  it('given the swapped working Saturday 4 May 2024, then it counts as a working day', () => {
    expect(cal.isWorkingDay('2024-05-04')).toBe(true);
    expect(cal.holidayName('2024-05-04')).toBeNull();
    expect(cal.dueAt('2024-05-03T09:00:00+07:00', days(1))).toBe('2024-05-04T09:00:00+07:00');
    expect(cal.isWorkingDay('2024-04-29')).toBe(false);
    expect(cal.holidayName('2024-04-29')).toBe('Nghỉ hoán đổi (làm bù thứ Bảy 04/05/2024)');
  });

  it('given 30 Apr–1 May 2023 with Giỗ Tổ on Saturday, then 29 Apr–3 May are skipped', () => {
    expect(cal.dueAt('2023-04-28T16:00:00+07:00', days(1))).toBe('2023-05-04T16:00:00+07:00');
    expect(cal.holidayName('2023-04-29')).toBe('Giỗ Tổ Hùng Vương');
    expect(cal.holidayName('2023-05-03')).toBe('Nghỉ bù Ngày Chiến thắng');
  });

  it('given the 2026 schedule, then 2 Jan is off and Saturdays 10 Jan and 22 Aug are worked', () => {
    expect(cal.isWorkingDay('2026-01-02')).toBe(false);
    expect(cal.isWorkingDay('2026-01-10')).toBe(true);
    expect(cal.isWorkingDay('2026-08-22')).toBe(true);
    expect(cal.isWorkingDay('2026-08-31')).toBe(false);
    expect(cal.isWorkingDay('2026-04-27')).toBe(false);
  });

  it('given a year without data (2027), then the rules apply: Tết from the lunar calendar plus compensation', () => {
    // Tết 2027 is Saturday 6 Feb: rules give 5–9 Feb plus compensation for Sat 6 and Sun 7 on 10–11 Feb.
    for (const d of ['2027-02-05', '2027-02-08', '2027-02-09', '2027-02-10', '2027-02-11']) {
      expect(cal.isWorkingDay(d)).toBe(false);
    }
    expect(cal.isWorkingDay('2027-02-12')).toBe(true);
    expect(cal.holidayName('2027-02-06')).toBe('Tết Nguyên đán');
    expect(cal.holidayName('2027-02-10')).toBe('Nghỉ bù Tết Nguyên đán');
    expect(cal.holidayName('2027-03-03')).toBeNull();
  });

  it('given working hours, then hours are counted only inside office periods', () => {
    expect(cal.dueAt('2024-03-04T10:00:00+07:00', hours(3))).toBe('2024-03-04T15:00:00+07:00');
  });

  it('given calendar days, then the n-th day after the receipt day, moved to the next working day, at closing time', () => {
    expect(cal.dueAt('2024-03-04T10:00:00+07:00', calendarDays(3))).toBe('2024-03-07T17:00:00+07:00');
    // Fri 26 Apr 2024 + 3 = Mon 29 Apr (swapped day off) → 30 Apr, 1 May off → Thu 2 May.
    expect(cal.dueAt('2024-04-26T10:00:00+07:00', calendarDays(3))).toBe('2024-05-02T17:00:00+07:00');
    // After hours on Friday the clock starts Monday: Mon 11 Mar + 2 = Wed 13 Mar.
    expect(cal.dueAt('2024-03-08T18:00:00+07:00', calendarDays(2))).toBe('2024-03-13T17:00:00+07:00');
    expect(cal.dueAt('2024-03-04T10:00:00+07:00', calendarDays(0))).toBe('2024-03-04T17:00:00+07:00');
  });

  it('given custom office hours 08:00–12:00, then a working day is 4 hours', () => {
    const morning = createCalendar({ hours: { periods: [{ start: '08:00', end: '12:00' }] } });
    expect(morning.workingMsPerDay).toBe(4 * H);
    expect(morning.dueAt('2024-03-04T08:00:00+07:00', days(1))).toBe('2024-03-04T12:00:00+07:00');
    expect(morning.dueAt('2024-03-04T13:00:00+07:00', days(1))).toBe('2024-03-05T12:00:00+07:00');
  });
});

describe('supplement waiting moves the due date', () => {
  it('given 4 working hours spent waiting, then the due date moves 4 working hours later', () => {
    // Waiting Mon 15:00 → Tue 09:00 = 2 h + 2 h; Fri 17:00 + 4 h = Mon 11:00.
    const moved = cal.shiftForSupplement(
      '2024-03-15T17:00:00+07:00',
      '2024-03-11T15:00:00+07:00',
      '2024-03-12T09:00:00+07:00',
    );
    expect(moved).toBe('2024-03-18T11:00:00+07:00');
  });

  it('given waiting over a weekend, then only office time counts', () => {
    expect(cal.workingMsBetween('2024-03-08T16:00:00+07:00', '2024-03-11T08:00:00+07:00')).toBe(2 * H);
    // Wed 10:00 + 2 h: 1.5 h before lunch, 0.5 h after.
    expect(
      cal.shiftForSupplement('2024-03-13T10:00:00+07:00', '2024-03-08T16:00:00+07:00', '2024-03-11T08:00:00+07:00'),
    ).toBe('2024-03-13T14:00:00+07:00');
  });

  it('given papers provided outside office hours the same evening, then nothing moves', () => {
    expect(
      cal.shiftForSupplement('2024-03-13T10:00:00+07:00', '2024-03-11T17:30:00+07:00', '2024-03-11T20:00:00+07:00'),
    ).toBe('2024-03-13T10:00:00+07:00');
  });
});

describe('working time between instants', () => {
  it('a full working day is 8 hours and a plain week 40 hours', () => {
    expect(cal.workingMsBetween('2024-03-04T00:00:00+07:00', '2024-03-05T00:00:00+07:00')).toBe(8 * H);
    expect(cal.workingMsBetween('2024-03-04T00:00:00+07:00', '2024-03-11T00:00:00+07:00')).toBe(40 * H);
    expect(cal.workingMsBetween('2024-03-05T00:00:00+07:00', '2024-03-04T00:00:00+07:00')).toBe(0);
  });

  it('the 2024 Tết week holds only the Wednesday before and Thursday–Friday after', () => {
    expect(cal.workingMsBetween('2024-02-05T00:00:00+07:00', '2024-02-19T00:00:00+07:00')).toBe(5 * 8 * H);
  });
});

describe('bad input is refused with a clear error', () => {
  it('a time without an offset names the field', () => {
    const e = rejection(() => cal.dueAt('2024-03-04T08:00:00', days(1)));
    expect(e.code).toBe('INVALID_CALENDAR');
    expect(e.message).toContain('receivedAt');
  });

  it('a negative amount, a fractional number of calendar days and an unknown unit are refused', () => {
    expect(rejection(() => cal.dueAt('2024-03-04T08:00:00+07:00', days(-1))).message).toContain('limit.amount');
    expect(rejection(() => cal.dueAt('2024-03-04T08:00:00+07:00', calendarDays(1.5))).message).toContain(
      'whole number',
    );
    const unit = { unit: 'weeks', amount: 1 } as unknown as TimeLimit;
    expect(rejection(() => cal.dueAt('2024-03-04T08:00:00+07:00', unit)).message).toContain('limit.unit');
    expect(rejection(() => cal.isWorkingDay('2024-02-30')).message).toContain('day');
  });

  it('broken office hours and year data are refused when the calendar is made', () => {
    expect(rejection(() => createCalendar({ hours: { periods: [] } })).code).toBe('INVALID_CALENDAR');
    expect(
      rejection(() => createCalendar({ hours: { periods: [{ start: '13:00', end: '12:00' }] } })).message,
    ).toContain('hours.periods[0]');
    const overlapping = {
      periods: [
        { start: '07:00', end: '12:00' },
        { start: '11:00', end: '17:00' },
      ],
    };
    expect(rejection(() => createCalendar({ hours: overlapping })).message).toContain('hours.periods[1]');
    expect(
      rejection(() => createCalendar({ years: [{ year: 2024, daysOff: ['2025-01-01'], workingDays: [] }] })).message,
    ).toContain('years[0].daysOff[0]');
  });
});

// ---- properties ----------------------------------------------------------------------------------------

const FROM = Date.parse('2022-12-15T00:00:00Z');
const TO = Date.parse('2027-12-31T00:00:00Z');
const pad = (n: number) => String(n).padStart(2, '0');

/** The same instant written with some offset: the calendar must not care which. */
const writeWithOffset = (ms: number, offsetMin: number): string => {
  const local = new Date(ms + offsetMin * 60_000).toISOString().slice(0, 23);
  if (offsetMin === 0) return `${local}Z`;
  const a = Math.abs(offsetMin);
  return `${local}${offsetMin < 0 ? '-' : '+'}${pad(Math.floor(a / 60))}:${pad(a % 60)}`;
};

const instantMs = fc.oneof(
  fc.integer({ min: FROM, max: TO }),
  // Whole minutes near office boundaries are where off-by-one errors live.
  fc
    .integer({ min: FROM / 60_000, max: TO / 60_000 })
    .map((m) => m * 60_000),
);
const instant = fc
  .tuple(instantMs, fc.constantFrom(0, 420, -300, 540, 330))
  .map(([ms, off]) => ({ ms, iso: writeWithOffset(ms, off) }));

const workingLimit = fc.oneof(fc.integer({ min: 0, max: 40 }).map(days), fc.integer({ min: 0, max: 200 }).map(hours));
const anyLimit = fc.oneof(workingLimit, fc.integer({ min: 0, max: 60 }).map(calendarDays));

/** Independent reading of office hours from the printed local time, not from the calendar's own code. */
const insideDefaultHours = (iso: string): boolean => {
  expect(iso.endsWith('+07:00')).toBe(true);
  const hhmm = iso.slice(11, 16);
  const exact = iso.slice(16, 19) === ':00' && iso.length === 25;
  const within = (a: string, b: string) => hhmm >= a && (hhmm < b || (hhmm === b && exact));
  return within('07:00', '11:30') || within('13:30', '17:00');
};

describe('properties', () => {
  it('a due date is inside office hours on a working day and never before receipt', () => {
    fc.assert(
      fc.property(instant, anyLimit, ({ ms, iso }, limit) => {
        const due = cal.dueAt(iso, limit);
        expect(Date.parse(due)).toBeGreaterThanOrEqual(ms);
        expect(cal.isWorkingDay(dayOf(due))).toBe(true);
        expect(insideDefaultHours(due)).toBe(true);
        expect(cal.isOfficeTime(due)).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  it('addWorkingMs is monotonic in the amount and in the start', () => {
    const amount = fc.integer({ min: 0, max: 30 * 8 * H });
    fc.assert(
      fc.property(instant, instant, amount, amount, (a, b, x, y) => {
        const [lo, hi] = x <= y ? [x, y] : [y, x];
        expect(Date.parse(cal.addWorkingMs(a.iso, lo))).toBeLessThanOrEqual(Date.parse(cal.addWorkingMs(a.iso, hi)));
        const [early, late] = a.ms <= b.ms ? [a, b] : [b, a];
        expect(Date.parse(cal.addWorkingMs(early.iso, x))).toBeLessThanOrEqual(
          Date.parse(cal.addWorkingMs(late.iso, x)),
        );
      }),
    );
  });

  it('working units are additive: due(due(t, a), b) = due(t, a + b)', () => {
    const unit = fc.constantFrom('workingDays' as const, 'workingHours' as const);
    const n = fc.integer({ min: 0, max: 30 });
    fc.assert(
      fc.property(instant, unit, n, n, ({ iso }, u, a, b) => {
        const twice = cal.dueAt(cal.dueAt(iso, { unit: u, amount: a }), { unit: u, amount: b });
        expect(twice).toBe(cal.dueAt(iso, { unit: u, amount: a + b }));
      }),
    );
  });

  it('addWorkingMs is additive for any milliseconds', () => {
    const ms = fc.integer({ min: 0, max: 20 * 8 * H });
    fc.assert(
      fc.property(instant, ms, ms, ({ iso }, a, b) => {
        expect(cal.addWorkingMs(cal.addWorkingMs(iso, a), b)).toBe(cal.addWorkingMs(iso, a + b));
      }),
    );
  });

  it('workingMsBetween(t, addWorkingMs(t, x)) = x', () => {
    fc.assert(
      fc.property(instant, fc.integer({ min: 0, max: 60 * 8 * H }), ({ iso }, x) => {
        expect(cal.workingMsBetween(iso, cal.addWorkingMs(iso, x))).toBe(x);
      }),
    );
  });

  it('workingMsBetween agrees with counting office minutes one by one', () => {
    // Oracle: a minute counts when its day is a working day and its local clock time is in a period.
    const minuteIsWork = (m: number) => {
      const local = new Date(m * 60_000 + 7 * H).toISOString();
      const hhmm = local.slice(11, 16);
      const inPeriod = (hhmm >= '07:00' && hhmm < '11:30') || (hhmm >= '13:30' && hhmm < '17:00');
      return inPeriod && cal.isWorkingDay(local.slice(0, 10));
    };
    const startMin = fc.integer({ min: FROM / 60_000, max: TO / 60_000 });
    fc.assert(
      fc.property(startMin, fc.integer({ min: 0, max: 6 * 1440 }), (a, len) => {
        let count = 0;
        for (let m = a; m < a + len; m++) if (minuteIsWork(m)) count++;
        expect(cal.workingMsBetween(writeWithOffset(a * 60_000, 0), writeWithOffset((a + len) * 60_000, 420))).toBe(
          count * 60_000,
        );
      }),
      { numRuns: 40 },
    );
  });

  it('supplement waiting moves the due date by exactly the working time waited', () => {
    fc.assert(
      fc.property(instant, workingLimit, instant, fc.integer({ min: 0, max: 10 * 8 * H }), (r, limit, q, wait) => {
        const due = cal.dueAt(r.iso, limit);
        const provided = cal.addWorkingMs(q.iso, wait);
        const moved = cal.shiftForSupplement(due, q.iso, provided);
        expect(Date.parse(moved)).toBeGreaterThanOrEqual(Date.parse(due));
        expect(cal.workingMsBetween(due, moved)).toBe(wait);
        expect(cal.isOfficeTime(moved)).toBe(true);
      }),
    );
  });
});
