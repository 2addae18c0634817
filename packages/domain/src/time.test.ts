import { describe, expect, it } from 'vitest';
import { dayOf, InstantSchema, isValidInstant, isValidMoment } from './time.js';

describe('instants', () => {
  it('takes days in Asia/Ho_Chi_Minh whatever offset was written', () => {
    expect(dayOf('2024-03-31T23:30:00Z')).toBe('2024-04-01');
    expect(dayOf('2024-04-01T06:59:59+07:00')).toBe('2024-04-01');
    expect(dayOf('2024-03-31T16:59:59Z')).toBe('2024-03-31');
  });

  it('refuses impossible days and times that Date.parse would roll over', () => {
    for (const bad of [
      '2024-02-31T08:00:00+07:00',
      '2023-02-29T08:00Z',
      '2024-01-01T24:00:00Z',
      '2024-01-01T08:60:00Z',
    ]) {
      expect(isValidInstant(bad), bad).toBe(false);
      expect(InstantSchema.safeParse(bad).success, bad).toBe(false);
    }
    for (const good of ['2024-02-29T08:00:00+07:00', '2024-12-31T23:59:59.999Z', '2024-01-01T00:00-05:30']) {
      expect(isValidInstant(good), good).toBe(true);
    }
  });

  it('takes a moment as a real day or a real instant, and nothing else', () => {
    for (const bad of [
      '2024-02-30',
      '2024-13-01',
      '2024-02-30T00:00:00+07:00',
      '2024-13-01T00:00:00Z',
      '2024-1-01',
      '',
    ]) {
      expect(isValidMoment(bad), bad).toBe(false);
    }
    for (const good of ['2024-02-29', '2024-02-29T23:59:59+07:00', '2025-07-01T00:00Z']) {
      expect(isValidMoment(good), good).toBe(true);
    }
  });
});

describe('default calendar as plain functions', () => {
  it('agrees with defaultCalendar and starts after-hours receipts the next working morning', async () => {
    const { defaultCalendar, dueAt, workingMsBetween } = await import('./calendar.js');
    const limit = { unit: 'workingDays', amount: 1 } as const;
    // Friday 2024-03-01 18:00 is after hours: the clock starts Monday 07:00, one working day ends Monday 17:00.
    expect(dueAt('2024-03-01T18:00:00+07:00', limit)).toBe(defaultCalendar.dueAt('2024-03-01T18:00:00+07:00', limit));
    expect(dayOf(dueAt('2024-03-01T18:00:00+07:00', limit))).toBe('2024-03-04');
    expect(workingMsBetween('2024-03-04T07:00:00+07:00', '2024-03-04T17:00:00+07:00')).toBe(8 * 3_600_000);
  });
});
