import { describe, expect, it } from 'vitest';
import { eventNameVi } from './event-names.js';
import { RULE_SETS, ruleSetById, ruleSetOf, ruleSetOfDay } from './rule-sets.js';

const dayNumber = (day: string): number => Date.parse(`${day}T00:00:00Z`) / 86_400_000;

describe('rule sets by effective date', () => {
  it('Nghị định 61/2018 + 107/2021 until 30 June 2025, Nghị định 118/2025 + Thông tư 03/2025 from 1 July', () => {
    expect(ruleSetOfDay('2024-01-15').id).toBe('nd61-2018');
    expect(ruleSetOfDay('2025-06-30').id).toBe('nd61-2018');
    expect(ruleSetOfDay('2025-07-01').id).toBe('nd118-2025');
    expect(ruleSetOfDay('2030-01-01').id).toBe('nd118-2025');
    expect(ruleSetById('nd61-2018').legalBasis.map((d) => d.number)).toEqual(['61/2018/NĐ-CP', '107/2021/NĐ-CP']);
    expect(ruleSetById('nd118-2025').legalBasis.map((d) => d.number)).toEqual(['118/2025/NĐ-CP', '03/2025/TT-VPCP']);
  });

  it('chooses by the receipt day in office time, whatever offset the receipt was written in', () => {
    expect(ruleSetOf('2025-06-30T23:59:59+07:00').id).toBe('nd61-2018');
    expect(ruleSetOf('2025-06-30T17:00:00Z').id).toBe('nd118-2025');
    expect(ruleSetOf('2025-06-30T16:59:59Z').id).toBe('nd61-2018');
  });

  it('covers every day once: the ranges touch', () => {
    for (let i = 1; i < RULE_SETS.length; i++) {
      const prev = RULE_SETS[i - 1]?.validTo as string;
      const next = RULE_SETS[i]?.validFrom as string;
      expect(dayNumber(next) - dayNumber(prev)).toBe(1);
    }
  });

  it('only the 2025 rules have the stop notice, and their apology asks to extend the time', () => {
    expect(RULE_SETS.map((r) => [r.id, r.stopNotice, r.apology])).toEqual([
      ['nd61-2018', false, 'newDate'],
      ['nd118-2025', true, 'extension'],
    ]);
  });
});

describe('names that follow the rule set', () => {
  it('the apology is "xin lỗi và đề nghị gia hạn" for a dossier received from 1 July 2025, the old name before', () => {
    expect(eventNameVi('DueDateRescheduled', '2025-07-01T00:30:00+07:00')).toBe(
      'xin lỗi và đề nghị gia hạn thời gian giải quyết',
    );
    expect(eventNameVi('DueDateRescheduled', '2025-06-30T23:30:00+07:00')).toBe('xin lỗi và hẹn lại ngày trả kết quả');
    expect(ruleSetById('nd118-2025').apologyPaper.vi).toBe('Phiếu xin lỗi và đề nghị gia hạn thời gian giải quyết');
    // Other events keep their one name; an unknown type is returned as it is.
    expect(eventNameVi('ProcessingStopped', '2025-07-15T08:00:00+07:00')).toBe('dừng giải quyết hồ sơ');
    expect(eventNameVi('ResultReturned', null)).toBe('trả kết quả');
    expect(eventNameVi('SomethingNew', null)).toBe('SomethingNew');
  });
});
