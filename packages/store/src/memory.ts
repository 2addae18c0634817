// In-memory adapter: the same decisions as SQLite (shared write-core), kept in arrays and maps.
// Used by unit tests and by anything that wants a throwaway ledger. Events are deep-frozen copies,
// so a caller mutating what it appended or read cannot change the log.
import { GENESIS_HASH } from './chain.js';
import {
  type AppendRequest,
  type AppendResult,
  type EventStore,
  type ExpectedRevision,
  type NewEvent,
  type ReadAllOptions,
  type RecordedEvent,
  StoreError,
  type Subscription,
} from './port.js';
import { ChangeSignal, createSubscription } from './subscription.js';
import { checkStreamName, prepareRequest } from './validate.js';
import { type VerifyOutcome, verifyRows } from './verify-core.js';
import { applyRequest, type ChainHead, type RowToWrite, type StoredRef, stampRecordedAt } from './write-core.js';

export interface MemoryStoreOptions {
  /** Source of recordedAt (default: real time). The store never lets recordedAt go backwards. */
  readonly clock?: () => Date;
}

export interface MemoryStore extends EventStore {
  /** Recomputes the hash chain; see verifyChain. */
  verify(options?: { rememberAt?: readonly bigint[] }): Promise<VerifyOutcome>;
}

interface Row {
  readonly row: RowToWrite;
  readonly event: RecordedEvent;
}

export function createMemoryStore(options: MemoryStoreOptions = {}): MemoryStore {
  const clock = options.clock ?? (() => new Date());
  const log: Row[] = [];
  const streams = new Map<string, number[]>(); // stream → indexes into log
  const commands = new Map<string, StoredRef>();
  const head: ChainHead = { lastPosition: 0n, hash: GENESIS_HASH, recordedAt: null };
  const signal = new ChangeSignal();
  const subscriptions = new Set<Subscription>();
  let closed = false;

  const ensureOpen = () => {
    if (closed) throw new StoreError('STORE_CLOSED', 'the in-memory store is closed');
  };

  function write(requests: readonly AppendRequest[]): AppendResult[] {
    ensureOpen();
    const prepared = requests.map((r, i) => prepareRequest(r, requests.length > 1 ? i : undefined));
    // Undo log: the whole batch commits or none of it does.
    const mark = { logLength: log.length, head: { ...head } };
    const added: Array<{ streamId: string; commandId: string; newStream: boolean }> = [];
    const tx = {
      streamRevision: (s: string) => BigInt((streams.get(s)?.length ?? 0) - 1),
      findCommand: (c: string) => commands.get(c),
      streamEventIds: (s: string) => new Set((streams.get(s) ?? []).map((i) => log[i]!.row.eventId)),
      insert: (row: RowToWrite) => {
        const idx = log.length;
        log.push({ row, event: toRecorded(row) });
        const list = streams.get(row.streamId);
        if (list) list.push(idx);
        else streams.set(row.streamId, [idx]);
        added.push({ streamId: row.streamId, commandId: row.commandId, newStream: !list });
        commands.set(row.commandId, { streamId: row.streamId, revision: row.revision, position: row.position });
      },
    };
    try {
      const recordedAt = stampRecordedAt(clock, head);
      const results = prepared.map((p) => applyRequest(tx, head, p, recordedAt));
      if (log.length > mark.logLength) signal.notify();
      return results;
    } catch (e) {
      for (const a of added.reverse()) {
        const list = streams.get(a.streamId)!;
        list.pop();
        if (a.newStream) streams.delete(a.streamId);
        commands.delete(a.commandId);
      }
      log.length = mark.logLength;
      Object.assign(head, mark.head);
      throw e;
    }
  }

  async function* readAll(opts: ReadAllOptions = {}): AsyncGenerator<RecordedEvent[]> {
    ensureOpen();
    const batchSize = Math.max(1, opts.batchSize ?? 1000);
    const from = opts.fromPosition ?? 0n;
    // Positions here are 1..n with no gaps, so position p sits at index p-1.
    let i = from <= 1n ? 0 : Number(from - 1n);
    while (i < log.length) {
      const batch: RecordedEvent[] = [];
      while (i < log.length && batch.length < batchSize) {
        const e = log[i]!.event;
        if (opts.toPosition !== undefined && e.position > opts.toPosition) break;
        batch.push(e);
        i++;
      }
      if (batch.length === 0) return;
      yield batch;
      if (closed) return;
    }
  }

  const store: MemoryStore = {
    async append(streamId: string, events: readonly NewEvent[], expectedRevision: ExpectedRevision) {
      return write([{ streamId, events, expectedRevision }])[0]!;
    },
    async appendMany(requests: readonly AppendRequest[]) {
      if (requests.length === 0) return [];
      return write(requests);
    },
    async readStream(streamId: string) {
      ensureOpen();
      checkStreamName(streamId);
      return (streams.get(streamId) ?? []).map((i) => log[i]!.event);
    },
    readAll,
    subscribe(fromPosition = 0n) {
      ensureOpen();
      const sub = createSubscription(readAll, signal, fromPosition, null, () => subscriptions.delete(sub));
      subscriptions.add(sub);
      return sub;
    },
    async streamExists(streamId: string) {
      ensureOpen();
      checkStreamName(streamId);
      return streams.has(streamId);
    },
    async headPosition() {
      ensureOpen();
      return log.length === 0 ? -1n : log[log.length - 1]!.event.position;
    },
    async close() {
      if (closed) return;
      closed = true;
      await Promise.all([...subscriptions].map((s) => s.close()));
    },
    async verify(opts = {}) {
      ensureOpen();
      return verifyRows(
        log.map((r) => r.row),
        head.lastPosition,
        opts.rememberAt,
      );
    },
  };
  return store;
}

function toRecorded(row: RowToWrite): RecordedEvent {
  return deepFreeze({
    streamId: row.streamId,
    revision: row.revision,
    position: row.position,
    recordedAt: row.recordedAt,
    type: row.type,
    schemaVersion: row.schemaVersion,
    data: JSON.parse(row.dataJson) as unknown,
    meta: JSON.parse(row.metaJson) as RecordedEvent['meta'],
    hash: row.hash,
  });
}

function deepFreeze<T>(v: T): T {
  if (v && typeof v === 'object' && !Object.isFrozen(v)) {
    Object.freeze(v);
    for (const k of Object.keys(v)) deepFreeze((v as Record<string, unknown>)[k]);
  }
  return v;
}
