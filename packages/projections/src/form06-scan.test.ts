// The Form 06 scan's shortcuts — blocks of dossiers skipped by received and finish days, per-office
// lists, and settled dossiers counted by class — must change nothing. Blocks of 2 dossiers make every
// skip happen on small histories; the general path (facts.ts classify, tied to the counting rules by
// the reference-model property in tests/projections-properties.test.ts) is the yardstick.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  boundaryQueries,
  buildLog,
  historyArb,
  knownAtArb,
  OFFICES,
  periodArb,
} from '../../../tests/projections-history.js';
import { createLedger, type Form06Query, type LedgerOptions } from './ledger.js';
import { CELLS } from './report.js';

const officesArb = fc.oneof(
  fc.constant(undefined),
  fc.subarray([...OFFICES], { minLength: 1 }),
  fc.constantFrom(...OFFICES.map((o) => [o])),
);

describe('Form 06 scan shortcuts', () => {
  it('give the general path’s report and drill-downs for any period, knownAt and offices', () => {
    fc.assert(
      fc.property(
        historyArb(60, 'medium'),
        fc.array(fc.record({ period: periodArb, knownAt: knownAtArb, offices: officesArb }), {
          minLength: 1,
          maxLength: 6,
        }),
        fc.array(fc.nat(), { minLength: 4, maxLength: 8 }),
        fc.integer({ min: 0, max: 3 }),
        (specs, picked, picks, blockBits) => {
          const events = buildLog(specs);
          const of = (opts: LedgerOptions) => {
            const l = createLedger(opts);
            for (const e of events) l.apply(e);
            return l;
          };
          const fast = of({ blockBits });
          const general = of({ generalOnly: true });
          const queries: Form06Query[] = [
            ...picked.map(({ period, knownAt, offices }) => ({
              ...period,
              ...(knownAt ? { knownAt } : {}),
              ...(offices ? { offices } : {}),
            })),
            ...boundaryQueries(events, picks),
          ];
          for (const q of queries) {
            expect(fast.form06(q)).toEqual(general.form06(q));
            const cell = CELLS[(picks[0] ?? 0) % CELLS.length]!;
            expect(fast.drillDown({ ...q, cell })).toEqual(general.drillDown({ ...q, cell }));
          }
        },
      ),
      { numRuns: 60 },
    );
  });
});
