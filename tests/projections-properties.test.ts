// Property tests of the projections over random histories of several offices, with entries recorded
// late, stream orders that differ from business order, and corrections (some of them undone).
import { randomUUID } from 'node:crypto';
import {
  addCounts,
  CELLS,
  type Cell,
  type Counts,
  checkIdentities,
  createLedger,
  emptyCounts,
  type Form06Query,
  type Form06Report,
  type Ledger,
  loadLedger,
  type OfficeUnit,
  periodOf,
  rollUp,
} from '@motcua/projections';
import { createMemoryStore, type RecordedEvent } from '@motcua/store';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  boundaryQueries,
  buildLog,
  dayInWindow,
  historyArb,
  knownAtArb,
  OFFICES,
  officeScopeArb,
  periodArb,
  queryArb,
  reference,
  WINDOW_DAYS,
} from './projections-history.js';

const RUNS = Number(process.env.MOTCUA_PROPERTY_RUNS ?? 60);

function ledgerOf(events: readonly RecordedEvent[], opts: Parameters<typeof createLedger>[0] = {}): Ledger {
  const l = createLedger(opts);
  for (const e of events) l.apply(e);
  return l;
}

const get = (c: Counts, cell: Cell): number => {
  const [a, b = ''] = cell.split('.') as [keyof Counts, string?];
  const v = c[a];
  return typeof v === 'number' ? v : ((v as unknown as Record<string, number>)[b] ?? Number.NaN);
};

const rowsMap = (r: Form06Report) => new Map(r.rows.map(({ field, ...c }) => [field, c as Counts]));

/** Calendar and cut-off months and quarters of 2024 that lie inside the generated window. */
const QUARTERS = [1, 2] as const;
const CONVENTIONS = ['calendar', 'cutoff'] as const;

describe('Form 06 properties over random histories', () => {
  it('agrees with a literal reading of the counting rules (reference model), on both ledger paths', () => {
    fc.assert(
      fc.property(
        historyArb(60, 'medium'),
        fc.array(queryArb, { minLength: 1, maxLength: 4 }),
        fc.array(fc.nat(), { minLength: 4, maxLength: 8 }),
        knownAtArb,
        (specs, random, picks, knownAt) => {
          const events = buildLog(specs);
          const fast = ledgerOf(events);
          const general = ledgerOf(events, { generalOnly: true });
          const boundary = boundaryQueries(events, picks).map((p) => ({ ...p, ...(knownAt ? { knownAt } : {}) }));
          for (const q of [...random, ...boundary]) {
            const r = fast.form06(q);
            const ref = reference(events, q);
            expect(rowsMap(r)).toEqual(ref.rows);
            expect(r.indicators.onlinePaymentRate).toMatchObject({
              numerator: ref.paidOnline,
              denominator: ref.feeDue,
            });
            expect(r.indicators.digitisation.numerator).toBe(ref.digitised);
            expect(r.indicators.progress.numerator).toBe(ref.onTime766);
            expect(new Map(r.ruleSets.map((x) => [x.id, x.dossiers]))).toEqual(ref.ruleSets);
            expect(general.form06(q)).toEqual(r);
          }
        },
      ),
      { numRuns: RUNS },
    );
  });

  it('every identity holds for every row, period and office, as known at any moment', () => {
    fc.assert(
      fc.property(
        historyArb(),
        fc.array(queryArb, { minLength: 1, maxLength: 5 }),
        knownAtArb,
        (specs, queries, knownAt) => {
          const l = ledgerOf(buildLog(specs));
          const fixed: Form06Query[] = [];
          for (const convention of CONVENTIONS) {
            for (const quarter of QUARTERS) fixed.push(periodOf({ year: 2024, quarter, convention }));
            fixed.push(periodOf({ year: 2024, month: 3, convention }));
          }
          for (const q of [...queries, ...fixed.map((p) => ({ ...p, ...(knownAt ? { knownAt } : {}) }))]) {
            for (const offices of [undefined, ...OFFICES.map((o) => [o])]) {
              const r = l.form06({ ...q, ...(offices ? { offices } : {}) });
              expect(checkIdentities(r)).toEqual([]);
              for (const ratio of Object.values(r.indicators)) {
                expect(ratio.numerator).toBeLessThanOrEqual(ratio.denominator);
                expect(ratio.numerator).toBeGreaterThanOrEqual(0);
              }
            }
          }
        },
      ),
      { numRuns: RUNS },
    );
  });

  it('contiguous periods chain: carried over = pending at the end of the period before, total and rows', () => {
    fc.assert(
      fc.property(
        historyArb(),
        fc.uniqueArray(fc.integer({ min: 0, max: WINDOW_DAYS - 1 }), { minLength: 4, maxLength: 4 }),
        knownAtArb,
        officeScopeArb,
        (specs, cuts, knownAt, offices) => {
          const l = ledgerOf(buildLog(specs));
          const [a, b, c, d] = [...cuts].sort((x, y) => x - y) as [number, number, number, number];
          const extra = { ...(knownAt ? { knownAt } : {}), ...(offices ? { offices } : {}) };
          const reports = [
            [a, b],
            [b + 1, c],
            [c + 1, d],
          ].map(([f, t]) => l.form06({ from: dayInWindow(f!), to: dayInWindow(t!), ...extra }));
          expect(checkIdentities(reports)).toEqual([]);
        },
      ),
      { numRuns: RUNS },
    );
  });

  it('months add up to their quarter for received in the period and resolved, under both conventions', () => {
    fc.assert(
      fc.property(historyArb(), knownAtArb, (specs, knownAt) => {
        const l = ledgerOf(buildLog(specs));
        const k = knownAt ? { knownAt } : {};
        for (const convention of CONVENTIONS) {
          for (const quarter of QUARTERS) {
            const q = l.form06({ ...periodOf({ year: 2024, quarter, convention }), ...k });
            const months = [0, 1, 2].map((i) =>
              l.form06({ ...periodOf({ year: 2024, month: quarter * 3 - 2 + i, convention }), ...k }),
            );
            const additive = (c: Counts) => ({
              online: c.received.online,
              directOrPostal: c.received.directOrPostal,
              direct: c.received.direct,
              postal: c.received.postal,
              resolved: c.resolved,
              withdrawnOrReturned: c.withdrawnOrReturned,
            });
            const sum = months.map((m) => m.total).reduce(addCounts, emptyCounts());
            expect(additive(sum)).toEqual(additive(q.total));
            for (const row of q.rows) {
              const perMonth = months.map((m) => m.rows.find((r) => r.field === row.field) ?? emptyCounts());
              expect(additive(perMonth.reduce<Counts>(addCounts, emptyCounts()))).toEqual(additive(row));
            }
          }
        }
      }),
      { numRuns: RUNS },
    );
  });

  it('a roll-up equals the sum of its offices, row by row', () => {
    const H: OfficeUnit[] = [
      { code: 'P', name: 'Tỉnh', level: 'province', parent: null },
      { code: 'DX', name: 'Huyện X', level: 'district', parent: 'P' },
      { code: 'DY', name: 'Huyện Y', level: 'district', parent: 'P' },
      { code: 'X1', name: 'Xã X1', level: 'office', parent: 'DX' },
      { code: 'X2', name: 'Xã X2', level: 'office', parent: 'DX' },
      { code: 'Y1', name: 'Xã Y1', level: 'office', parent: 'DY' },
    ];
    fc.assert(
      fc.property(historyArb(), periodArb, knownAtArb, (specs, period, knownAt) => {
        const l = ledgerOf(buildLog(specs));
        const q = { ...period, ...(knownAt ? { knownAt } : {}) };
        for (const [unit, offices] of [
          ['P', ['X1', 'X2', 'Y1']],
          ['DX', ['X1', 'X2']],
          ['DY', ['Y1']],
        ] as const) {
          const rolled = rollUp(l, H, unit, q);
          const parts = offices.map((o) => l.form06({ ...q, offices: [o] }));
          expect(rolled.total).toEqual(parts.map((p) => p.total).reduce(addCounts, emptyCounts()));
          const byField = new Map<string, Counts>();
          for (const p of parts)
            for (const r of p.rows) byField.set(r.field, addCounts(byField.get(r.field) ?? emptyCounts(), r));
          expect(rowsMap(rolled)).toEqual(new Map([...byField].filter(([, c]) => c.received.total > 0)));
          expect(rolled.office).toBe(unit);
        }
      }),
      { numRuns: RUNS },
    );
  });

  it('incremental equals rebuild: queries in between and events delivered again change nothing', () => {
    fc.assert(
      fc.property(
        historyArb(),
        fc.array(queryArb, { minLength: 1, maxLength: 3 }),
        fc.integer({ min: 1, max: 25 }),
        (specs, queries, step) => {
          const events = buildLog(specs);
          const incremental = createLedger();
          for (let i = 0; i < events.length; i++) {
            incremental.apply(events[i]!);
            if (i % step === 0) {
              // Redeliver a few already-applied events (at-least-once) and look at a report mid-way.
              for (const e of events.slice(Math.max(0, i - 3), i + 1)) incremental.apply(e);
              incremental.form06(queries[0]!);
            }
          }
          const rebuilt = ledgerOf(events);
          for (const q of queries) expect(incremental.form06(q)).toEqual(rebuilt.form06(q));
          expect(incremental.lastPosition).toBe(rebuilt.lastPosition);
        },
      ),
      { numRuns: RUNS },
    );
  });

  it('a report with knownAt = T computed later equals the report computed at T', () => {
    fc.assert(
      fc.property(
        historyArb(),
        fc.array(periodArb, { minLength: 1, maxLength: 4 }),
        fc.nat(),
        (specs, periods, pick) => {
          const events = buildLog(specs);
          if (events.length === 0) return;
          // T: the recorded time of some event (ties included), or just before it.
          const at = events[pick % events.length]!;
          const T = new Date(Date.parse(at.recordedAt) - (pick % 2)).toISOString();
          const atT = ledgerOf(events.filter((e) => Date.parse(e.recordedAt) <= Date.parse(T)));
          const later = ledgerOf(events);
          for (const p of periods) {
            const q = { ...p, offices: [...OFFICES], knownAt: T };
            expect(later.form06(q)).toEqual(atT.form06(q));
            expect(later.form06(q)).toEqual({ ...atT.form06({ ...p, offices: [...OFFICES] }), knownAt: T });
            expect(later.drillDown({ ...q, cell: 'pending.overdue' })).toEqual(
              atT.drillDown({ ...q, cell: 'pending.overdue' }),
            );
          }
          const [office, code] = at.streamId.replace(/^dossier-/, '').split('-') as [string, string];
          expect(later.dossier(office, code, { knownAt: T })).toEqual(atT.dossier(office, code, { knownAt: T }));
          expect(later.timeline(office, code, { knownAt: T })).toEqual(atT.timeline(office, code));
        },
      ),
      { numRuns: RUNS },
    );
  });

  it('drill-down lists match their counts, for every cell of every row and the total', () => {
    fc.assert(
      fc.property(historyArb(), queryArb, (specs, q) => {
        const l = ledgerOf(buildLog(specs));
        const r = l.form06(q);
        const several = r.offices.length > 1;
        for (const cell of CELLS) {
          const all = l.drillDown({ ...q, cell });
          expect(all).toHaveLength(get(r.total, cell));
          expect(new Set(all).size).toBe(all.length);
          if (several) for (const code of all) expect(code).toMatch(/^[A-Z0-9]+\/D\d+$/);
          for (const row of r.rows) expect(l.drillDown({ ...q, cell, field: row.field })).toHaveLength(get(row, cell));
        }
      }),
      { numRuns: RUNS },
    );
  });

  it('loading through the in-memory store (injected clock) gives the same reports as applying directly', async () => {
    await fc.assert(
      fc.asyncProperty(historyArb(15), fc.array(queryArb, { minLength: 1, maxLength: 3 }), async (specs, queries) => {
        const events = buildLog(specs);
        let now = new Date(0);
        const store = createMemoryStore({ clock: () => now });
        for (const e of events) {
          now = new Date(e.recordedAt);
          await store.append(
            e.streamId,
            [
              {
                type: e.type,
                schemaVersion: e.schemaVersion,
                data: e.data,
                meta: { ...e.meta, commandId: randomUUID() },
              },
            ],
            'any',
          );
        }
        const loaded = await loadLedger(store, { batchSize: 7 });
        const direct = ledgerOf(events);
        for (const q of queries) {
          expect(loaded.form06(q)).toEqual(direct.form06(q));
        }
        await store.close();
      }),
      { numRuns: 20 },
    );
  });
});
