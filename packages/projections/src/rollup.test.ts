import { describe, expect, it } from 'vitest';
import { logBuilder } from './fixtures.js';
import { createLedger } from './ledger.js';
import { type OfficeUnit, rollUp, unitsUnder, validateHierarchy } from './rollup.js';

const H: OfficeUnit[] = [
  { code: 'TH', name: 'Tỉnh Thanh Hóa', level: 'province', parent: null },
  { code: 'DS_H', name: 'Huyện Đông Sơn', level: 'district', parent: 'TH' },
  { code: 'DSON', name: 'Xã Đông Sơn', level: 'commune', parent: 'DS_H' },
  { code: 'DSON1', name: 'Bộ phận một cửa xã Đông Sơn', level: 'office', parent: 'DSON' },
  { code: 'DHOA1', name: 'Bộ phận một cửa xã Đông Hòa', level: 'office', parent: 'DS_H' },
  { code: 'TP1', name: 'Bộ phận một cửa phường Điện Biên', level: 'office', parent: 'TH' },
];

describe('roll-ups', () => {
  const b = logBuilder();
  const dossier = (office: string, code: string, field: string) =>
    b.open(office, code, {
      field,
      channel: 'online',
      receivedAt: '2024-02-01T08:00:00+07:00',
      dueAt: '2024-02-05T17:00:00+07:00',
    });
  dossier('DSON1', 'A', 'Hộ tịch');
  dossier('DSON1', 'B', 'Chứng thực');
  dossier('DHOA1', 'A', 'Hộ tịch');
  dossier('TP1', 'A', 'Đất đai');
  dossier('ELSEWHERE', 'Z', 'Đất đai');
  const l = createLedger();
  for (const e of b.events) l.apply(e);
  const Q = { from: '2024-01-01', to: '2024-03-31' };

  it('a district is the sum of its offices; the province includes all of them', () => {
    const district = rollUp(l, H, 'DS_H', Q);
    expect(district.office).toBe('DS_H');
    expect(district.offices).toEqual(['DHOA1', 'DSON1']);
    expect(district.total.received.total).toBe(3);
    expect(district.rows.map((r) => [r.field, r.received.total])).toEqual([
      ['Chứng thực', 1],
      ['Hộ tịch', 2],
    ]);
    const province = rollUp(l, H, 'TH', Q);
    expect(province.total.received.total).toBe(4);
    expect(l.drillDown({ ...Q, offices: province.offices, cell: 'received.total', field: 'Hộ tịch' })).toEqual([
      'DHOA1/A',
      'DSON1/A',
    ]);
    expect(rollUp(l, H, 'DSON1', Q).total.received.total).toBe(2);
  });

  it('refuses a broken hierarchy or an unknown unit, naming the unit and field', () => {
    expect(() => rollUp(l, H, 'NOPE', Q)).toThrowError(expect.objectContaining({ code: 'UNKNOWN_UNIT' }));
    expect(() => validateHierarchy([...H, { code: 'X', name: 'x', level: 'office', parent: 'MISSING' }])).toThrowError(
      /hierarchy\[6\] \(X\)\.parent: unknown unit MISSING/,
    );
    expect(() => validateHierarchy([...H, { code: 'TH', name: 'x', level: 'office', parent: null }])).toThrowError(
      /twice/,
    );
    expect(() =>
      validateHierarchy([
        { code: 'D', name: 'd', level: 'district', parent: 'C' },
        { code: 'C', name: 'c', level: 'commune', parent: 'D' },
      ]),
    ).toThrowError(expect.objectContaining({ code: 'INVALID_HIERARCHY' }));
    expect(unitsUnder(H, 'DS_H')).toEqual(['DHOA1', 'DSON', 'DSON1', 'DS_H']);
  });
});
