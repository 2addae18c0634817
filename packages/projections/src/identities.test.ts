import { describe, expect, it } from 'vitest';
import { checkIdentities } from './identities.js';

const seedQ1 = {
  received: { total: 496, online: 493, directOrPostal: 2, direct: 2, postal: 0, carriedOver: 1 },
  resolved: { total: 469, early: 409, onTime: 56, late: 4 },
  pending: { total: 27, withinDeadline: 27, overdue: 0 },
};

describe('checkIdentities', () => {
  it("the seed's Q1 2024 figures reconcile", () => {
    expect(checkIdentities({ total: seedQ1 })).toEqual([]);
    expect(checkIdentities(seedQ1)).toEqual([]);
  });

  it("points out the seed's 2023 total: 2159 printed, parts 2225", () => {
    const y2023 = {
      total: {
        received: { total: 2159, online: 2194, directOrPostal: 29, carriedOver: 2 },
        resolved: { total: 2224, early: 2091, onTime: 131, late: 2 },
        pending: { total: 1, withinDeadline: 1, overdue: 0 },
      },
    };
    const breaks = checkIdentities(y2023);
    expect(breaks).toEqual([
      expect.objectContaining({
        where: 'total',
        identity: 'received.total = received.online + received.directOrPostal + received.carriedOver',
        left: 2159,
        right: 2225,
      }),
      expect.objectContaining({
        where: 'total',
        identity: 'received.total = resolved.total + pending.total',
        left: 2159,
        right: 2225,
      }),
    ]);
    expect(breaks[0]!.message).toContain('2159');
  });

  it('checks rows, the total as the sum of rows, and skips missing keys', () => {
    const report = {
      total: { received: { total: 5, online: 5 }, resolved: { total: 3 } },
      rows: [
        { field: 'Hộ tịch', received: { total: 3, online: 3 }, resolved: { total: 3, early: 1, onTime: 1, late: 0 } },
        { field: 'Chứng thực', received: { total: 1, online: 1 } },
      ],
    };
    const breaks = checkIdentities(report);
    expect(breaks.map((b) => [b.where, b.identity, b.left, b.right])).toEqual([
      ['rows[0] (Hộ tịch)', 'resolved.total = resolved.early + resolved.onTime + resolved.late', 3, 2],
      ['total', "total.received.total = sum of rows' received.total", 5, 4],
      ['total', "total.received.online = sum of rows' received.online", 5, 4],
    ]);
    expect(checkIdentities({})).toEqual([]);
    expect(checkIdentities(null)).toEqual([]);
  });

  it('for consecutive reports, carried over = previous pending', () => {
    const q1 = { total: seedQ1, rows: [{ field: 'Hộ tịch', ...seedQ1 }] };
    const q2 = {
      total: { ...seedQ1, received: { ...seedQ1.received, carriedOver: 26, total: 495, online: 493 } },
      rows: [{ field: 'Hộ tịch', received: { carriedOver: 26 } }],
    };
    const breaks = checkIdentities([q1, q2]);
    expect(breaks.filter((b) => b.identity.includes('previous'))).toEqual([
      expect.objectContaining({ where: 'reports[1] total', left: 26, right: 27 }),
      expect.objectContaining({ where: 'reports[1] rows[0] (Hộ tịch)', left: 26, right: 27 }),
    ]);
  });

  it('speaks Vietnamese when asked', () => {
    const [b] = checkIdentities({ pending: { total: 2, withinDeadline: 1, overdue: 0 } }, { lang: 'vi' });
    expect(b!.message).toMatch(/không thỏa/);
  });
});
