// EventStoreDB / KurrentDB adapter through @eventstore/db-client.
//
// Mapping:
// - ESDB event id = the event's meta.eventId (the domain derives it from the command id, so a
//   retried append carries the same ids and the server itself deduplicates it); an id that is not
//   a UUID is mapped to a name-based UUID (v5) so the mapping stays deterministic.
// - ESDB metadata = { schemaVersion, meta }; data = the event's data (JSON).
// - revision = ESDB stream revision; position = the event's *prepare* position in $all, which is
//   unique per event (events of one append share a commit position) and follows $all order.
// - recordedAt = the server's `created` time; the clock option does not apply (the server stamps).
// - Idempotency before the server's own: the stream is read for the request's command ids, so a
//   retry after the stream moved on returns the earlier result instead of a conflict. Command ids
//   are looked up in the target stream only (ESDB has no secondary index).
// - appendMany is NOT one transaction here (ESDB has no multi-stream transactions): every request
//   is validated and its expected revision checked before the first write, then written in order.
// - No hash chain (hash = ''): tamper evidence on ESDB rests on the server's own log.
// Untested here (no server on this machine); the contract suite runs it when MOTCUA_ESDB_URL is set.
import { createHash } from 'node:crypto';
import { createRequire } from 'node:module';
// Types only at load time: the client (gRPC and its generated code) is required when a store connects,
// so every `motcua` command and the SQLite-only embedders do not pay its ~100 ms of module loading.
import type * as Esdb from '@eventstore/db-client';
import type { Position } from '@eventstore/db-client';
import type { EventMeta } from '@motcua/domain';
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
  WrongExpectedRevision,
} from './port.js';
import { ChangeSignal, createSubscription } from './subscription.js';
import { checkStreamName, type PreparedRequest, prepareRequest } from './validate.js';
import { checkRevision } from './write-core.js';

export interface EsdbStoreOptions {
  /** e.g. `esdb://localhost:2113?tls=false` */
  readonly connectionString: string;
  /** Fallback poll for live subscriptions when the server push is interrupted (ms). Default 1000. */
  readonly pollMs?: number;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
// Namespace for name-based ids of non-UUID event ids (a fixed random UUID).
const NAMESPACE = Buffer.from('5f0d6a4e8c3b4d2a9e7f1c2b3a4d5e6f', 'hex');

/** meta.eventId as an ESDB event id: itself when a UUID, else its RFC 4122 v5 UUID. */
export function esdbEventId(eventId: string): string {
  if (UUID.test(eventId)) return eventId.toLowerCase();
  const h = createHash('sha1').update(NAMESPACE).update(eventId, 'utf8').digest();
  h[6] = (h[6]! & 0x0f) | 0x50;
  h[8] = (h[8]! & 0x3f) | 0x80;
  const x = h.subarray(0, 16).toString('hex');
  return `${x.slice(0, 8)}-${x.slice(8, 12)}-${x.slice(12, 16)}-${x.slice(16, 20)}-${x.slice(20)}`;
}

interface StoredMetadata {
  schemaVersion: number;
  meta: EventMeta;
}

type EsdbRecorded = {
  streamId: string;
  revision: bigint;
  type: string;
  created: Date;
  data: unknown;
  metadata: unknown;
  position?: Position;
  isJson: boolean;
};

const isSystem = (e: { type: string; streamId: string }) => e.type.startsWith('$') || e.streamId.startsWith('$');

const requireCjs = createRequire(import.meta.url);

export function connectEsdbStore(options: EsdbStoreOptions): EventStore {
  const {
    ANY,
    BACKWARDS,
    END,
    EventStoreDBClient,
    excludeSystemEvents,
    FORWARDS,
    jsonEvent,
    NO_STREAM,
    START,
    STREAM_EXISTS,
    StreamNotFoundError,
    WrongExpectedVersionError,
  } = requireCjs('@eventstore/db-client') as typeof Esdb;
  const client = EventStoreDBClient.connectionString(options.connectionString);
  const signal = new ChangeSignal();
  const subscriptions = new Set<Subscription>();
  // Full ESDB positions of events this adapter has seen, so reads can resume exactly at them.
  const known = new Map<bigint, Position>();
  let push: { unsubscribe(): Promise<void> } | undefined;
  let closed = false;

  const ensureOpen = () => {
    if (closed) throw new StoreError('STORE_CLOSED', 'the EventStoreDB store is closed');
  };

  const remember = (p: Position) => {
    known.set(p.prepare, p);
    if (known.size > 50_000) known.delete(known.keys().next().value as bigint);
  };

  function toRecorded(e: EsdbRecorded): RecordedEvent {
    const md = e.metadata as Partial<StoredMetadata> | undefined;
    if (!e.isJson || !md || typeof md.schemaVersion !== 'number' || !md.meta) {
      throw new StoreError(
        'STORE_CORRUPT',
        `stream ${e.streamId} revision ${e.revision}: not an event written by motcua`,
      );
    }
    if (e.position) remember(e.position);
    return {
      streamId: e.streamId,
      revision: e.revision,
      position: e.position ? e.position.prepare : -1n,
      recordedAt: e.created.toISOString(),
      type: e.type,
      schemaVersion: md.schemaVersion,
      data: e.data,
      meta: md.meta,
      hash: '',
    };
  }

  async function readWholeStream(streamId: string): Promise<RecordedEvent[]> {
    const out: RecordedEvent[] = [];
    try {
      for await (const r of client.readStream(streamId, { fromRevision: START, direction: FORWARDS })) {
        if (r.event && !isSystem(r.event)) out.push(toRecorded(r.event as EsdbRecorded));
      }
    } catch (e) {
      if (e instanceof StreamNotFoundError) return [];
      throw e;
    }
    return out;
  }

  async function currentRevision(streamId: string): Promise<bigint> {
    try {
      for await (const r of client.readStream(streamId, { fromRevision: END, direction: BACKWARDS, maxCount: 1 })) {
        if (r.event) return r.event.revision;
      }
    } catch (e) {
      if (e instanceof StreamNotFoundError) return -1n;
      throw e;
    }
    return -1n;
  }

  /** The earlier result of a request whose command ids are all in the stream, if they are. */
  function earlier(req: PreparedRequest, existing: readonly RecordedEvent[]): AppendResult | undefined {
    const ids = new Set(req.commandIds);
    const hits = existing.filter((e) => ids.has(e.meta.commandId));
    const found = new Set(hits.map((e) => e.meta.commandId));
    if (found.size === 0) return undefined;
    if (found.size < ids.size) {
      throw new StoreError(
        'INVALID_EVENT',
        `stream ${req.streamId}: some of the request's command ids are already stored and some are not; a retry must resend the same command`,
        { streamId: req.streamId },
      );
    }
    const last = hits[hits.length - 1]!;
    return { nextRevision: last.revision, position: last.position, deduplicated: true };
  }

  const toEsdbExpected = (e: ExpectedRevision) =>
    e === 'no-stream' ? NO_STREAM : e === 'stream-exists' ? STREAM_EXISTS : e === 'any' ? ANY : e;

  async function appendPrepared(req: PreparedRequest): Promise<AppendResult> {
    const existing = await readWholeStream(req.streamId);
    const dup = earlier(req, existing);
    if (dup) return dup;
    // The server would treat a reused id as a retry or store it twice; refuse it like the other adapters.
    const ids = new Set(existing.map((e) => e.meta.eventId));
    req.events.forEach((e, i) => {
      if (ids.has(e.eventId)) {
        throw new StoreError(
          'INVALID_EVENT',
          `stream ${req.streamId}, event #${i} (${e.type}): meta.eventId ${e.eventId} is already stored`,
          { streamId: req.streamId, index: i, issues: [{ path: 'meta.eventId', message: 'already stored' }] },
        );
      }
    });
    const events = req.events.map((e) =>
      jsonEvent({
        id: esdbEventId(e.eventId),
        type: e.type,
        data: JSON.parse(e.dataJson) as Record<string, unknown>,
        metadata: { schemaVersion: e.schemaVersion, meta: JSON.parse(e.metaJson) as EventMeta },
      }),
    );
    try {
      const r = await client.appendToStream(req.streamId, events, {
        expectedRevision: toEsdbExpected(req.expectedRevision),
      });
      if (r.position) remember(r.position);
      signal.notify();
      return { nextRevision: r.nextExpectedRevision, position: r.position?.prepare ?? -1n, deduplicated: false };
    } catch (e) {
      if (e instanceof WrongExpectedVersionError) {
        // A concurrent retry of the same command may have won the race: report it as a retry.
        const again = earlier(req, await readWholeStream(req.streamId));
        if (again) return again;
        const actual = typeof e.actualVersion === 'bigint' ? e.actualVersion : 'no-stream';
        throw new WrongExpectedRevision(req.streamId, req.expectedRevision, actual);
      }
      throw e;
    }
  }

  async function* readAll(opts: ReadAllOptions = {}): AsyncGenerator<RecordedEvent[]> {
    ensureOpen();
    const batchSize = Math.max(1, opts.batchSize ?? 1000);
    const from = opts.fromPosition ?? 0n;
    const to = opts.toPosition;
    const startAt = from <= 0n ? START : (known.get(from) ?? { commit: from, prepare: from });
    let batch: RecordedEvent[] = [];
    const scan = async function* (fromPosition: typeof startAt) {
      for await (const r of client.readAll({ fromPosition, direction: FORWARDS, resolveLinkTos: false })) {
        const e = r.event;
        if (!e || isSystem(e)) continue;
        yield e as EsdbRecorded;
      }
    };
    let source = scan(startAt);
    let first = true;
    while (true) {
      let next: IteratorResult<EsdbRecorded>;
      try {
        next = await source.next();
      } catch (err) {
        // A position that is not a record's own is refused by the server: fall back to a full scan
        // that skips to it (slow, but correct).
        if (!first || startAt === START) throw err;
        source = scan(START);
        first = false;
        continue;
      }
      first = false;
      if (next.done) break;
      const ev = toRecorded(next.value);
      if (ev.position < from) continue;
      if (to !== undefined && ev.position > to) break;
      batch.push(ev);
      if (batch.length >= batchSize) {
        yield batch;
        batch = [];
        if (closed) return;
      }
    }
    if (batch.length > 0) yield batch;
  }

  function startPush(): void {
    if (push) return;
    // The server pushes new events; they only wake subscribers, which read $all themselves.
    const sub = client.subscribeToAll({ fromPosition: END, filter: excludeSystemEvents() });
    sub.on('data', () => signal.notify());
    sub.on('error', () => {
      push = undefined; // the poll keeps subscribers going; the next subscribe() retries the push
    });
    push = sub;
  }

  return {
    async append(streamId: string, events: readonly NewEvent[], expectedRevision: ExpectedRevision) {
      ensureOpen();
      return appendPrepared(prepareRequest({ streamId, events, expectedRevision }));
    },
    async appendMany(requests: readonly AppendRequest[]) {
      ensureOpen();
      const prepared = requests.map((r, i) => prepareRequest(r, requests.length > 1 ? i : undefined));
      // Best effort before any write: conflicts found now leave nothing written.
      const planned = new Map<string, bigint>();
      for (const p of prepared) {
        const current = planned.get(p.streamId) ?? (await currentRevision(p.streamId));
        const dup = earlier(p, current >= 0n ? await readWholeStream(p.streamId) : []);
        if (dup) continue;
        checkRevision(p.streamId, p.expectedRevision, current);
        planned.set(p.streamId, current + BigInt(p.events.length));
      }
      const results: AppendResult[] = [];
      for (const p of prepared) results.push(await appendPrepared(p));
      return results;
    },
    async readStream(streamId: string) {
      ensureOpen();
      checkStreamName(streamId);
      return readWholeStream(streamId);
    },
    readAll,
    subscribe(fromPosition = 0n) {
      ensureOpen();
      startPush();
      const sub = createSubscription(readAll, signal, fromPosition, options.pollMs ?? 1000, () =>
        subscriptions.delete(sub),
      );
      subscriptions.add(sub);
      return sub;
    },
    async streamExists(streamId: string) {
      ensureOpen();
      checkStreamName(streamId);
      return (await currentRevision(streamId)) >= 0n;
    },
    async headPosition() {
      ensureOpen();
      for await (const r of client.readAll({ fromPosition: END, direction: BACKWARDS, maxCount: 200 })) {
        if (r.event && !isSystem(r.event)) return toRecorded(r.event as EsdbRecorded).position;
      }
      return -1n;
    },
    async close() {
      if (closed) return;
      closed = true;
      await Promise.all([...subscriptions].map((s) => s.close()));
      await push?.unsubscribe().catch(() => {});
      await client.dispose();
    },
  };
}
