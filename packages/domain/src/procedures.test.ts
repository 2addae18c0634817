import { describe, expect, it } from 'vitest';
import { defaultCalendar } from './calendar.js';
import { dongSonOffice, dongSonProcedures } from './catalogue-dong-son.js';
import { isOfficeCode } from './office-code.js';
import { loadCatalogue, sampleCatalogue } from './procedures.js';

const valid = {
  code: '1.001193',
  name: 'Đăng ký khai sinh',
  field: 'Hộ tịch',
  timeLimit: { unit: 'workingDays', amount: 1 },
  onlineLevel: 'full',
  nonGeographic: false,
  feeVnd: 0,
};

describe('sampleCatalogue (Đông Sơn commune)', () => {
  it('holds at least 25 procedures over at least 6 fields, the four main ones among them', () => {
    expect(sampleCatalogue.procedures.length).toBeGreaterThanOrEqual(25);
    expect(sampleCatalogue.procedures.length).toBe(dongSonProcedures.length);
    const fields = sampleCatalogue.fields();
    expect(fields.length).toBeGreaterThanOrEqual(6);
    expect(fields).toEqual(expect.arrayContaining(['Hộ tịch', 'Chứng thực', 'Bảo trợ xã hội', 'Đất đai']));
    expect(new Set(fields).size).toBe(fields.length);
  });

  it('registers births same day or next working day, free of charge', () => {
    const khaiSinh = sampleCatalogue.byCode('1.001193');
    expect(khaiSinh).toMatchObject({ name: 'Đăng ký khai sinh', field: 'Hộ tịch', feeVnd: 0 });
    expect(khaiSinh?.timeLimit).toEqual({ unit: 'workingDays', amount: 1 });
  });

  it('every procedure has a whole-đồng fee, a positive limit and a Vietnamese name', () => {
    for (const p of sampleCatalogue.procedures) {
      expect(Number.isInteger(p.feeVnd), p.code).toBe(true);
      expect(p.timeLimit.amount, p.code).toBeGreaterThan(0);
      expect(p.name, p.code).toMatch(/[ăâđêôơưàáạảãèéẹẻẽìíịỉĩòóọỏõùúụủũỳýỵỷỹ]/i);
    }
  });

  it('uses all three kinds of time limit, and the calendar can compute each', () => {
    const units = new Set(sampleCatalogue.procedures.map((p) => p.timeLimit.unit));
    expect(units).toEqual(new Set(['workingDays', 'workingHours', 'calendarDays']));
    for (const p of sampleCatalogue.procedures) {
      const due = defaultCalendar.dueAt('2024-03-04T08:00:00+07:00', p.timeLimit);
      expect(Date.parse(due), p.code).toBeGreaterThan(Date.parse('2024-03-04T08:00:00+07:00'));
    }
  });

  it('byCode finds nothing for an unknown code; the office code follows the office-code rule', () => {
    expect(sampleCatalogue.byCode('0.000000')).toBeUndefined();
    expect(isOfficeCode(dongSonOffice.code)).toBe(true);
  });
});

describe('loadCatalogue', () => {
  it('accepts an array or { procedures }', () => {
    expect(loadCatalogue([valid]).ok).toBe(true);
    const r = loadCatalogue({ procedures: [valid] });
    expect(r.ok && r.value.byCode('1.001193')?.name).toBe('Đăng ký khai sinh');
  });

  it('rejects duplicate codes, naming both records', () => {
    const r = loadCatalogue([valid, { ...valid, name: 'Bản trùng' }]);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.error.code).toBe('INVALID_CATALOGUE');
    expect(r.error.issues).toEqual([
      { path: 'procedures[1] (1.001193).code', message: 'duplicate code, already used by procedures[0]' },
    ]);
  });

  it('names the record index, its code and the field of each problem', () => {
    const r = loadCatalogue([
      valid,
      { ...valid, code: '2.000815', feeVnd: 2000.5 },
      { ...valid, code: '2.000884', timeLimit: { unit: 'weeks', amount: 1 } },
      { ...valid, code: undefined },
    ]);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.error.issues?.map((i) => i.path)).toEqual([
      'procedures[1] (2.000815).feeVnd',
      'procedures[2] (2.000884).timeLimit.unit',
      'procedures[3].code',
    ]);
    expect(r.error.message).toContain('procedures[1] (2.000815).feeVnd');
  });

  it('rejects what is not a list, and unknown fields', () => {
    expect(loadCatalogue('nope').ok).toBe(false);
    expect(loadCatalogue(null).ok).toBe(false);
    const r = loadCatalogue([{ ...valid, fee: 5 }]);
    expect(!r.ok && r.error.code).toBe('INVALID_CATALOGUE');
  });
});
