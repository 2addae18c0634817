import { describe, expect, it } from 'vitest';
import { ProjectionError } from './errors.js';
import { logBuilder } from './fixtures.js';
import { createLedger, type Ledger } from './ledger.js';
import type { Counts } from './report.js';

const Q1 = { from: '2024-01-01', to: '2024-03-31' };
const Q2 = { from: '2024-04-01', to: '2024-06-30' };
const OFF = 'DONGSON';

function ledgerOf(b: ReturnType<typeof logBuilder>): Ledger {
  const l = createLedger();
  for (const e of b.events) l.apply(e);
  return l;
}

/** Only the non-zero cells, flattened: keeps each example's expectation readable. */
function nz(c: Counts): Record<string, number> {
  const out: Record<string, number> = {};
  const walk = (o: object, prefix: string) => {
    for (const [k, v] of Object.entries(o)) {
      if (typeof v === 'number') {
        if (v !== 0) out[prefix + k] = v;
      } else walk(v as object, `${prefix}${k}.`);
    }
  };
  walk(c, '');
  return out;
}

const open = (b: ReturnType<typeof logBuilder>, code: string, receivedAt: string, dueAt: string, extra = {}) =>
  b.open(OFF, code, { field: 'Hộ tịch', channel: 'online', receivedAt, dueAt, ...extra });

describe('Form 06 counting rules', () => {
  it('an empty period is all zeros with no rows', () => {
    const r = createLedger().form06(Q1);
    expect(r.rows).toEqual([]);
    expect(nz(r.total)).toEqual({});
    expect(r.indicators.progress).toEqual({ numerator: 0, denominator: 0, value: null });
    expect(r.period).toEqual(Q1);
  });

  it('rule 4: received in the period split by channel; rule 5: early, on time, late by finish day', () => {
    const b = logBuilder();
    open(b, 'A', '2024-01-02T08:00:00+07:00', '2024-01-10T17:00:00+07:00');
    b.returned(OFF, 'A', { at: '2024-01-09T09:00:00+07:00' }); // early
    b.open(OFF, 'B', {
      field: 'Hộ tịch',
      channel: 'direct',
      receivedAt: '2024-01-03T08:00:00+07:00',
      dueAt: '2024-01-10T17:00:00+07:00',
    });
    b.returned(OFF, 'B', { at: '2024-01-10T16:59:00+07:00' }); // on time
    b.open(OFF, 'C', {
      field: 'Chứng thực',
      channel: 'postal',
      receivedAt: '2024-01-03T08:00:00+07:00',
      dueAt: '2024-01-10T17:00:00+07:00',
    });
    b.returned(OFF, 'C', { at: '2024-01-11T07:30:00+07:00' }); // late
    const r = ledgerOf(b).form06(Q1);
    expect(nz(r.total)).toEqual({
      'received.total': 3,
      'received.online': 1,
      'received.directOrPostal': 2,
      'received.direct': 1,
      'received.postal': 1,
      'resolved.total': 3,
      'resolved.early': 1,
      'resolved.onTime': 1,
      'resolved.late': 1,
    });
    expect(r.rows.map((x) => x.field)).toEqual(['Chứng thực', 'Hộ tịch']);
    expect(r.rows[0]!.resolved.late).toBe(1);
  });

  it('days are taken in Asia/Ho_Chi_Minh whatever the offset: 2024-03-31T23:30:00Z is 1 April', () => {
    const b = logBuilder();
    open(b, 'A', '2024-03-31T23:30:00Z', '2024-04-05T10:00:00Z');
    open(b, 'B', '2024-03-31T16:59:59Z', '2024-04-05T10:00:00Z'); // 23:59:59 on 31 March in Vietnam
    const l = ledgerOf(b);
    expect(l.form06(Q1).total.received.total).toBe(1);
    expect(l.drillDown({ ...Q1, cell: 'received.total' })).toEqual(['B']);
    expect(l.form06(Q2).total.received).toMatchObject({ total: 2, online: 1, carriedOver: 1 });
  });

  it('finish and due days compare in office time: returned 00:30 +07 the day after due is late', () => {
    const b = logBuilder();
    open(b, 'A', '2024-01-02T08:00:00+07:00', '2024-01-10T10:00:00Z'); // due 10 Jan in VN
    b.returned(OFF, 'A', { at: '2024-01-10T17:30:00Z' }); // 00:30 on 11 Jan in VN
    expect(ledgerOf(b).form06(Q1).total.resolved.late).toBe(1);
  });

  it('rule 3: carried over = received before from and not finished before from; finished before from is out', () => {
    const b = logBuilder();
    open(b, 'OLD', '2023-12-01T08:00:00+07:00', '2023-12-05T17:00:00+07:00');
    b.returned(OFF, 'OLD', { at: '2023-12-05T08:00:00+07:00' });
    open(b, 'CARRY', '2023-12-28T08:00:00+07:00', '2024-01-05T17:00:00+07:00');
    b.returned(OFF, 'CARRY', { at: '2024-01-04T08:00:00+07:00' });
    open(b, 'EDGE', '2023-12-28T08:00:00+07:00', '2024-01-05T17:00:00+07:00');
    b.returned(OFF, 'EDGE', { at: '2024-01-01T00:10:00+07:00' }); // finished on `from`: still carried
    const r = ledgerOf(b).form06(Q1);
    expect(nz(r.total)).toEqual({
      'received.total': 2,
      'received.carriedOver': 2,
      'resolved.total': 2,
      'resolved.early': 2,
    });
  });

  it('rule 6: pending within deadline when due day ≥ to, overdue otherwise; due on `to` is within', () => {
    const b = logBuilder();
    open(b, 'WITHIN', '2024-03-20T08:00:00+07:00', '2024-04-02T17:00:00+07:00');
    open(b, 'ONTO', '2024-03-20T08:00:00+07:00', '2024-03-31T17:00:00+07:00');
    open(b, 'OVER', '2024-03-01T08:00:00+07:00', '2024-03-30T17:00:00+07:00');
    open(b, 'NEXT', '2024-03-01T08:00:00+07:00', '2024-03-30T17:00:00+07:00');
    b.returned(OFF, 'NEXT', { at: '2024-04-01T08:00:00+07:00' }); // finished after `to`: pending at end
    const l = ledgerOf(b);
    const r = l.form06(Q1);
    expect(nz(r.total)).toEqual({
      'received.total': 4,
      'received.online': 4,
      'pending.total': 4,
      'pending.withinDeadline': 2,
      'pending.overdue': 2,
    });
    expect(l.drillDown({ ...Q1, cell: 'pending.overdue' })).toEqual(['NEXT', 'OVER']);
  });

  it('a supplement wait keeps a pending dossier within deadline and moves the due day', () => {
    const b = logBuilder();
    open(b, 'WAIT', '2024-03-01T08:00:00+07:00', '2024-03-10T17:00:00+07:00');
    b.supplementRequested(OFF, 'WAIT', { at: '2024-03-05T08:00:00+07:00' });
    open(b, 'MOVED', '2024-03-01T08:00:00+07:00', '2024-03-10T17:00:00+07:00');
    b.supplementRequested(OFF, 'MOVED', { at: '2024-03-02T08:00:00+07:00' });
    b.supplementProvided(OFF, 'MOVED', '2024-03-20T17:00:00+07:00', { at: '2024-03-12T08:00:00+07:00' });
    b.returned(OFF, 'MOVED', { at: '2024-03-20T09:00:00+07:00' }); // on the moved due day: on time
    b.supplementProvided(OFF, 'WAIT', '2024-04-20T17:00:00+07:00', { at: '2024-04-05T08:00:00+07:00' });
    const l = ledgerOf(b);
    const r = l.form06(Q1);
    expect(r.total.pending).toEqual({ total: 1, withinDeadline: 1, overdue: 0 });
    expect(r.total.awaitingSupplement).toBe(1);
    expect(r.total.resolved).toEqual({ total: 1, early: 0, onTime: 1, late: 0 });
    // In March alone, MOVED is pending at 15 March with due 20 March; WAIT still waits.
    const mid = l.form06({ from: '2024-03-01', to: '2024-03-15' });
    expect(mid.total.pending).toEqual({ total: 2, withinDeadline: 2, overdue: 0 });
    expect(mid.total.awaitingSupplement).toBe(1);
    expect(l.drillDown({ from: '2024-03-01', to: '2024-03-15', cell: 'awaitingSupplement' })).toEqual(['WAIT']);
  });

  it('an apology with a new date never changes the due day: still late, and counted in lateRescheduled', () => {
    const b = logBuilder();
    open(b, 'R', '2024-01-02T08:00:00+07:00', '2024-01-10T17:00:00+07:00');
    b.rescheduled(OFF, 'R', '2024-01-20T17:00:00+07:00', { at: '2024-01-09T08:00:00+07:00' });
    b.returned(OFF, 'R', { at: '2024-01-15T08:00:00+07:00' });
    open(b, 'P', '2024-03-01T08:00:00+07:00', '2024-03-10T17:00:00+07:00');
    b.rescheduled(OFF, 'P', '2024-04-20T17:00:00+07:00', { at: '2024-03-09T08:00:00+07:00' });
    const r = ledgerOf(b).form06(Q1);
    expect(r.total.resolved.late).toBe(1);
    expect(r.total.pending.overdue).toBe(1);
    expect(r.total.lateRescheduled).toBe(2);
  });

  it('withdrawn, returned unprocessed and refused count on time and in withdrawnOrReturned; approved does not finish', () => {
    const b = logBuilder();
    for (const code of ['W', 'U', 'F', 'A']) open(b, code, '2024-01-02T08:00:00+07:00', '2024-01-05T17:00:00+07:00');
    b.withdrawn(OFF, 'W', { at: '2024-02-01T08:00:00+07:00' }); // long after due: still on time
    b.returnedUnprocessed(OFF, 'U', { at: '2024-01-03T08:00:00+07:00' });
    b.resolved(OFF, 'F', 'refused', { at: '2024-01-20T08:00:00+07:00' });
    b.resolved(OFF, 'A', 'approved', { at: '2024-01-04T08:00:00+07:00' });
    const r = ledgerOf(b).form06(Q1);
    expect(r.total.resolved).toEqual({ total: 3, early: 0, onTime: 3, late: 0 });
    expect(r.total.withdrawnOrReturned).toBe(3);
    expect(r.total.pending).toEqual({ total: 1, withinDeadline: 0, overdue: 1 });
  });

  it('a transferred-in dossier counts like a receipt at its receivedAt', () => {
    const b = logBuilder();
    b.open(
      OFF,
      'T',
      {
        field: 'Đất đai',
        channel: 'direct',
        receivedAt: '2023-12-20T08:00:00+07:00',
        dueAt: '2024-01-20T17:00:00+07:00',
        transferredIn: true,
      },
      { at: '2024-01-03T08:00:00+07:00' },
    );
    const r = ledgerOf(b).form06(Q1);
    expect(r.total.received).toMatchObject({ total: 1, carriedOver: 1, direct: 0 });
  });

  it('rule 7: finished before received, or finished twice, is refused and changes nothing', () => {
    const b = logBuilder();
    open(b, 'A', '2024-01-02T08:00:00+07:00', '2024-01-05T17:00:00+07:00');
    const early = b.returned(OFF, 'A', { at: '2024-01-01T08:00:00+07:00' });
    const l = createLedger();
    l.apply(b.events[0]!);
    expect(() => l.apply(early)).toThrowError(expect.objectContaining({ code: 'FINISHED_BEFORE_RECEIVED' }));
    expect(l.lastPosition).toBe(1n);
    expect(l.form06(Q1).total.pending.total).toBe(1);
    const ok = b.returned(OFF, 'A', { at: '2024-01-03T08:00:00+07:00' });
    l.apply(ok);
    const twice = b.withdrawn(OFF, 'A', { at: '2024-01-04T08:00:00+07:00' });
    expect(() => l.apply(twice)).toThrowError(ProjectionError);
    expect(() => l.apply(twice)).toThrowError(/finished twice/);
    expect(l.form06(Q1).total.resolved).toEqual({ total: 1, early: 1, onTime: 0, late: 0 });
  });

  it('refuses bad queries with a typed error naming the parameter', () => {
    const l = createLedger();
    expect(() => l.form06({ from: '2024-04-01', to: '2024-03-31' })).toThrowError(
      expect.objectContaining({ code: 'INVALID_PERIOD' }),
    );
    expect(() => l.form06({ from: '2024-02-30', to: '2024-03-31' })).toThrowError(/from/);
    expect(() => l.form06({ from: '2024-01-01', to: 'soon' })).toThrowError(
      expect.objectContaining({ code: 'INVALID_PERIOD' }),
    );
    expect(() => l.form06({ ...Q1, knownAt: 'yesterday' })).toThrowError(
      expect.objectContaining({ code: 'INVALID_QUERY' }),
    );
    expect(() => l.drillDown({ ...Q1, cell: 'nope' as never })).toThrowError(/cell/);
  });

  it('apply is idempotent on position', () => {
    const b = logBuilder();
    open(b, 'A', '2024-01-02T08:00:00+07:00', '2024-01-05T17:00:00+07:00');
    b.returned(OFF, 'A', { at: '2024-01-03T08:00:00+07:00' });
    const l = createLedger();
    for (const e of [...b.events, ...b.events]) l.apply(e);
    expect(l.form06(Q1).total.resolved.total).toBe(1);
    expect(l.lastPosition).toBe(2n);
  });
});

describe('bitemporal: knownAt and corrections', () => {
  it('an entry recorded late changes a past period only for queries made after it was recorded', () => {
    const b = logBuilder();
    open(b, 'A', '2024-03-20T08:00:00+07:00', '2024-03-29T17:00:00+07:00', {});
    // Returned on 28 March but entered on 5 April.
    b.returned(OFF, 'A', { at: '2024-03-28T08:00:00+07:00', recordedAt: '2024-04-05T09:00:00+07:00' });
    const l = ledgerOf(b);
    expect(l.form06({ ...Q1, knownAt: '2024-04-01T08:00:00+07:00' }).total.pending.total).toBe(1);
    expect(l.form06({ ...Q1, knownAt: '2024-04-01' }).total.pending.total).toBe(1);
    expect(l.form06({ ...Q1, knownAt: '2024-04-05' }).total.resolved.early).toBe(1);
    expect(l.form06(Q1).total.resolved.early).toBe(1);
    expect(l.form06({ ...Q1, knownAt: '2024-03-01T00:00:00Z' }).total.received.total).toBe(0);
  });

  it('a correction replaces the superseded event from the moment it is recorded; null retracts it', () => {
    const b = logBuilder();
    open(b, 'A', '2024-03-01T08:00:00+07:00', '2024-03-10T17:00:00+07:00');
    b.returned(OFF, 'A', { at: '2024-03-12T08:00:00+07:00', eventId: 'ret-A' }); // late as typed
    open(b, 'B', '2024-03-01T08:00:00+07:00', '2024-03-10T17:00:00+07:00', { field: 'Chứng thực' });
    b.withdrawn(OFF, 'B', { at: '2024-03-02T08:00:00+07:00', eventId: 'wd-B' });
    b.corrected(
      OFF,
      'A',
      'ret-A',
      { type: 'ResultReturned', occurredAt: '2024-03-08T08:00:00+07:00', data: {} },
      { at: '2024-04-03T08:00:00+07:00' },
    );
    b.corrected(OFF, 'B', 'wd-B', null, { at: '2024-04-04T08:00:00+07:00' });
    const l = ledgerOf(b);
    const before = l.form06({ ...Q1, knownAt: '2024-04-02' });
    expect(before.total.resolved).toEqual({ total: 2, early: 0, onTime: 1, late: 1 });
    const after = l.form06(Q1);
    expect(after.total.resolved).toEqual({ total: 1, early: 1, onTime: 0, late: 0 });
    expect(after.total.pending).toEqual({ total: 1, withinDeadline: 0, overdue: 1 });
    const tl = l.timeline(OFF, 'A');
    expect(tl.map((t) => [t.type, t.correctedBy ?? null])).toEqual([
      ['DossierReceived', null],
      ['ResultReturned', tl[2]!.eventId],
      ['EventCorrected', null],
    ]);
    expect(l.timeline(OFF, 'A', { knownAt: '2024-04-02' }).map((t) => t.correctedBy)).toEqual([undefined, undefined]);
    expect(l.dossier(OFF, 'A')?.finished).toMatchObject({ day: '2024-03-08', outcome: 'early' });
    expect(l.dossier(OFF, 'B')?.status).toBe('processing');
    expect(l.dossier(OFF, 'B', { knownAt: '2024-04-02' })?.status).toBe('finished');
  });

  it('a correction may move a dossier to another field or period', () => {
    const b = logBuilder();
    b.open(
      OFF,
      'A',
      {
        field: 'Hộ tịch',
        channel: 'online',
        receivedAt: '2024-03-01T08:00:00+07:00',
        dueAt: '2024-03-10T17:00:00+07:00',
      },
      { eventId: 'open-A' },
    );
    b.corrected(
      OFF,
      'A',
      'open-A',
      {
        type: 'DossierReceived',
        occurredAt: '2024-04-01T08:00:00+07:00',
        data: {
          office: OFF,
          dossierCode: 'A',
          procedureCode: null,
          field: 'Chứng thực',
          channel: 'direct',
          receivedAt: '2024-04-01T08:00:00+07:00',
          dueAt: '2024-04-10T17:00:00+07:00',
          applicantRef: null,
        },
      },
      { at: '2024-04-02T08:00:00+07:00' },
    );
    const l = ledgerOf(b);
    expect(l.form06(Q1).rows).toEqual([]);
    expect(l.form06(Q2).rows.map((r) => [r.field, r.received.direct])).toEqual([['Chứng thực', 1]]);
    expect(l.form06({ ...Q1, knownAt: '2024-04-01T12:00:00+07:00' }).rows.map((r) => r.field)).toEqual(['Hộ tịch']);
  });
});

describe('indicators', () => {
  it('computes the 766 ratios with numerators and denominators', () => {
    const b = logBuilder();
    open(b, 'A', '2024-01-02T08:00:00+07:00', '2024-01-10T17:00:00+07:00');
    b.digitised(OFF, 'A', 'papers', { at: '2024-01-02T08:10:00+07:00' });
    b.feePaid(OFF, 'A', 'online', 50000, { at: '2024-01-02T08:20:00+07:00' });
    b.returned(OFF, 'A', { at: '2024-01-05T08:00:00+07:00' });
    b.digitised(OFF, 'A', 'result', { at: '2024-01-05T08:10:00+07:00' });
    b.open(OFF, 'B', {
      field: 'Hộ tịch',
      channel: 'direct',
      receivedAt: '2024-01-03T08:00:00+07:00',
      dueAt: '2024-01-04T17:00:00+07:00',
    });
    b.digitised(OFF, 'B', 'papers', { at: '2024-01-03T08:10:00+07:00' });
    b.feePaid(OFF, 'B', 'counter', 20000, { at: '2024-01-03T08:20:00+07:00' });
    b.returned(OFF, 'B', { at: '2024-01-08T08:00:00+07:00' }); // late, result not digitised
    open(b, 'C', '2024-03-30T08:00:00+07:00', '2024-04-10T17:00:00+07:00');
    b.digitised(OFF, 'C', 'papers', { at: '2024-03-30T08:10:00+07:00' });
    const i = ledgerOf(b).form06(Q1).indicators;
    expect(i.progress).toEqual({ numerator: 2, denominator: 3, value: 2 / 3 });
    expect(i.onlineRate).toEqual({ numerator: 2, denominator: 3, value: 2 / 3 });
    expect(i.onlinePaymentRate).toEqual({ numerator: 1, denominator: 2, value: 0.5 });
    expect(i.digitisation).toEqual({ numerator: 2, denominator: 3, value: 2 / 3 });
    expect(i.earlyOrOnTimeOverHandled).toEqual({ numerator: 1, denominator: 3, value: 1 / 3 });
    expect(i.earlyOrOnTimeOverResolved).toEqual({ numerator: 1, denominator: 2, value: 0.5 });
  });

  it('a procedure fee from the catalogue puts an unpaid dossier in the payment denominator', () => {
    const b = logBuilder();
    open(b, 'A', '2024-01-02T08:00:00+07:00', '2024-01-10T17:00:00+07:00', { procedureCode: 'P1' });
    open(b, 'B', '2024-01-02T08:00:00+07:00', '2024-01-10T17:00:00+07:00', { procedureCode: 'FREE' });
    const l = createLedger({ procedureFee: (p) => (p === 'P1' ? 10000 : 0) });
    for (const e of b.events) l.apply(e);
    expect(l.form06(Q1).indicators.onlinePaymentRate).toEqual({ numerator: 0, denominator: 1, value: 0 });
  });
});
