// Given a catalogue, when a units file is imported, then these events (or these faults, by line and field).
import { describe, expect, it } from 'vitest';
import type { DossierCommand } from './commands.js';
import {
  allPredecessorsOf,
  commandUnitError,
  emptyCatalogue,
  evolveCatalogue,
  foldCatalogue,
  predecessorsOf,
  subtreeOn,
  type UnitCatalogue,
  unitEndedError,
  unitNotBegunError,
} from './unit-catalogue.js';
import type { UnitRowInput } from './unit-import.js';
import { issueText, planUnitImport } from './unit-import.js';

const HEADER = ['code', 'name', 'level', 'parent', 'valid_from', 'valid_to', 'successor'] as const;
/** CSV-like rows: line 2 onwards, cells in header order. */
const rows = (...lines: string[][]): UnitRowInput[] =>
  lines.map((cells, i) => ({
    where: { line: i + 2 },
    values: Object.fromEntries(HEADER.map((h, k) => [h, cells[k] ?? ''])),
  }));

const BAC_NINH_2025 = rows(
  ['BAC-GIANG', 'tỉnh Bắc Giang', 'province', '', '', '2025-06-30', 'BAC-NINH'],
  ['BAC-NINH', 'tỉnh Bắc Ninh', 'province', '', '2025-07-01', '', ''],
  ['YEN-THE', 'huyện Yên Thế', 'district', 'BAC-GIANG', '', '2025-06-30', ''],
  ['07273', 'xã Đông Sơn', 'commune', 'YEN-THE', '', '2025-06-30', '07294'],
  ['TT-BO-HA', 'thị trấn Bố Hạ', 'commune', 'YEN-THE', '', '2025-06-30', '07294'],
  ['07294', 'xã Bố Hạ', 'commune', 'BAC-NINH', '2025-07-01', '', ''],
);

function recorded(existing: UnitCatalogue, input: UnitRowInput[]): UnitCatalogue {
  const plan = planUnitImport(existing, input);
  if (!plan.ok) throw new Error(plan.issues.map((i) => issueText(i, 'en')).join('; '));
  const next = new Map(existing);
  for (const d of plan.drafts) next.set(d.data.code, d.data);
  return next;
}

describe('planUnitImport', () => {
  it('given an empty catalogue, records every unit (UnitRecorded), the one-stop office defaulting to the code', () => {
    const plan = planUnitImport(emptyCatalogue, BAC_NINH_2025);
    expect(plan.ok).toBe(true);
    if (!plan.ok) return;
    expect(plan.drafts.map((d) => d.type)).toEqual(Array(6).fill('UnitRecorded'));
    expect(plan.drafts[3]!.data).toEqual({
      code: '07273',
      name: 'xã Đông Sơn',
      level: 'commune',
      parent: 'YEN-THE',
      validFrom: null,
      validTo: '2025-06-30',
      successor: '07294',
      office: null,
    });
  });

  it('given the catalogue holds the file, records nothing; given one unit changed, revises only it', () => {
    const cat = recorded(emptyCatalogue, BAC_NINH_2025);
    const same = planUnitImport(cat, BAC_NINH_2025);
    expect(same).toEqual({ ok: true, drafts: [] });
    const renamed = BAC_NINH_2025.map((r) =>
      r.values.code === '07294' ? { ...r, values: { ...r.values, name: 'xã Bố Hạ (mới)' } } : r,
    );
    const plan = planUnitImport(cat, renamed);
    expect(plan.ok && plan.drafts.map((d) => [d.type, d.data.code, d.data.name])).toEqual([
      ['UnitRevised', '07294', 'xã Bố Hạ (mới)'],
    ]);
  });

  it('refers to units already in the catalogue (a later file adds a commune under Bắc Ninh)', () => {
    const cat = recorded(emptyCatalogue, BAC_NINH_2025);
    const plan = planUnitImport(cat, rows(['07300', 'xã Mới', 'commune', 'BAC-NINH', '2025-07-01', '', '']));
    expect(plan.ok).toBe(true);
  });

  const faults = (input: UnitRowInput[], existing: UnitCatalogue = emptyCatalogue) => {
    const plan = planUnitImport(existing, input);
    expect(plan.ok).toBe(false);
    return plan.ok ? [] : plan.issues.map((i) => issueText(i, 'vi'));
  };

  it('refuses a cycle of parents or of successors', () => {
    expect(
      faults(
        rows(
          ['A', 'xã A', 'commune', '', '', '2025-06-30', 'B'],
          ['B', 'xã B', 'commune', '', '2025-07-01', '2025-07-01', 'A'],
        ),
      ).join('\n'),
    ).toMatch(/cột successor: các đơn vị kế tiếp tạo thành vòng lặp: A → B → A/);
  });

  it('refuses two successors claiming the same dossiers', () => {
    expect(
      faults(
        rows(
          ['A', 'xã A', 'commune', '', '', '2025-06-30', 'B'],
          ['A', 'xã A', 'commune', '', '', '2025-06-30', 'C'],
          ['B', 'xã B', 'commune', '', '2025-07-01', '', ''],
          ['C', 'xã C', 'commune', '', '2025-07-01', '', ''],
        ),
      ),
    ).toEqual([
      'dòng 3, cột successor: A có hai dòng (cùng dòng 2) với hai đơn vị kế tiếp B và C cùng nhận hồ sơ của nó',
    ]);
    // Two units in force at once with the same office claim its dossiers too.
    const office = [
      { where: { line: 2 }, values: { code: 'A', name: 'xã A', level: 'commune', office: 'DONGSON' } },
      { where: { line: 3 }, values: { code: 'B', name: 'xã B', level: 'commune', office: 'DONGSON' } },
    ];
    expect(faults(office)[0]).toMatch(/dòng 2, cột office: A và B cùng lúc nhận hồ sơ của cơ quan DONGSON/);
  });

  it('refuses a unit valid from after it ends', () => {
    expect(faults(rows(['A', 'xã A', 'commune', '', '2025-07-01', '2025-06-30', '']))).toEqual([
      'dòng 2, cột valid_from: A có hiệu lực từ 01/07/2025, sau ngày kết thúc 30/06/2025',
    ]);
  });

  it('refuses an unknown parent, and a successor that does not take over the day after', () => {
    expect(
      faults(
        rows(
          ['A', 'xã A', 'commune', 'KHONG-CO', '', '2025-06-30', 'B'],
          ['B', 'xã B', 'commune', '', '2025-08-01', '', ''],
        ),
      ),
    ).toEqual([
      'dòng 2, cột parent: đơn vị cha KHONG-CO không có trong tệp và trong danh mục',
      'dòng 2, cột successor: đơn vị kế tiếp B không có hiệu lực ngày 01/07/2025, ngày sau khi A kết thúc',
    ]);
  });

  it('names each faulty field of a row, in English too', () => {
    const plan = planUnitImport(emptyCatalogue, rows(['a b', '', 'ward', '', '2025-02-30', 'x', '']));
    expect(plan.ok).toBe(false);
    if (plan.ok) return;
    expect(plan.issues.map((i) => i.field)).toEqual(['code', 'name', 'level', 'valid_from', 'valid_to']);
    expect(issueText(plan.issues[2]!, 'en')).toBe(
      'line 2, field level: «ward»: expected province, district or commune',
    );
  });
});

describe('the catalogue fold and its questions', () => {
  const cat = recorded(emptyCatalogue, BAC_NINH_2025);

  it('knows predecessors, transitively, and the hierarchy of a day', () => {
    expect(predecessorsOf(cat, '07294')).toEqual(['07273', 'TT-BO-HA']);
    expect(allPredecessorsOf(cat, 'BAC-NINH')).toEqual(['BAC-GIANG']);
    expect(subtreeOn(cat, 'BAC-GIANG', '2025-06-30')).toEqual(['07273', 'BAC-GIANG', 'TT-BO-HA', 'YEN-THE']);
    expect(subtreeOn(cat, 'BAC-GIANG', '2025-07-01')).toEqual(['BAC-GIANG']);
    expect(subtreeOn(cat, 'BAC-NINH', '2025-07-01')).toEqual(['07294', 'BAC-NINH']);
  });

  it('folds without changing a catalogue already handed out', () => {
    const before = foldCatalogue([{ type: 'UnitRecorded', data: cat.get('07294')! }]);
    const after = evolveCatalogue(before, { type: 'UnitRevised', data: { ...cat.get('07294')!, name: 'khác' } });
    expect(before.get('07294')?.name).toBe('xã Bố Hạ');
    expect(after.get('07294')?.name).toBe('khác');
    expect(Object.isFrozen(after)).toBe(true);
  });

  it('a later version of a unit replaces the earlier one', () => {
    const again = foldCatalogue([
      { type: 'UnitRecorded', data: cat.get('07294')! },
      { type: 'UnitRevised', data: { ...cat.get('07294')!, name: 'xã Bố Hạ mới' } },
    ]);
    expect(again.get('07294')?.name).toBe('xã Bố Hạ mới');
  });

  it('refuses a command to an office after its unit ended, naming the successor (Vietnamese and English)', () => {
    expect(unitEndedError(cat, '07273', '2025-06-30')).toBeNull();
    expect(unitEndedError(cat, '07294', '2025-07-01')).toBeNull();
    expect(unitEndedError(cat, 'NOT-IN-CATALOGUE', '2025-07-01')).toBeNull();
    const e = unitEndedError(cat, '07273', '2025-07-01');
    expect(e?.code).toBe('UNIT_ENDED');
    expect(e?.messageVi).toBe(
      '07273: đơn vị 07273 (xã Đông Sơn) đã kết thúc ngày 30/06/2025; từ ngày 01/07/2025 hồ sơ do đơn vị kế tiếp 07294 (xã Bố Hạ) giải quyết: hãy gửi lệnh tới cơ quan 07294',
    );
    expect(e?.message).toContain('successor 07294 (xã Bố Hạ)');
    // A district with no successor ends all the same.
    expect(unitEndedError(cat, 'YEN-THE', '2025-07-01')?.messageVi).toContain('không có đơn vị kế tiếp');
  });

  it('refuses a receipt by an office before its unit began, naming the units in force that day', () => {
    expect(unitNotBegunError(cat, '07294', '2025-07-01')).toBeNull();
    expect(unitNotBegunError(cat, '07273', '2025-06-15')).toBeNull();
    expect(unitNotBegunError(cat, 'NOT-IN-CATALOGUE', '2025-06-15')).toBeNull();
    const e = unitNotBegunError(cat, '07294', '2025-06-15');
    expect(e?.code).toBe('UNIT_NOT_BEGUN');
    expect(e?.messageVi).toContain('07294: đơn vị 07294 (xã Bố Hạ) bắt đầu từ ngày 01/07/2025');
    expect(e?.messageVi).toContain('07273 (xã Đông Sơn)');
    expect(e?.message).toContain('begins on 2025-07-01');
    // Receipts only: a later step for a predecessor's dossier may still be sent to the successor.
    const base = { office: '07294', dossierCode: 'X-1', meta: { issuedAt: '2026-01-01T00:00:00Z' } };
    const receipt = { ...base, type: 'ReceiveDossier', receivedAt: '2025-06-15T09:00:00+07:00' } as DossierCommand;
    const resolve = { ...base, type: 'ResolveDossier', at: '2025-06-20T09:00:00+07:00' } as unknown as DossierCommand;
    expect(commandUnitError(cat, receipt)?.code).toBe('UNIT_NOT_BEGUN');
    expect(commandUnitError(cat, resolve)).toBeNull();
  });
});
