// `motcua scorecard`: the 766 index of an office and of a unit from a real ledger, every ledger figure
// the Form 06 report's own, outside facts from --inputs, and a bad input refused by name with nothing written.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BOOK_Q1, ensureBuilt, motcua, tempDir } from './cli-support.js';

const tmp = tempDir('motcua-scorecard-');
let db: string;
let hierarchy: string;
const Q1 = () => ['--db', db, '--year', '2024', '--quarter', '1'];

interface Indicator {
  id: string;
  source: string;
  points: number;
  threshold: number;
  numerator: number | null;
  denominator: number | null;
  rate: number | null;
  score: number;
  missing: boolean;
}
interface Card {
  office: string;
  total: number;
  maxTotal: number;
  groups: Array<{ id: string; points: number; score: number; indicators: Indicator[] }>;
}
const indicator = (c: Card, id: string): Indicator => c.groups.flatMap((g) => g.indicators).find((i) => i.id === id)!;

beforeAll(() => {
  ensureBuilt();
  db = join(tmp.dir, 'ledger.db');
  const r = motcua(['import', '--db', db, '--office', 'dongson', tmp.file('q1.csv', BOOK_Q1)]);
  if (r.status !== 0) throw new Error(r.stderr);
  hierarchy = tmp.file(
    'units.json',
    JSON.stringify({
      units: [{ code: 'XADS', name: 'UBND xã Đông Sơn' }],
      offices: [{ code: 'dongson', unit: 'XADS' }],
    }),
  );
});
afterAll(() => tmp.cleanup());

describe('motcua scorecard', () => {
  it('derives every ledger figure from the Form 06 report, with its numerator and denominator', () => {
    const report = JSON.parse(motcua(['report', ...Q1(), '--format', 'json']).stdout);
    const r = motcua(['scorecard', ...Q1(), '--office', 'dongson', '--format', 'json']);
    expect(r.status, r.stderr).toBe(0);
    const card = JSON.parse(r.stdout) as Card;
    expect(card.maxTotal).toBe(100);
    for (const [id, key] of [
      ['2.1', 'progress'],
      ['3.1', 'onlineRate'],
      ['3.2', 'onlinePaymentRate'],
      ['4.1', 'digitisation'],
    ] as const) {
      const i = indicator(card, id);
      expect([i.numerator, i.denominator, i.rate], id).toEqual([
        report.indicators[key].numerator,
        report.indicators[key].denominator,
        report.indicators[key].value,
      ]);
    }
    // Satisfaction: 7 handled, A4 resolved late and A7 overdue at 31/3, no complaint.
    expect(indicator(card, '5.3')).toMatchObject({ numerator: 5, denominator: 7 });
    // Outside facts not given: scored 0 and marked.
    expect(indicator(card, '1.1')).toMatchObject({ source: 'input', missing: true, score: 0 });
    // Score = points × min(1, rate ÷ threshold), the total their sum.
    for (const i of card.groups.flatMap((g) => g.indicators)) {
      const expected = i.missing ? 0 : i.rate === null ? i.points : i.points * Math.min(1, i.rate / i.threshold);
      expect(i.score, i.id).toBeCloseTo(expected, 2);
    }
    const sum = card.groups.reduce((s, g) => s + g.score, 0);
    expect(card.total).toBeCloseTo(sum, 2);
  });

  it('takes the outside sub-indicators from --inputs, and a unit from the units catalogue', () => {
    const inputs = tmp.file(
      'inputs.json',
      JSON.stringify({ inputs: { '1.1': 1, '1.2': { numerator: 40, denominator: 100 }, '5.1': 0.9, '5.2': 0.8 } }),
    );
    const office = JSON.parse(
      motcua(['scorecard', ...Q1(), '--office', 'dongson', '--format', 'json', '--inputs', inputs]).stdout,
    ) as Card;
    expect(indicator(office, '1.1')).toMatchObject({ missing: false, rate: 1, score: 4 });
    expect(indicator(office, '1.2')).toMatchObject({ numerator: 40, denominator: 100, score: 7 });
    const without = JSON.parse(
      motcua(['scorecard', ...Q1(), '--office', 'dongson', '--format', 'json']).stdout,
    ) as Card;
    expect(office.total).toBeCloseTo(without.total + 4 + 7 + 6 + 6, 2);
    const unit = motcua([
      'scorecard',
      ...Q1(),
      '--unit',
      'XADS',
      '--hierarchy',
      hierarchy,
      '--format',
      'json',
      '--inputs',
      inputs,
    ]);
    expect(unit.status, unit.stderr).toBe(0);
    const card = JSON.parse(unit.stdout) as Card;
    expect(card.office).toBe('XADS');
    expect(card.groups).toEqual(office.groups);
    const table = motcua(['scorecard', ...Q1(), '--office', 'dongson', '--inputs', inputs]);
    expect(table.stdout).toContain('TỔNG ĐIỂM');
    expect(table.stdout).toContain('Tỷ lệ hồ sơ tiếp nhận trực tuyến');
  });

  it('an input out of range is refused by name (exit 1) and nothing is written', () => {
    const bad = tmp.file('bad.json', JSON.stringify({ inputs: { '1.1': 1.5 } }));
    const out = join(tmp.dir, 'card.json');
    const r = motcua(['scorecard', ...Q1(), '--office', 'dongson', '--inputs', bad, '--format', 'json', '--out', out]);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('inputs.1.1');
    expect(r.stderr).toContain('0–1');
    expect(existsSync(out)).toBe(false);
    const en = motcua(['scorecard', ...Q1(), '--office', 'dongson', '--inputs', bad, '--lang', 'en']);
    expect(en.stderr).toContain('outside 0–1');
  });
});
