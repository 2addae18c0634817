// The 2025 rules in the projections: the stop notice in Biểu 06, the 766 progress figure where the
// national formula differs from Biểu 06, and the rule sets a report names. Every case on both ledger
// paths (columnar and general), which must agree.
import { describe, expect, it } from 'vitest';
import { logBuilder } from './fixtures.js';
import { createLedger, type Form06Query } from './ledger.js';
import type { Form06Report } from './report.js';

const OFF = 'BOHA';
const Q3_2025 = { from: '2025-07-01', to: '2025-09-30' };

type Builder = ReturnType<typeof logBuilder>;
const open = (b: Builder, code: string, receivedAt: string, dueAt: string) =>
  b.open(OFF, code, { field: 'Hộ tịch', channel: 'online', receivedAt, dueAt });

/** The report on both paths; they must be equal, and the one is returned. */
function report(b: Builder, q: Form06Query): Form06Report {
  const fast = createLedger();
  const general = createLedger({ generalOnly: true });
  for (const e of b.events) {
    fast.apply(e);
    general.apply(e);
  }
  const r = fast.form06(q);
  expect(general.form06(q)).toEqual(r);
  return r;
}

describe('the stop notice in Biểu 06', () => {
  it('finishes the dossier and counts with withdrawn or returned: resolved, on time, withdrawnOrReturned', () => {
    const b = logBuilder();
    open(b, 'S', '2025-07-15T08:00:00+07:00', '2025-07-21T17:00:00+07:00');
    b.supplementRequested(OFF, 'S', { at: '2025-07-16T09:00:00+07:00' });
    b.stopped(OFF, 'S', { at: '2025-08-20T10:00:00+07:00' });
    const r = report(b, Q3_2025);
    expect(r.total).toMatchObject({
      received: { total: 1, online: 1 },
      resolved: { total: 1, early: 0, onTime: 1, late: 0 },
      pending: { total: 0 },
      withdrawnOrReturned: 1,
      awaitingSupplement: 0,
    });
    const l = createLedger();
    for (const e of b.events) l.apply(e);
    expect(l.drillDown({ ...Q3_2025, cell: 'withdrawnOrReturned' })).toEqual(['S']);
    expect(l.dossier(OFF, 'S')?.finished).toMatchObject({ type: 'ProcessingStopped', kind: 'withdrawnOrReturned' });
  });

  it('a second finish after a stop is bad input (rule 7)', () => {
    const b = logBuilder();
    open(b, 'S', '2025-07-15T08:00:00+07:00', '2025-07-21T17:00:00+07:00');
    b.stopped(OFF, 'S', { at: '2025-07-18T10:00:00+07:00' });
    b.withdrawn(OFF, 'S', { at: '2025-07-19T10:00:00+07:00' });
    const l = createLedger();
    expect(() => {
      for (const e of b.events) l.apply(e);
    }).toThrow(/finished twice/);
  });
});

describe('the 766 progress figure follows the national formula where it differs from Biểu 06', () => {
  const DUE = '2025-07-21T17:00:00+07:00';

  it('a stop or a refusal after the due date: on time in Biểu 06, late in the 766 figure', () => {
    const b = logBuilder();
    open(b, 'S', '2025-07-15T08:00:00+07:00', DUE);
    b.stopped(OFF, 'S', { at: '2025-07-25T10:00:00+07:00' });
    open(b, 'R', '2025-07-15T08:00:00+07:00', DUE);
    b.resolved(OFF, 'R', 'refused', { at: '2025-07-25T10:00:00+07:00' });
    open(b, 'W', '2025-07-15T08:00:00+07:00', DUE);
    b.withdrawn(OFF, 'W', { at: '2025-07-25T10:00:00+07:00' }); // a withdrawal stays on time in both
    const r = report(b, Q3_2025);
    expect(r.total.resolved).toEqual({ total: 3, early: 0, onTime: 3, late: 0 });
    expect(r.indicators.progress).toEqual({ numerator: 1, denominator: 3, value: 1 / 3 });
    // Biểu 06's own ratios are unchanged.
    expect(r.indicators.earlyOrOnTimeOverHandled).toEqual({ numerator: 3, denominator: 3, value: 1 });
  });

  it('the end is the resolution, not the return: approved on time, returned late, is on time for 766', () => {
    const b = logBuilder();
    open(b, 'A', '2025-07-15T08:00:00+07:00', DUE);
    b.resolved(OFF, 'A', 'approved', { at: '2025-07-21T15:00:00+07:00' });
    b.returned(OFF, 'A', { at: '2025-07-23T09:00:00+07:00' });
    const r = report(b, Q3_2025);
    expect(r.total.resolved).toMatchObject({ total: 1, late: 1 });
    expect(r.indicators.progress).toMatchObject({ numerator: 1, denominator: 1 });
  });

  it('an approval on time still waiting to be returned at the period end is on time, though overdue in Biểu 06', () => {
    const b = logBuilder();
    open(b, 'A', '2025-09-22T08:00:00+07:00', '2025-09-26T17:00:00+07:00');
    b.resolved(OFF, 'A', 'approved', { at: '2025-09-25T15:00:00+07:00' });
    const r = report(b, Q3_2025);
    expect(r.total.pending).toEqual({ total: 1, withinDeadline: 0, overdue: 1 });
    expect(r.indicators.progress).toMatchObject({ numerator: 1, denominator: 1 });
    // Resolved late: late in both.
    const late = logBuilder();
    open(late, 'A', '2025-09-22T08:00:00+07:00', '2025-09-24T17:00:00+07:00');
    late.resolved(OFF, 'A', 'approved', { at: '2025-09-25T15:00:00+07:00' });
    expect(report(late, Q3_2025).indicators.progress).toMatchObject({ numerator: 0, denominator: 1 });
  });

  it('more than one supplement request counts as late, finished early or pending within deadline', () => {
    const b = logBuilder();
    for (const code of ['E', 'P']) {
      open(b, code, '2025-07-15T08:00:00+07:00', DUE);
      b.supplementRequested(OFF, code, { at: '2025-07-15T09:00:00+07:00' });
      b.supplementProvided(OFF, code, '2025-07-22T17:00:00+07:00', { at: '2025-07-16T09:00:00+07:00' });
      b.supplementRequested(OFF, code, { at: '2025-07-16T10:00:00+07:00' });
      b.supplementProvided(OFF, code, '2025-07-23T17:00:00+07:00', { at: '2025-07-17T09:00:00+07:00' });
    }
    b.resolved(OFF, 'E', 'approved', { at: '2025-07-18T09:00:00+07:00' });
    b.returned(OFF, 'E', { at: '2025-07-18T10:00:00+07:00' });
    const r = report(b, { from: '2025-07-01', to: '2025-07-18' });
    expect(r.total.resolved).toMatchObject({ total: 1, early: 1 });
    expect(r.total.pending).toMatchObject({ total: 1, withinDeadline: 1 });
    expect(r.indicators.progress).toMatchObject({ numerator: 0, denominator: 2 });
    // One request only: on time in both.
    const one = logBuilder();
    open(one, 'E', '2025-07-15T08:00:00+07:00', DUE);
    one.supplementRequested(OFF, 'E', { at: '2025-07-15T09:00:00+07:00' });
    one.supplementProvided(OFF, 'E', '2025-07-22T17:00:00+07:00', { at: '2025-07-16T09:00:00+07:00' });
    expect(report(one, { from: '2025-07-01', to: '2025-07-18' }).indicators.progress).toMatchObject({ numerator: 1 });
  });

  it('counts a second request only once it was made: a period ending before it is unaffected', () => {
    const b = logBuilder();
    open(b, 'P', '2025-07-15T08:00:00+07:00', DUE);
    b.supplementRequested(OFF, 'P', { at: '2025-07-15T09:00:00+07:00' });
    b.supplementProvided(OFF, 'P', '2025-07-22T17:00:00+07:00', { at: '2025-07-16T09:00:00+07:00' });
    b.supplementRequested(OFF, 'P', { at: '2025-07-21T10:00:00+07:00' });
    expect(report(b, { from: '2025-07-01', to: '2025-07-18' }).indicators.progress).toMatchObject({ numerator: 1 });
    expect(report(b, { from: '2025-07-01', to: '2025-07-21' }).indicators.progress).toMatchObject({ numerator: 0 });
  });
});

describe('the rule sets a report names', () => {
  it('lists the rule set of each counted dossier by its receipt day in office time, with its legal basis', () => {
    const b = logBuilder();
    // Received 30 June 2025 at 23:30 in Hà Nội (16:30Z): still Nghị định 61/2018, carried over into Q3.
    open(b, 'OLD', '2025-06-30T16:30:00Z', '2025-07-04T17:00:00+07:00');
    // Received 1 July 2025 at 00:30 in Hà Nội, written in UTC as 30 June.
    open(b, 'NEW', '2025-06-30T17:30:00Z', '2025-07-07T17:00:00+07:00');
    const r = report(b, Q3_2025);
    expect(r.ruleSets.map((x) => [x.id, x.dossiers])).toEqual([
      ['nd61-2018', 1],
      ['nd118-2025', 1],
    ]);
    expect(r.ruleSets[0]!.legalBasis.map((d) => d.number)).toEqual(['61/2018/NĐ-CP', '107/2021/NĐ-CP']);
    expect(r.ruleSets[1]).toMatchObject({
      validFrom: '2025-07-01',
      validTo: null,
      legalBasis: [{ number: '118/2025/NĐ-CP' }, { number: '03/2025/TT-VPCP' }],
    });
    expect(r.ruleSets[0]).toMatchObject({ validFrom: null, validTo: '2025-06-30' });
  });

  it('names only the rule sets of dossiers counted: the old one goes once its dossiers are finished', () => {
    const b = logBuilder();
    open(b, 'OLD', '2025-06-20T08:00:00+07:00', '2025-06-26T17:00:00+07:00');
    b.returned(OFF, 'OLD', { at: '2025-06-25T10:00:00+07:00' });
    open(b, 'NEW', '2025-07-02T08:00:00+07:00', '2025-07-08T17:00:00+07:00');
    b.returned(OFF, 'NEW', { at: '2025-07-07T10:00:00+07:00' });
    expect(report(b, Q3_2025).ruleSets.map((x) => x.id)).toEqual(['nd118-2025']);
    expect(report(b, { from: '2025-06-15', to: '2025-09-14' }).ruleSets.map((x) => x.id)).toEqual([
      'nd61-2018',
      'nd118-2025',
    ]);
    expect(report(b, { from: '2025-01-01', to: '2025-01-31' }).ruleSets).toEqual([]);
  });
});
