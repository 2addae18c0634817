// Reports across a change of the map (issue 14 item 2), over random histories of dossiers received in
// 2025 around the change of 1 July: offices X1 and X2 (communes) end on 30 June and xã Y1 takes over from
// 1 July, all under province P. A dossier received before the change is X1's or X2's, one received after
// it Y1's (as the server enforces, item 3). Properties: every identity holds for every unit's report over
// any period; the successor's carried over on its first day is the sum of its predecessors' pending on
// their last day; a roll-up is the sum of the units in force under it on the period's last day.
import { foldCatalogue, toVnIso, type UnitData } from '@motcua/domain';
import { addCounts, checkIdentities, createLedger, emptyCounts, type Ledger, unitForm06 } from '@motcua/projections';
import type { RecordedEvent } from '@motcua/store';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildLog, type DossierSpec, historyArb, T0 } from './projections-history.js';

const DAY = 86_400_000;
/** The generated window starts CHANGE_AT days before the change: its day CHANGE_AT is 1 July 2025. */
const CHANGE_AT = 90;
const SHIFT = Date.parse('2025-07-01T00:00:00+07:00') - CHANGE_AT * DAY - T0;

type Loose = Omit<Partial<UnitData>, 'validFrom' | 'validTo'> & { validFrom?: string; validTo?: string };
const unit = (u: Loose & Pick<UnitData, 'code' | 'level'>): UnitData =>
  ({ name: u.code, parent: null, validFrom: null, validTo: null, successor: null, office: null, ...u }) as UnitData;
const CATALOGUE = foldCatalogue(
  [
    unit({ code: 'P', level: 'province', name: 'tỉnh P' }),
    unit({ code: 'X1', level: 'commune', parent: 'P', validTo: '2025-06-30', successor: 'Y1' }),
    unit({ code: 'X2', level: 'commune', parent: 'P', validTo: '2025-06-30', successor: 'Y1' }),
    unit({ code: 'Y1', level: 'commune', parent: 'P', validFrom: '2025-07-01' }),
  ].map((data) => ({ type: 'UnitRecorded' as const, data })),
);

/** The office a dossier received at that minute belongs to. */
const withOffices = (specs: readonly DossierSpec[]): DossierSpec[] =>
  specs.map((s) => ({
    ...s,
    // A receipt corrected to another day could cross the change; the catalogue is not what it tests.
    correction: undefined,
    office: s.recvMin >= CHANGE_AT * 1440 ? 'Y1' : s.office === 'Y1' ? 'X1' : s.office,
  })) as DossierSpec[];

const INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/;
/** Every instant of the log moved by whole days (so every day boundary moves with it) into 2025. */
function shifted(log: readonly RecordedEvent[]): RecordedEvent[] {
  const move = (v: unknown): unknown => {
    if (typeof v === 'string' && INSTANT.test(v)) {
      const ms = Date.parse(v) + SHIFT;
      return v.endsWith('Z') ? new Date(ms).toISOString() : toVnIso(ms);
    }
    if (Array.isArray(v)) return v.map(move);
    if (v && typeof v === 'object') return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, move(x)]));
    return v;
  };
  return log.map((e) => ({
    ...e,
    recordedAt: move(e.recordedAt) as string,
    data: move(e.data),
    meta: move(e.meta) as RecordedEvent['meta'],
  }));
}

function ledgerOf(specs: readonly DossierSpec[]): Ledger {
  const ledger = createLedger({ keepEvents: false });
  for (const e of shifted(buildLog(withOffices(specs)))) ledger.apply(e);
  return ledger;
}

const dayArb = fc
  .integer({ min: 0, max: 200 })
  .map((d) => new Date(Date.parse('2025-04-02T12:00:00+07:00') + d * DAY).toISOString().slice(0, 10));
const periodArb = fc.tuple(dayArb, dayArb).map(([a, b]) => (a <= b ? { from: a, to: b } : { from: b, to: a }));
const RUNS = 60;

describe('reports across a change of the map', () => {
  it('every identity holds for every unit and period across the change', () => {
    fc.assert(
      fc.property(historyArb(30), periodArb, (specs, period) => {
        const ledger = ledgerOf(specs);
        for (const u of ['P', 'X1', 'X2', 'Y1']) {
          if (u.startsWith('X') && period.from > '2025-06-30') continue; // refused: ended before the period
          const r = unitForm06(ledger, CATALOGUE, u, period);
          expect(checkIdentities(r), `${u} ${period.from}..${period.to}`).toEqual([]);
        }
      }),
      { numRuns: RUNS },
    );
  });

  it("the successor's carried over on its first day is its predecessors' pending on their last day", () => {
    fc.assert(
      fc.property(historyArb(30), (specs) => {
        const ledger = ledgerOf(specs);
        const first = unitForm06(ledger, CATALOGUE, 'Y1', { from: '2025-07-01', to: '2025-07-01' });
        const pending = ['X1', 'X2'].map(
          (x) => unitForm06(ledger, CATALOGUE, x, { from: '2025-06-30', to: '2025-06-30' }).total.pending.total,
        );
        expect(first.total.received.carriedOver).toBe(pending[0]! + pending[1]!);
        expect(first.coverage?.predecessors).toEqual(['X1', 'X2']);
      }),
      { numRuns: RUNS },
    );
  });

  it('a roll-up is the sum of the units in force under it on the period’s last day', () => {
    fc.assert(
      fc.property(historyArb(30), periodArb, (specs, period) => {
        const ledger = ledgerOf(specs);
        const province = unitForm06(ledger, CATALOGUE, 'P', period);
        const units = period.to >= '2025-07-01' ? ['Y1'] : ['X1', 'X2'];
        const sum = units
          .map((u) => unitForm06(ledger, CATALOGUE, u, period).total)
          .reduce((a, b) => addCounts(a, b), emptyCounts());
        expect(province.total).toEqual(sum);
        expect(province.coverage?.hierarchyOn).toBe(period.to);
      }),
      { numRuns: RUNS },
    );
  });

  it("a predecessor's report ends on its last day; a straddling report says it covers the predecessors", () => {
    const ledger = ledgerOf([]);
    const q3 = { from: '2025-06-15', to: '2025-09-14' };
    const x1 = unitForm06(ledger, CATALOGUE, 'X1', q3);
    expect(x1.period).toEqual({ from: '2025-06-15', to: '2025-06-30' });
    expect(x1.coverage).toMatchObject({ endsOn: '2025-06-30', requested: q3, predecessors: [] });
    const y1 = unitForm06(ledger, CATALOGUE, 'Y1', q3);
    expect(y1.period).toEqual(q3);
    expect(y1.offices).toEqual(['X1', 'X2', 'Y1']);
    expect(y1.coverage).toMatchObject({ predecessors: ['X1', 'X2'], endsOn: null, hierarchyOn: '2025-09-14' });
    expect(y1.coverage?.note.vi).toContain('X1');
    expect(() => unitForm06(ledger, CATALOGUE, 'X1', { from: '2025-07-01', to: '2025-09-14' })).toThrow(/Y1/);
  });
});
