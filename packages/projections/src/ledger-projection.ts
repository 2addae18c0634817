// The in-memory ledger as a projection (issue 11, item 5): the same shape as every projection the engine
// runs (engine.ts: a name, a version, an initial state and a fold), so there is one idea to learn. The
// engine can run it (catch up in batches, follow the log live, wait for a position); it is not
// checkpointed in the engine's rows — its state is hundreds of MB of typed arrays — but serialized to
// bytes (serialize/deserialize, through ledger-image.ts) as a snapshot on the store's shelf
// (ledger-snapshot.ts), which a start uses only while LEDGER_VERSION is the one it was written with: a
// new version rebuilds the ledger from the log, as the engine does for its own. loadLedger is the same
// fold with a faster read of a SQLite log (only the columns the ledger needs, no RecordedEvent objects);
// both give the same ledger (ledger-projection.test.ts).
import type { Projection } from './engine.js';
import { createLedger, type Ledger, type LedgerOptions } from './ledger.js';
import { type LedgerImage, ledgerFromImage, ledgerImage } from './ledger-image.js';
import { decodeParts, encodeParts } from './ledger-snapshot-codec.js';

/**
 * Bump when the ledger's fold or its image changes meaning: stored snapshots are then refused. 2: the ledger
 * in parts (ledger/*.ts); the packed facts column is gone and the block columns are named by the block index.
 */
export const LEDGER_VERSION = 2;

export function ledgerProjection(
  options: LedgerOptions = {},
): Projection<Ledger, Uint8Array> & { checkpointed: false } {
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
    // One buffer: each part with its length (u64) before it. A snapshot on a shelf keeps the parts apart.
    serialize(ledger) {
      const parts = [...encodeParts(ledgerImage(ledger)).parts];
      const out = new Uint8Array(parts.reduce((n, p) => n + 8 + p.byteLength, 0));
      const view = new DataView(out.buffer);
      let at = 0;
      for (const p of parts) {
        view.setBigUint64(at, BigInt(p.byteLength));
        out.set(p, at + 8);
        at += 8 + p.byteLength;
      }
      return out;
    },
    deserialize(bytes) {
      const parts: Uint8Array[] = [];
      const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
      for (let at = 0; at < bytes.byteLength; ) {
        const n = Number(view.getBigUint64(at));
        parts.push(bytes.subarray(at + 8, at + 8 + n));
        at += 8 + n;
      }
      return ledgerFromImage(decodeParts<LedgerImage>(parts), options);
    },
  };
}
