// The in-memory ledger as a projection (issue 11, item 5): the same shape as every projection the engine
// runs (engine.ts: a name, a version, an initial state and a fold), so there is one idea to learn. The
// engine can run it (catch up in batches, follow the log live, wait for a position); it is not
// checkpointed — its typed arrays live in this process — so every run folds the log from zero, and a new
// LEDGER_VERSION changes nothing stored. loadLedger is the same fold with a faster read of a SQLite log
// (only the columns the ledger needs, no RecordedEvent objects); both give the same ledger
// (ledger-projection.test.ts).
import type { Projection } from './engine.js';
import { createLedger, type Ledger, type LedgerOptions } from './ledger.js';

/** Bump when the ledger's fold changes meaning (for projections that derive from it and are stored). */
export const LEDGER_VERSION = 1;

export function ledgerProjection(options: LedgerOptions = {}): Projection<Ledger> {
  return {
    name: 'ledger',
    version: LEDGER_VERSION,
    checkpointed: false,
    initial: () => createLedger(options),
    // The ledger folds in place (a fresh copy per event would cost the province's arrays each time);
    // apply() is idempotent by position and changes nothing when it throws, which is what the engine
    // needs from a fold it retries.
    apply(ledger, e) {
      ledger.apply(e);
      return ledger;
    },
  };
}
