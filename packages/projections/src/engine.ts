// The projection engine: a projection is a named, versioned pure fold over the global log. The engine
// reads from the projection's checkpoint, folds a batch, and writes the state and the position it
// reached in one transaction, so a crash between the two cannot happen and an event delivered again
// (at-least-once) is recognised by its position and never counted twice. A stored version that
// differs from the code's, or an explicit request, rebuilds from zero. After catching up to the head
// it follows the log live through store.subscribe.

import type { EventStore, RecordedEvent } from '@motcua/store';
import type Database from 'better-sqlite3';
import { ProjectionError } from './errors.js';

export interface Projection<S, W extends string | Uint8Array = string> {
  name: string;
  /** Bump when apply() changes meaning: the stored state is then rebuilt from zero. */
  version: number;
  initial(): S;
  apply(state: S, e: RecordedEvent): S;
  /** The state as text for a checkpoint row, or as bytes for a large state (the ledger's snapshot). */
  serialize?(s: S): W;
  deserialize?(s: W): S;
  /**
   * False for a state that is not written to checkpoints: every run folds the log from zero (the
   * in-memory ledger, whose typed arrays live in this process only; see ledger-projection.ts). Default true.
   */
  checkpointed?: boolean;
}

export interface StoredCheckpoint {
  version: number;
  /** Last position folded into the state; -1n before any. */
  position: bigint;
  state: string;
}

/** Where checkpoints live. save() must write state and position atomically. */
export interface CheckpointStore {
  load(name: string): StoredCheckpoint | null;
  save(name: string, checkpoint: StoredCheckpoint): void;
  clear(name: string): void;
}

/** Checkpoints in the SQLite database (the store's own handle, or another file). */
export function sqliteCheckpoints(db: Database.Database): CheckpointStore {
  db.exec(`CREATE TABLE IF NOT EXISTS projection_checkpoints (
    name TEXT PRIMARY KEY,
    version INTEGER NOT NULL,
    position TEXT NOT NULL,
    state TEXT NOT NULL,
    updated_at TEXT NOT NULL
  )`);
  const get = db.prepare<[string], { version: number; position: string; state: string }>(
    'SELECT version, position, state FROM projection_checkpoints WHERE name = ?',
  );
  const put = db.prepare(
    `INSERT INTO projection_checkpoints (name, version, position, state, updated_at) VALUES (?, ?, ?, ?, ?)
     ON CONFLICT(name) DO UPDATE SET version = excluded.version, position = excluded.position,
       state = excluded.state, updated_at = excluded.updated_at`,
  );
  const del = db.prepare('DELETE FROM projection_checkpoints WHERE name = ?');
  // One statement is one transaction in SQLite; the explicit transaction keeps it so if more is added.
  const save = db.transaction((name: string, cp: StoredCheckpoint) => {
    put.run(name, cp.version, cp.position.toString(), cp.state, new Date().toISOString());
  });
  return {
    load(name) {
      const row = get.get(name);
      return row ? { version: row.version, position: BigInt(row.position), state: row.state } : null;
    },
    save,
    clear(name) {
      del.run(name);
    },
  };
}

export interface MemoryCheckpoints extends CheckpointStore {
  /** Number of saves so far: tests check batching. */
  readonly saves: number;
}

/** Checkpoints in memory, for tests and throwaway runs. */
export function memoryCheckpoints(): MemoryCheckpoints {
  const rows = new Map<string, StoredCheckpoint>();
  let saves = 0;
  return {
    load: (name) => {
      const cp = rows.get(name);
      return cp ? { ...cp } : null;
    },
    save: (name, cp) => {
      saves++;
      rows.set(name, { ...cp });
    },
    clear: (name) => {
      rows.delete(name);
    },
    get saves() {
      return saves;
    },
  };
}

/** JSON that keeps bigints (positions, revisions) exact. */
export const serializeJson = (v: unknown): string =>
  JSON.stringify(v, (_k, x) => (typeof x === 'bigint' ? { $bigint: x.toString() } : x));
export const deserializeJson = <S>(s: string): S =>
  JSON.parse(s, (_k, x) =>
    x !== null && typeof x === 'object' && typeof x.$bigint === 'string' && Object.keys(x).length === 1
      ? BigInt(x.$bigint)
      : x,
  ) as S;

export interface RunOptions {
  /** Events folded per transaction during catch-up (default 1000). */
  batchSize?: number;
  /** Follow the log after catching up (default true). */
  live?: boolean;
  /** Discard the stored state and rebuild from zero. */
  rebuild?: boolean;
}

export interface ProjectionRun<S> {
  readonly name: string;
  /** The state as of `position`. */
  readonly state: S;
  readonly position: bigint;
  /** True when this run started from zero because of a version change or a request. */
  readonly rebuilt: boolean;
  /** Resolves once the log as it stood at start has been folded in. */
  readonly caughtUp: Promise<void>;
  /** Settles when the run stops: resolves on stop(), rejects when a fold or a save fails. */
  readonly done: Promise<void>;
  /** Resolves once the state has folded in `position` (or a later one). */
  waitFor(position: bigint): Promise<void>;
  stop(): Promise<void>;
}

function checkpointsOf(target: Database.Database | CheckpointStore): CheckpointStore {
  return 'load' in target && 'save' in target ? target : sqliteCheckpoints(target as Database.Database);
}

/** Discards a projection's stored state and position: the next run rebuilds from zero. */
export function resetProjection(target: Database.Database | CheckpointStore, name: string): void {
  checkpointsOf(target).clear(name);
}

/**
 * Runs a projection: restore or rebuild, catch up in batches (one transaction each), then follow live.
 * `target` is a better-sqlite3 handle (checkpoints in table projection_checkpoints) or a CheckpointStore.
 */
export function runProjection<S>(
  target: Database.Database | CheckpointStore,
  store: EventStore,
  // A state serialized to bytes is not checkpointed in the engine's rows (the ledger keeps its snapshots
  // on the store's shelf: ledger-snapshot.ts).
  projection: Projection<S> | (Projection<S, Uint8Array> & { checkpointed: false }),
  opts: RunOptions = {},
): ProjectionRun<S> {
  const checkpoints = checkpointsOf(target);
  const textual = projection as Projection<S>;
  const serialize = textual.serialize ?? serializeJson;
  const deserialize = textual.deserialize ?? deserializeJson<S>;
  const batchSize = opts.batchSize ?? 1000;
  const live = opts.live ?? true;

  let state: S;
  let position = -1n;
  let rebuilt = false;
  const checkpointed = projection.checkpointed ?? true;
  const stored = opts.rebuild || !checkpointed ? null : checkpoints.load(projection.name);
  if (stored && stored.version === projection.version) {
    state = deserialize(stored.state);
    position = stored.position;
  } else {
    rebuilt = opts.rebuild === true || stored !== null;
    state = projection.initial();
    if (stored) checkpoints.clear(projection.name);
  }

  let stopped = false;
  let subscription: { close(): Promise<void> } | null = null;
  const waiters: Array<{ at: bigint; resolve: () => void }> = [];
  let resolveCaughtUp!: () => void;
  let rejectCaughtUp!: (e: unknown) => void;
  const caughtUp = new Promise<void>((res, rej) => {
    resolveCaughtUp = res;
    rejectCaughtUp = rej;
  });
  caughtUp.catch(() => {});

  const notify = (): void => {
    for (let i = waiters.length - 1; i >= 0; i--) {
      const w = waiters[i]!;
      if (w.at <= position) {
        waiters.splice(i, 1);
        w.resolve();
      }
    }
  };

  /** Folds a batch and saves state + position together; a failed fold stops the run before any save. */
  const commit = (events: readonly RecordedEvent[]): void => {
    let next = state;
    let at = position;
    for (const e of events) {
      // At-least-once delivery: anything at or below the checkpoint is already in the state.
      if (e.position <= at) continue;
      try {
        next = projection.apply(next, e);
      } catch (err) {
        throw new ProjectionError(
          'PROJECTION_FAILED',
          `projection ${projection.name}: event at position ${e.position} (${e.streamId}, ${e.type}): ${err instanceof Error ? err.message : String(err)}`,
          { projection: projection.name, position: e.position.toString(), cause: err },
        );
      }
      at = e.position;
    }
    if (at === position) return;
    if (checkpointed) {
      checkpoints.save(projection.name, { version: projection.version, position: at, state: serialize(next) });
    }
    state = next;
    position = at;
    notify();
  };

  const done = (async () => {
    try {
      const head = await store.headPosition();
      let batch: RecordedEvent[] = [];
      for await (const page of store.readAll({ fromPosition: position + 1n, toPosition: head, batchSize })) {
        if (stopped) break;
        for (const e of page) {
          batch.push(e);
          if (batch.length >= batchSize) {
            commit(batch);
            batch = [];
          }
        }
      }
      commit(batch);
      resolveCaughtUp();
      if (!live || stopped) return;
      const sub = store.subscribe(position + 1n);
      subscription = sub;
      if (stopped) {
        await sub.close();
        return;
      }
      for await (const e of sub) {
        if (stopped) break;
        commit([e]);
      }
    } catch (err) {
      rejectCaughtUp(err);
      throw err;
    }
  })();
  done.catch(() => {});

  return {
    name: projection.name,
    get state() {
      return state;
    },
    get position() {
      return position;
    },
    rebuilt,
    caughtUp,
    done,
    waitFor(at: bigint) {
      if (at <= position) return Promise.resolve();
      return new Promise<void>((resolve, reject) => {
        waiters.push({ at, resolve });
        done.then(
          () => reject(new ProjectionError('PROJECTION_FAILED', `projection ${projection.name} stopped before ${at}`)),
          reject,
        );
      });
    },
    async stop() {
      stopped = true;
      if (subscription) await subscription.close();
      await done.catch(() => {});
    },
  };
}

/** Catch up once (no live phase) and return the state: for commands that report and exit. */
export async function catchUpProjection<S>(
  target: Database.Database | CheckpointStore,
  store: EventStore,
  projection: Projection<S> | (Projection<S, Uint8Array> & { checkpointed: false }),
  opts: Omit<RunOptions, 'live'> = {},
): Promise<{ state: S; position: bigint; rebuilt: boolean }> {
  const run = runProjection(target, store, projection, { ...opts, live: false });
  await run.done;
  return { state: run.state, position: run.position, rebuilt: run.rebuilt };
}
