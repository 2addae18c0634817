// Properties over random histories placed across the change of rules on 1 July 2025, with stop notices
// among the finishes: the counting identities still hold, the 766 figure and the rule sets agree with the
// reference model, and both ledger paths agree.
import { dayOf } from '@motcua/domain';
import { checkIdentities, createLedger, type Form06Query, type Ledger } from '@motcua/projections';
import type { RecordedEvent } from '@motcua/store';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { boundaryQueries, buildLog, historyArb, knownAtArb, reference, WINDOW_DAYS } from './projections-history.js';

const RUNS = Number(process.env.MOTCUA_PROPERTY_RUNS ?? 60);
/** The window opens four months before the change, so receipts fall on both sides of 1 July 2025. */
const T0_2025 = Date.parse('2025-03-01T00:00:00+07:00');
const DAY = 86_400_000;
const dayAt = (n: number): string => dayOf(T0_2025 + n * DAY + 12 * 3_600_000);
const periodArb = fc
  .tuple(fc.integer({ min: 0, max: WINDOW_DAYS - 1 }), fc.integer({ min: 0, max: 120 }))
  .map(([a, len]) => ({ from: dayAt(a), to: dayAt(Math.min(WINDOW_DAYS - 1, a + len)) }));
/** knownAtArb's instants are relative to the 2024 window: move them by the same distance. */
const shift = Date.parse('2025-03-01T00:00:00+07:00') - Date.parse('2023-12-01T00:00:00+07:00');
const knownAt2025 = knownAtArb.map((k) =>
  k === undefined ? undefined : new Date(Date.parse(k) + shift).toISOString(),
);

function ledgerOf(events: readonly RecordedEvent[], generalOnly = false): Ledger {
  const l = createLedger({ generalOnly });
  for (const e of events) l.apply(e);
  return l;
}

const seen = { stops: 0, bothRuleSets: 0 };

describe('Form 06 and the 766 figure across the change of rules (1 July 2025), with stop notices', () => {
  it('identities hold; progress and rule sets agree with the reference; both ledger paths agree', () => {
    fc.assert(
      fc.property(
        historyArb(40),
        fc.array(periodArb, { minLength: 1, maxLength: 4 }),
        fc.array(fc.nat(), { minLength: 4, maxLength: 8 }),
        knownAt2025,
        (specs, periods, picks, k) => {
          const events = buildLog(specs, T0_2025);
          seen.stops += events.filter((e) => e.type === 'ProcessingStopped').length;
          const fast = ledgerOf(events);
          const general = ledgerOf(events, true);
          const Q3 = { from: '2025-06-15', to: '2025-09-14' }; // the cut-off quarter that straddles the change
          // Periods ending on the days things happened (±1), where a rule's `<` and `<=` differ.
          for (const p of [...periods, Q3, ...boundaryQueries(events, picks)]) {
            const q: Form06Query = { ...p, ...(k ? { knownAt: k } : {}) };
            const r = fast.form06(q);
            expect(checkIdentities(r)).toEqual([]);
            const ref = reference(events, q);
            expect(r.indicators.progress.numerator).toBe(ref.onTime766);
            expect(r.indicators.progress.denominator).toBe(r.total.received.total);
            expect(new Map(r.ruleSets.map((x) => [x.id, x.dossiers]))).toEqual(ref.ruleSets);
            // Every counted dossier is under exactly one rule set, named once, oldest first.
            expect(r.ruleSets.reduce((n, x) => n + x.dossiers, 0)).toBe(r.total.received.total);
            expect(r.ruleSets.map((x) => x.id)).toEqual(
              ['nd61-2018', 'nd118-2025'].filter((id) => r.ruleSets.some((x) => x.id === id)),
            );
            if (r.ruleSets.length === 2) seen.bothRuleSets++;
            expect(general.form06(q)).toEqual(r);
          }
        },
      ),
      { numRuns: RUNS },
    );
  });

  afterAll(() => {
    // The histories must reach what the property is about.
    expect(seen.stops).toBeGreaterThan(10);
    expect(seen.bothRuleSets).toBeGreaterThan(5);
  });
});
