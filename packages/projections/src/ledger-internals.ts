// What the SQLite scan needs from a ledger beyond its public interface. Not exported from the package.

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
}

export const LEDGER_INTERNALS: unique symbol = Symbol('motcua.ledgerInternals');

export function internalsOf(ledger: object): LedgerInternals | undefined {
  return (ledger as { [LEDGER_INTERNALS]?: LedgerInternals })[LEDGER_INTERNALS];
}
