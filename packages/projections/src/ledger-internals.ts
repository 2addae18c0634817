// What the SQLite scan and snapshots need from a ledger beyond its public interface. Not exported from the package.
import type { LedgerImage } from './ledger-image.js';

/** Applies one event given by its fields; `data` is the parsed payload (see ledger.ts applyFields). */
export type ApplyFields = (
  pos: number,
  streamId: string,
  type: string,
  schemaVersion: number,
  recordedAt: unknown,
  occurredAt: unknown,
  eventId: string,
  data: unknown,
  e: null,
) => void;

export interface LedgerInternals {
  applyFields: ApplyFields;
  /** True when the ledger holds raw events itself: it must then be fed whole RecordedEvents. */
  keepsRaw: boolean;
  /** The ledger's state as one plain image (ledger-image.ts); createLedger(options, image) builds it again. */
  image(): LedgerImage;
}

export const LEDGER_INTERNALS: unique symbol = Symbol('motcua.ledgerInternals');

export function internalsOf(ledger: object): LedgerInternals | undefined {
  return (ledger as { [LEDGER_INTERNALS]?: LedgerInternals })[LEDGER_INTERNALS];
}
