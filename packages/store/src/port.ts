// The event-store port. Every adapter (in-memory, SQLite, PostgreSQL, EventStoreDB) implements it and passes
// the same contract suite. Revisions and positions are bigint throughout.
import type { EventMeta } from '@motcua/domain';

/** bigint: the stream must be at exactly this revision (0n = one event so far). */
export type ExpectedRevision = bigint | 'no-stream' | 'stream-exists' | 'any';

/** An event as handed to the store: type, schema version, data and metadata (meta.commandId required). */
export interface NewEvent {
  readonly type: string;
  readonly schemaVersion: number;
  readonly data: unknown;
  readonly meta: EventMeta;
}

/** An event as stored: the store adds stream, revision, global position, recordedAt and the chain hash. */
export interface RecordedEvent {
  readonly streamId: string;
  readonly revision: bigint;
  readonly position: bigint;
  /** ISO 8601 UTC; non-decreasing along global position. */
  readonly recordedAt: string;
  readonly type: string;
  readonly schemaVersion: number;
  readonly data: unknown;
  readonly meta: EventMeta;
  /** Hex SHA-256 chain hash (empty string for adapters without tamper evidence, e.g. EventStoreDB). */
  readonly hash: string;
}

export interface AppendResult {
  /** Revision of the last event written (or found, for an idempotent retry). */
  readonly nextRevision: bigint;
  /** Global position of the last event written (or found). */
  readonly position: bigint;
  /** True when the command id was already stored and nothing was written. */
  readonly deduplicated: boolean;
}

export interface AppendRequest {
  readonly streamId: string;
  readonly events: readonly NewEvent[];
  readonly expectedRevision: ExpectedRevision;
}

export interface ReadAllOptions {
  /** First position to return (inclusive). Default 0n. Positions are positive, increasing, never reused,
   *  and not necessarily contiguous (EventStoreDB commit positions are not). */
  readonly fromPosition?: bigint;
  /** Last position to return (inclusive). */
  readonly toPosition?: bigint;
  readonly batchSize?: number;
}

export interface Subscription extends AsyncIterable<RecordedEvent> {
  close(): Promise<void>;
}

export interface EventStore {
  /** Atomic append to one stream. Idempotent on meta.commandId; typed conflict on a wrong expected revision. */
  append(streamId: string, events: readonly NewEvent[], expectedRevision: ExpectedRevision): Promise<AppendResult>;
  /** Several streams in one transaction where the adapter can (SQLite, in-memory); all or nothing. */
  appendMany(requests: readonly AppendRequest[]): Promise<AppendResult[]>;
  readStream(streamId: string): Promise<RecordedEvent[]>;
  /** The global log in position order, in batches. */
  readAll(options?: ReadAllOptions): AsyncIterable<RecordedEvent[]>;
  /** Catch-up from a position (inclusive), then live. Each event exactly once, in order. */
  subscribe(fromPosition?: bigint): Subscription;
  streamExists(streamId: string): Promise<boolean>;
  /** Position of the last event, or -1n for an empty log. */
  headPosition(): Promise<bigint>;
  close(): Promise<void>;
}

export type StoreErrorCode =
  | 'WRONG_EXPECTED_REVISION'
  | 'INVALID_EVENT'
  | 'INVALID_STREAM_NAME'
  | 'STORE_CLOSED'
  | 'STORE_CORRUPT'
  /** The store's server cannot be reached or refuses the connection (PostgreSQL); the message says what to fix. */
  | 'STORE_UNAVAILABLE'
  | 'INVALID_CHECKPOINT'
  | 'UNSUPPORTED';

export class StoreError extends Error {
  constructor(
    readonly code: StoreErrorCode,
    message: string,
    readonly details: Record<string, unknown> = {},
  ) {
    super(message);
    this.name = 'StoreError';
  }
}

export class WrongExpectedRevision extends StoreError {
  constructor(
    readonly streamId: string,
    readonly expected: ExpectedRevision,
    readonly actual: bigint | 'no-stream',
  ) {
    super(
      'WRONG_EXPECTED_REVISION',
      `stream ${streamId}: expected revision ${String(expected)}, actual ${String(actual)}`,
      { streamId },
    );
    this.name = 'WrongExpectedRevision';
  }
}
