// Ledger snapshots (issue 13 item 7): the in-memory ledger's state at a position of the log, kept on the
// store's shelf (store/snapshot-shelf.ts), so a start reads the snapshot and only the log after it. A
// snapshot is used only when everything it claims still holds, else it is refused with a reason and the
// ledger is rebuilt from the log: the ledger's version is this program's, the log reaches its position,
// the log's event there has the hash recorded with it (not another history), and its bytes have the
// checksum recorded with them. A snapshot can only save time, never change an answer.
import { createHash } from 'node:crypto';
import type { EventStore, RecordedEvent, SnapshotClaims, SnapshotShelf, StoredSnapshot } from '@motcua/store';
import { SnapshotUnreadable } from '@motcua/store';
import { ProjectionError } from './errors.js';
import type { Ledger, LedgerOptions } from './ledger.js';
import { type LedgerImage, ledgerFromImage, ledgerImage } from './ledger-image.js';
import { LEDGER_VERSION, ledgerProjection } from './ledger-projection.js';
import { decodeParts, encodeParts, snapshotChecksum } from './ledger-snapshot-codec.js';

export const LEDGER_SNAPSHOT_NAME = ledgerProjection().name;

/** The fees of a procedure catalogue: code → fee in VND. */
export interface FeeCatalogue {
  readonly procedures: readonly { readonly code: string; readonly feeVnd: number }[];
}

/** A digest of the catalogue's fees (sorted by code), naming them in a ledger image (LedgerOptions.feeTable). */
export function feeTableOf(catalogue: FeeCatalogue): string {
  const pairs = catalogue.procedures.map((p) => [p.code, p.feeVnd] as const).sort(([a], [b]) => (a < b ? -1 : 1));
  return createHash('sha256').update(JSON.stringify(pairs)).digest('hex').slice(0, 32);
}

/**
 * The options of the ledger a snapshot is made of and restored into, the server's: timelines read from
 * the store (storeEventSource), fees from the procedure catalogue (and their digest, so a snapshot made
 * under other fees is refused). `motcua snapshot` and `serve` both make their ledger with these, so a
 * snapshot either writes is one the other can use.
 */
export function snapshotLedgerOptions(
  catalogue: FeeCatalogue,
  eventSource: ((streamId: string) => readonly RecordedEvent[]) | undefined,
): LedgerOptions {
  const fees = new Map(catalogue.procedures.map((p) => [p.code, p.feeVnd]));
  return {
    procedureFee: (code) => fees.get(code),
    feeTable: feeTableOf(catalogue),
    ...(eventSource ? { eventSource } : {}),
  };
}

export type SnapshotRefusal = 'none' | 'version' | 'options' | 'log-shorter' | 'log-replaced' | 'damaged';

export type RestoredLedger =
  | {
      readonly ok: true;
      readonly ledger: Ledger;
      /** The log's position the snapshot holds: read the log after it. */
      readonly position: bigint;
      /** The log's event at that position (null for a snapshot of an empty log). */
      readonly event: RecordedEvent | null;
      readonly claims: SnapshotClaims & { readonly createdAt: string };
    }
  | { readonly ok: false; readonly reason: SnapshotRefusal; readonly message: string };

/** The log's event at `position`, or null when the log does not reach it. */
async function eventAt(store: EventStore, position: bigint): Promise<RecordedEvent | null> {
  for await (const page of store.readAll({ fromPosition: position, toPosition: position, batchSize: 1 })) {
    for (const e of page) if (e.position === position) return e;
  }
  return null;
}

/**
 * Writes the ledger's snapshot at `position`, which must be the last position the ledger has been given
 * (folded or refused). The state is taken at once (what later events change is copied); the bytes are
 * then made and written a part at a time, `pause` awaited between parts (a server passes setImmediate,
 * so requests are answered meanwhile and the ledger goes on following the log).
 */
export async function saveLedgerSnapshot(
  store: EventStore,
  shelf: SnapshotShelf,
  ledger: Ledger,
  position: bigint,
  pause: () => Promise<void> = async () => {},
): Promise<SnapshotClaims> {
  const image = ledgerImage(ledger);
  const encoded = encodeParts(image);
  const event = position >= 0n ? await eventAt(store, position) : null;
  if (position >= 0n && !event) throw new Error(`the log does not reach position ${position}`);
  const eventHash = event?.hash ?? '';
  const sum = snapshotChecksum();
  sum.claims(LEDGER_VERSION, position, eventHash);
  let bytes = 0;
  async function* parts(): AsyncIterable<Uint8Array> {
    for (const p of encoded.parts) {
      sum.part(p);
      bytes += p.byteLength;
      yield p;
      await pause();
    }
  }
  let claims: SnapshotClaims | null = null;
  await shelf.put(LEDGER_SNAPSHOT_NAME, parts(), () => {
    claims = {
      name: LEDGER_SNAPSHOT_NAME,
      version: LEDGER_VERSION,
      position,
      eventHash,
      checksum: sum.hex(),
      parts: encoded.count,
      bytes,
    };
    return claims;
  });
  return claims!;
}

/**
 * The newest snapshot on the shelf as a ledger (made with `options`, as the snapshot's was), after
 * checking everything it claims against the log; or the reason it is not used.
 */
export async function restoreLedger(
  store: EventStore,
  shelf: SnapshotShelf,
  options: LedgerOptions = {},
): Promise<RestoredLedger> {
  let stored: StoredSnapshot | null;
  try {
    stored = await shelf.newest(LEDGER_SNAPSHOT_NAME);
  } catch (e) {
    if (e instanceof SnapshotUnreadable) return refuse('damaged', e.message);
    throw e;
  }
  if (!stored) return refuse('none', `no ledger snapshot in ${shelf.where}`);
  const first = await restoreFrom(store, stored, options);
  if (first.ok || !first.vanished) return first;
  // Another instance wrote a newer snapshot while this one was being read, and dropped it: the newer one,
  // once (a start never waits on a race it keeps losing: the log is always there to fold).
  let newer: StoredSnapshot | null;
  try {
    newer = await shelf.newest(LEDGER_SNAPSHOT_NAME);
  } catch (e) {
    if (e instanceof SnapshotUnreadable) return refuse('damaged', `${first.message}; the newer one: ${e.message}`);
    throw e;
  }
  if (!newer || sameSnapshot(newer, stored)) return first;
  return restoreFrom(store, newer, options);
}

const refuse = (reason: SnapshotRefusal, message: string, vanished = false) =>
  ({ ok: false, reason, message, vanished }) as const;

const sameSnapshot = (a: StoredSnapshot, b: StoredSnapshot): boolean =>
  a.checksum === b.checksum && a.createdAt === b.createdAt && a.position === b.position;

/** The snapshot as a ledger after checking what it claims; `vanished` when its parts went while being read. */
async function restoreFrom(
  store: EventStore,
  stored: StoredSnapshot,
  options: LedgerOptions,
): Promise<RestoredLedger & { vanished?: boolean }> {
  const at = `the ledger snapshot at position ${stored.position} (${stored.createdAt})`;
  if (stored.version !== LEDGER_VERSION) {
    return refuse('version', `${at} is of ledger version ${stored.version}, this program's is ${LEDGER_VERSION}`);
  }
  const head = await store.headPosition();
  if (head < stored.position) return refuse('log-shorter', `${at}: the log ends at position ${head}, before it`);
  const event = stored.position >= 0n ? await eventAt(store, stored.position) : null;
  if (stored.position >= 0n && !event) return refuse('log-shorter', `${at}: the log has no event there`);
  if ((event?.hash ?? '') !== stored.eventHash) {
    return refuse('log-replaced', `${at}: the log's event there has another hash than the snapshot recorded`);
  }
  const sum = snapshotChecksum();
  sum.claims(stored.version, stored.position, stored.eventHash);
  const parts: Uint8Array[] = [];
  try {
    for await (const p of stored.readParts()) {
      sum.part(p);
      parts.push(p);
    }
  } catch (e) {
    if (e instanceof SnapshotUnreadable) return refuse('damaged', `${at}: ${e.message}`, true);
    throw e;
  }
  if (parts.length !== stored.parts || sum.hex() !== stored.checksum) {
    return refuse('damaged', `${at}: its bytes do not have the checksum recorded with them`);
  }
  let ledger: Ledger;
  try {
    ledger = ledgerFromImage(decodeParts<LedgerImage>(parts), options);
  } catch (e) {
    if (e instanceof ProjectionError && e.code === 'SNAPSHOT_OPTIONS') return refuse('options', `${at}: ${e.message}`);
    return refuse('damaged', `${at}: ${(e as Error).message}`);
  }
  const { readParts: _, ...claims } = stored;
  return { ok: true, ledger, position: stored.position, event, claims };
}
