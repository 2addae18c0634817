// The append algorithm shared by the in-memory and SQLite adapters, written against a small
// transaction interface so both make the same decisions in the same order:
// idempotency first (a retry after success must not look like a conflict), then the expected
// revision, then event-id uniqueness, then the writes with their chain hashes.
import { chainHash } from './chain.js';
import { type AppendResult, type ExpectedRevision, StoreError, WrongExpectedRevision } from './port.js';
import type { PreparedRequest } from './validate.js';

export interface StoredRef {
  readonly streamId: string;
  readonly revision: bigint;
  readonly position: bigint;
}

export interface RowToWrite {
  readonly position: bigint;
  readonly streamId: string;
  readonly revision: bigint;
  readonly eventId: string;
  readonly commandId: string;
  readonly type: string;
  readonly schemaVersion: number;
  readonly occurredAt: string;
  readonly recordedAt: string;
  readonly dataJson: string;
  readonly metaJson: string;
  readonly hash: string;
}

/** The log's tip inside a write transaction; mutated as rows are written. */
export interface ChainHead {
  /** Highest position ever assigned (0n for a new log); the next event gets lastPosition + 1n. */
  lastPosition: bigint;
  /** Hash of the last row (GENESIS_HASH for a new log). */
  hash: string;
  /** recordedAt of the last row, or null for a new log. */
  recordedAt: string | null;
}

export interface WriteTx {
  /** Revision of the stream's last event, or -1n when the stream does not exist. */
  streamRevision(streamId: string): bigint;
  /** The last event written by this command id, if any (in any stream). */
  findCommand(commandId: string): StoredRef | undefined;
  /** Event ids already in an existing stream. Event ids are unique per stream: that is where a
   *  correction looks its target up, and a global check would cost a random-key index on every write. */
  streamEventIds(streamId: string): ReadonlySet<string>;
  insert(row: RowToWrite): void;
}

/** recordedAt for a transaction: the clock, but never earlier than the last recorded event. */
export function stampRecordedAt(clock: () => Date, head: ChainHead): string {
  const now = clock().toISOString();
  return head.recordedAt !== null && head.recordedAt > now ? head.recordedAt : now;
}

export function checkRevision(streamId: string, expected: ExpectedRevision, current: bigint): void {
  const okay =
    expected === 'any' ||
    (expected === 'no-stream' && current < 0n) ||
    (expected === 'stream-exists' && current >= 0n) ||
    (typeof expected === 'bigint' && expected === current);
  if (!okay) throw new WrongExpectedRevision(streamId, expected, current < 0n ? 'no-stream' : current);
}

/** Every refusal (StoreError) is thrown before the first `tx.insert`: the SQLite group commit relies on
 *  it to refuse one request of a batch without a savepoint. Keep new checks above the writes. */
export function applyRequest(tx: WriteTx, head: ChainHead, req: PreparedRequest, recordedAt: string): AppendResult {
  const found: StoredRef[] = [];
  const missing: string[] = [];
  for (const id of req.commandIds) {
    const ref = tx.findCommand(id);
    if (ref) found.push(ref);
    else missing.push(id);
  }
  if (missing.length === 0) {
    let last = found[0]!;
    for (const r of found) if (r.position > last.position) last = r;
    return { nextRevision: last.revision, position: last.position, deduplicated: true };
  }
  if (found.length > 0) {
    throw new StoreError(
      'INVALID_EVENT',
      `stream ${req.streamId}: command id ${req.commandIds.find((c) => !missing.includes(c))} is already stored but ${missing[0]} is not; a retry must resend the same command`,
      { streamId: req.streamId },
    );
  }
  const current = tx.streamRevision(req.streamId);
  checkRevision(req.streamId, req.expectedRevision, current);
  const taken = current >= 0n ? tx.streamEventIds(req.streamId) : undefined;
  req.events.forEach((e, i) => {
    if (taken?.has(e.eventId)) {
      throw new StoreError(
        'INVALID_EVENT',
        `stream ${req.streamId}, event #${i} (${e.type}): meta.eventId ${e.eventId} is already stored in this stream`,
        { streamId: req.streamId, index: i, issues: [{ path: 'meta.eventId', message: 'already stored' }] },
      );
    }
  });
  let revision = current;
  for (const e of req.events) {
    revision += 1n;
    const position = head.lastPosition + 1n;
    const hash = chainHash(head.hash, {
      position,
      streamId: req.streamId,
      revision,
      type: e.type,
      schemaVersion: e.schemaVersion,
      occurredAt: e.occurredAt,
      recordedAt,
      payloadHash: e.payloadHash,
    });
    tx.insert({
      position,
      streamId: req.streamId,
      revision,
      eventId: e.eventId,
      commandId: e.commandId,
      type: e.type,
      schemaVersion: e.schemaVersion,
      occurredAt: e.occurredAt,
      recordedAt,
      dataJson: e.dataJson,
      metaJson: e.metaJson,
      hash,
    });
    head.lastPosition = position;
    head.hash = hash;
    head.recordedAt = recordedAt;
  }
  return { nextRevision: revision, position: head.lastPosition, deduplicated: false };
}

/** Group commit: applies each request in order and answers each with its result or the StoreError that
 *  refused it (a refused request wrote nothing, so its neighbours stay). Other errors abort the batch. */
export function applySettled(
  tx: WriteTx,
  head: ChainHead,
  items: ReadonlyArray<PreparedRequest | StoreError>,
  recordedAt: string,
): Array<AppendResult | StoreError> {
  return items.map((item): AppendResult | StoreError => {
    if (item instanceof StoreError) return item;
    const before = head.lastPosition;
    try {
      return applyRequest(tx, head, item, recordedAt);
    } catch (e) {
      if (!(e instanceof StoreError)) throw e;
      if (head.lastPosition !== before) {
        // Cannot happen while applyRequest checks before it writes; if it ever does, the whole batch
        // rolls back rather than commit part of a refused request.
        throw new Error(`store invariant broken: request to ${item.streamId} refused after writing (${e.message})`);
      }
      return e;
    }
  });
}
