// The one writer of a SQLite store. Every write path (a single append, the settled group commit, the bulk
// import) runs through it: it owns the rows buffered for multi-row INSERTs, the command index and the
// transaction that holds them together, and resets all three in one place.
// One writer: every transaction is BEGIN IMMEDIATE and reads the chain head inside it, so even a second
// process writing the same file extends the chain correctly.
import type Database from 'better-sqlite3';
import { GENESIS_HASH } from '../chain.js';
import { type ChainHead, type RowToWrite, stampRecordedAt, type WriteTx } from '../write-core.js';
import { createCommandIndex } from './command-index.js';

/** A write transaction in progress: apply requests with `tx` against `head`, then commit or roll back. */
export interface OpenWrite {
  readonly tx: WriteTx;
  /** The chain's tip, advanced by every row written. */
  readonly head: ChainHead;
  /** recordedAt of every row of this transaction. */
  readonly recordedAt: string;
  /** Writes the buffered rows and commits (one fsync); on failure rolls back and throws. */
  commit(): void;
  rollback(): void;
}

export interface SqliteWriter {
  /** Opens a write transaction. `undoable: false` keeps no undo log of the command index (bulk writes). */
  begin(undoable: boolean): OpenWrite;
  /** One transaction around `body`: committed if it returns, rolled back if it throws. */
  transact<T>(body: (w: OpenWrite) => T): T;
  /** Inserts the buffered rows of the open transaction, so a read of `events` inside it sees them. */
  flush(): void;
}

const ROW_PARAMS = '(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)';
const COLUMNS = 12;
// Rows go in INSERT_CHUNK at a time through one multi-row statement: the per-call overhead of a
// single-row insert was most of its cost.
const INSERT_CHUNK = 64;

export function createSqliteWriter(db: Database.Database, clock: () => Date): SqliteWriter {
  const INSERT = `INSERT INTO events (position, stream_id, revision, event_id, command_id, type, schema_version,
    occurred_at, recorded_at, data, meta, hash) VALUES `;
  const insertOne = db.prepare(INSERT + ROW_PARAMS);
  const insertMany = db.prepare(INSERT + Array(INSERT_CHUNK).fill(ROW_PARAMS).join(', '));
  const q = {
    head: db.prepare('SELECT position, hash, recorded_at FROM events ORDER BY position DESC LIMIT 1').raw(),
    seq: db.prepare("SELECT seq FROM sqlite_sequence WHERE name = 'events'").pluck(),
    streamRev: db.prepare('SELECT MAX(revision) FROM events WHERE stream_id = ?').pluck(),
    byPosition: db.prepare('SELECT stream_id, revision FROM events WHERE position = ?').raw(),
    streamEventIds: db.prepare('SELECT event_id FROM events WHERE stream_id = ?').pluck(),
    begin: db.prepare('BEGIN IMMEDIATE'),
    commit: db.prepare('COMMIT'),
    rollback: db.prepare('ROLLBACK'),
  };
  const commands = createCommandIndex(db);
  const buffered: Array<string | number> = [];
  /** Stream → last revision written in the open transaction (a cache of the table plus `buffered`). */
  const txRevisions = new Map<string, number>();

  const flush = () => {
    for (let i = 0; i < buffered.length; i += COLUMNS) insertOne.run(buffered.slice(i, i + COLUMNS));
    buffered.length = 0;
  };
  const reset = () => {
    buffered.length = 0;
    txRevisions.clear();
  };

  const tx: WriteTx = {
    streamRevision: (s) => {
      // A stream written in this transaction: its revision is known, rows may still be buffered.
      // Any other stream has no buffered rows, so the table alone answers.
      const written = txRevisions.get(s);
      if (written !== undefined) return BigInt(written);
      const r = q.streamRev.get(s) as number | null;
      return r === null ? -1n : BigInt(r);
    },
    findCommand: (c) => {
      // Caught up at the first lookup, not at BEGIN: a bulk write that writes nothing (an import finding
      // every dossier already recorded) would read every command id of the ledger for nothing.
      commands.catchUp();
      const position = commands.get(c);
      if (position === undefined) return undefined;
      flush();
      const r = q.byPosition.get(position) as [string, number] | undefined;
      return r ? { streamId: r[0], revision: BigInt(r[1]), position: BigInt(position) } : undefined;
    },
    streamEventIds: (s) => {
      flush();
      return new Set(q.streamEventIds.all(s) as string[]);
    },
    insert: (r: RowToWrite) => {
      const position = Number(r.position); // numbers bind faster than bigints; positions stay far below 2^53
      const revision = Number(r.revision);
      commands.record(r.commandId, position);
      txRevisions.set(r.streamId, revision);
      buffered.push(
        position,
        r.streamId,
        revision,
        r.eventId,
        r.commandId,
        r.type,
        r.schemaVersion,
        r.occurredAt,
        r.recordedAt,
        r.dataJson,
        r.metaJson,
        r.hash,
      );
      if (buffered.length === INSERT_CHUNK * COLUMNS) {
        insertMany.run(buffered);
        buffered.length = 0;
      }
    },
  };

  const readHead = (): ChainHead => {
    const h = q.head.get() as [number, string, string] | undefined;
    const seq = (q.seq.get() as number | undefined) ?? 0;
    return {
      lastPosition: BigInt(Math.max(seq, h?.[0] ?? 0)),
      hash: h?.[1] ?? GENESIS_HASH,
      recordedAt: h?.[2] ?? null,
    };
  };

  function begin(undoable: boolean): OpenWrite {
    reset();
    commands.begin(undoable);
    q.begin.run();
    let finished = false;
    const rollback = () => {
      if (finished) return;
      finished = true;
      reset();
      if (db.inTransaction) q.rollback.run();
      commands.rolledBack();
    };
    let head: ChainHead;
    let recordedAt: string;
    try {
      head = readHead();
      recordedAt = stampRecordedAt(clock, head);
    } catch (e) {
      rollback();
      throw e;
    }
    return {
      tx,
      head,
      recordedAt,
      commit() {
        if (finished) return;
        try {
          flush();
          q.commit.run();
        } catch (e) {
          // A failed COMMIT (disk full, I/O) may leave the transaction open: undo it, the file stays as it was.
          rollback();
          throw e;
        }
        finished = true;
        reset();
        commands.committed(Number(head.lastPosition));
      },
      rollback,
    };
  }

  return {
    begin,
    transact(body) {
      const w = begin(true);
      let result: ReturnType<typeof body>;
      try {
        result = body(w);
      } catch (e) {
        w.rollback();
        throw e;
      }
      w.commit();
      return result;
    },
    flush,
  };
}
