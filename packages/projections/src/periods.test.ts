import { describe, expect, it } from 'vitest';
import { monthsOf, periodOf } from './periods.js';

describe('periodOf', () => {
  it('calendar quarters, months and years', () => {
    expect(periodOf({ year: 2024, quarter: 1 })).toEqual({ from: '2024-01-01', to: '2024-03-31' });
    expect(periodOf({ year: 2024, quarter: 4 })).toEqual({ from: '2024-10-01', to: '2024-12-31' });
    expect(periodOf({ year: 2024, month: 2 })).toEqual({ from: '2024-02-01', to: '2024-02-29' });
    expect(periodOf({ year: 2023, month: 2 })).toEqual({ from: '2023-02-01', to: '2023-02-28' });
    expect(periodOf({ year: 2023 })).toEqual({ from: '2023-01-01', to: '2023-12-31' });
  });

  it('statutory cut-off: quarter from the 15th of the month before to the 14th of its last month', () => {
    expect(periodOf({ year: 2024, quarter: 1, convention: 'cutoff' })).toEqual({
      from: '2023-12-15',
      to: '2024-03-14',
    });
    expect(periodOf({ year: 2024, quarter: 2, convention: 'cutoff' })).toEqual({
      from: '2024-03-15',
      to: '2024-06-14',
    });
    expect(periodOf({ year: 2024, quarter: 4, convention: 'cutoff' })).toEqual({
      from: '2024-09-15',
      to: '2024-12-14',
    });
    expect(periodOf({ year: 2024, convention: 'cutoff' })).toEqual({ from: '2023-12-15', to: '2024-12-14' });
    expect(periodOf({ year: 2024, month: 1, convention: 'cutoff' })).toEqual({ from: '2023-12-15', to: '2024-01-14' });
    expect(periodOf({ year: 2024, month: 3, convention: 'cutoff' })).toEqual({ from: '2024-02-15', to: '2024-03-14' });
  });

  it('months of a quarter tile it under both conventions', () => {
    for (const convention of ['calendar', 'cutoff'] as const) {
      for (const quarter of [1, 2, 3, 4] as const) {
        const q = periodOf({ year: 2024, quarter, convention });
        const ms = monthsOf({ year: 2024, quarter, convention });
        expect(ms).toHaveLength(3);
        expect(ms[0]!.from).toBe(q.from);
        expect(ms[2]!.to).toBe(q.to);
      }
    }
  });

  it('refuses impossible periods with a typed error', () => {
    expect(() => periodOf({ year: 2024, quarter: 5 as 1 })).toThrowError(
      expect.objectContaining({ code: 'INVALID_PERIOD' }),
    );
    expect(() => periodOf({ year: 2024, month: 13 })).toThrowError(/month/);
    expect(() => periodOf({ year: 2024.5 })).toThrowError(/year/);
    expect(() => periodOf({ year: 2024, quarter: 1, month: 1 })).toThrowError(/not both/);
    expect(() => periodOf({ year: 2024, convention: 'lunar' as 'calendar' })).toThrowError(/convention/);
  });
});
