import { checkIdentities } from '@motcua/projections';
import { describe, expect, it } from 'vitest';
import { describeBreak } from '../commands/check-report.js';
import { deriveMissing } from './derive.js';

const SEED_2023 = {
  total: {
    received: { total: 2159, online: 2194, direct: 29, carriedOver: 2 },
    resolved: { early: 2091, onTime: 131, late: 2 },
    pending: { total: 1 },
  },
};

describe('check-report derivation', () => {
  it('fills direct-or-postal from direct (postal absent) and the resolved total from its parts, saying so', () => {
    const { report, derived } = deriveMissing(SEED_2023);
    expect(derived.map((d) => `${d.where} ${d.key}=${d.value}`)).toEqual([
      'total received.directOrPostal=29',
      'total resolved.total=2224',
    ]);
    expect(
      (report as typeof SEED_2023 & { total: { received: { directOrPostal: number } } }).total.received.directOrPostal,
    ).toBe(29);
  });

  it("catches the seed's 2023 figures on both identities, with their numbers", () => {
    const { report } = deriveMissing(SEED_2023);
    const lines = checkIdentities(report).map((b) => describeBreak(b, report));
    expect(lines).toEqual([
      'total: received.total 2159 ≠ online + directOrPostal + carriedOver = 2225 (2194 + 29 + 2)',
      'total: received.total 2159 ≠ resolved.total + pending.total = 2225 (2224 + 1)',
    ]);
  });

  it('passes the Q1 2024 figures, which reconcile', () => {
    const q1 = {
      total: {
        received: { total: 496, online: 493, direct: 2, carriedOver: 1 },
        resolved: { early: 409, onTime: 56, late: 4 },
        pending: { withinDeadline: 27, overdue: 0 },
      },
    };
    const { report } = deriveMissing(q1);
    expect(checkIdentities(report)).toEqual([]);
  });

  it('never overwrites a figure that was given, so a wrong total still shows', () => {
    const { report, derived } = deriveMissing({ resolved: { total: 10, early: 5, onTime: 4, late: 0 } });
    expect(derived).toEqual([]);
    expect(checkIdentities(report).map((b) => describeBreak(b, report))).toEqual([
      'total: resolved.total 10 ≠ early + onTime + late = 9 (5 + 4 + 0)',
    ]);
  });

  it('derives in every row and every report of a list', () => {
    const { derived } = deriveMissing([
      { total: { received: { direct: 1, postal: 2 } }, rows: [{ field: 'Hộ tịch', received: { postal: 3 } }] },
    ]);
    expect(derived.map((d) => `${d.where} ${d.key}=${d.value}`)).toEqual([
      'reports[0] total received.directOrPostal=3',
      'reports[0] rows[0] (Hộ tịch) received.directOrPostal=3',
    ]);
  });
});
