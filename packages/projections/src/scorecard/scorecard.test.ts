// The 766 index as data, its score rule and its inputs: pure checks (the CLI and API tests score real ledgers).
import { describe, expect, it } from 'vitest';
import { SCORECARD_766_2022, SCORECARD_VERSIONS, scorecardVersionOn } from './index-766.js';
import { readScorecardInputs } from './inputs.js';
import { subIndicatorScore } from './scorecard.js';

describe('the 766 index as versioned data', () => {
  it('five groups of 18, 20, 22, 22 and 18 points, 100 in all, each the sum of its sub-indicators', () => {
    const v = SCORECARD_766_2022;
    expect(v.groups.map((g) => g.points)).toEqual([18, 20, 22, 22, 18]);
    expect(v.groups.reduce((s, g) => s + g.points, 0)).toBe(100);
    for (const g of v.groups) expect(g.indicators.reduce((s, i) => s + i.points, 0)).toBe(g.points);
    // Online service 12 + online payment 10.
    expect(v.groups[2]!.indicators.map((i) => i.points)).toEqual([12, 10]);
    expect(v.sources.length).toBeGreaterThan(0);
    const ids = v.groups.flatMap((g) => g.indicators.map((i) => i.id));
    expect(new Set(ids).size).toBe(ids.length);
    for (const i of v.groups.flatMap((g) => g.indicators)) {
      expect(i.threshold).toBeGreaterThan(0);
      expect(i.threshold).toBeLessThanOrEqual(1);
      expect(i.source === 'ledger').toBe(i.measure !== undefined);
    }
  });

  it('is chosen by the last day of the period', () => {
    expect(scorecardVersionOn('2022-06-22')).toBeNull();
    expect(scorecardVersionOn('2024-03-31')).toBe(SCORECARD_VERSIONS[SCORECARD_VERSIONS.length - 1]);
  });
});

describe('score = points × min(1, rate ÷ threshold)', () => {
  it('full at or above the threshold, in proportion below it', () => {
    const spec = { points: 20, threshold: 0.8 };
    expect(subIndicatorScore(spec, 0.9, 'full')).toBe(20);
    expect(subIndicatorScore(spec, 0.8, 'full')).toBe(20);
    expect(subIndicatorScore(spec, 0.4, 'full')).toBeCloseTo(10);
    expect(subIndicatorScore(spec, 0, 'full')).toBe(0);
    expect(subIndicatorScore(spec, null, 'full')).toBe(20);
    expect(subIndicatorScore(spec, null, 'zero')).toBe(0);
  });
});

describe('inputs', () => {
  const read = (raw: unknown) => readScorecardInputs(raw, SCORECARD_766_2022);
  it('takes a rate or a numerator and denominator for each outside sub-indicator', () => {
    const r = read({ inputs: { '1.1': 0.95, '1.2': { numerator: 180, denominator: 200 } } });
    expect(r).toEqual({
      ok: true,
      inputs: {
        '1.1': { numerator: null, denominator: null, rate: 0.95 },
        '1.2': { numerator: 180, denominator: 200, rate: 0.9 },
      },
    });
    expect(read(undefined)).toEqual({ ok: true, inputs: {} });
  });

  it('refuses, naming each input: out of range, unknown, computed from the ledger, malformed', () => {
    const r = read({
      inputs: {
        '1.1': 1.5,
        '9.9': 0.5,
        '2.1': 1,
        '5.1': { numerator: 5, denominator: 3 },
        '5.2': 'much',
      },
    });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.problems.map((p) => p.path)).toEqual([
      'inputs.1.1',
      'inputs.9.9',
      'inputs.2.1',
      'inputs.5.1',
      'inputs.5.2',
    ]);
    expect(r.problems[0]!.en).toContain('outside 0–1');
    expect(r.problems[0]!.vi).toContain('ngoài khoảng 0–1');
    expect(read([1]).ok).toBe(false);
    expect(read({ input: {} }).ok).toBe(false);
  });
});
