// Where the server's in-memory ledger starts (issue 13 item 7): from the newest ledger snapshot on the
// store's shelf when it still holds (ledger-snapshot.ts checks it against the log), else from an empty
// ledger that folds the whole log. A refused or unreadable snapshot is said in the log and costs only
// time: never an error for the user, never a different answer.
import { UNITS_STREAM } from '@motcua/domain';
import { type Ledger, type LedgerOptions, restoreLedger } from '@motcua/projections';
import type { EventStore, RecordedEvent, SnapshotShelf } from '@motcua/store';

export interface LedgerStart {
  readonly ledger: Ledger;
  /** The log's position the ledger holds: the feed reads what comes after it. */
  readonly position: bigint;
  /** recordedAt of the event at that position (the projections' "known now"). */
  readonly lastRecordedAt: string | null;
  /** The units catalogue's events up to that position: the unit log is small and folded again. */
  readonly unitEvents: readonly RecordedEvent[];
}

export interface LedgerStartOutcome {
  readonly start: LedgerStart | null;
  /** What to log once the server's logger exists. */
  readonly said: { readonly msg: string; readonly fields: Record<string, unknown> };
}

export async function ledgerStartOf(
  store: EventStore,
  shelf: SnapshotShelf,
  options: LedgerOptions,
): Promise<LedgerStartOutcome> {
  const started = performance.now();
  try {
    const r = await restoreLedger(store, shelf, options);
    if (!r.ok) {
      const msg =
        r.reason === 'none'
          ? 'no ledger snapshot: the ledger is folded from the whole log'
          : 'ledger snapshot refused: the ledger is rebuilt from the whole log';
      return { start: null, said: { msg, fields: { reason: r.reason, detail: r.message } } };
    }
    const unitEvents = (await store.readStream(UNITS_STREAM)).filter((e) => e.position <= r.position);
    return {
      start: { ledger: r.ledger, position: r.position, lastRecordedAt: r.event?.recordedAt ?? null, unitEvents },
      said: {
        msg: 'ledger snapshot used: the log after it is folded in',
        fields: {
          position: r.position.toString(),
          written: r.claims.createdAt,
          bytes: r.claims.bytes,
          ms: Math.round(performance.now() - started),
          where: shelf.where,
        },
      },
    };
  } catch (e) {
    return {
      start: null,
      said: {
        msg: 'ledger snapshot not read: the ledger is rebuilt from the whole log',
        fields: { reason: 'unreadable', detail: (e as Error).message },
      },
    };
  }
}
