// verifyChain: recompute the hash chain of a log, given an open store or the path of a SQLite file.
import { existsSync } from 'node:fs';
import Database from 'better-sqlite3';
import { type EventStore, StoreError } from './port.js';
import { VERIFY_MMAP_BYTES, verifyFileParallel, workersFor } from './sqlite/verify-parallel.js';
import { verifyDb } from './sqlite/verify-walk.js';
import { createChainWalker, type VerifyOutcome, withHashes } from './verify-core.js';

export type { VerifyOutcome, VerifyResult } from './verify-core.js';

/** A store, or the path of a SQLite ledger file (opened read-only for the walk). */
export type VerifyTarget = EventStore | string;

export interface VerifyOptions {
  /** Also report the head hash after each of these sizes (used to check older checkpoints). */
  readonly rememberAt?: readonly bigint[];
  /** SQLite only: worker threads to check with. Default: every core for logs of 50,000 events or
   *  more, otherwise 1 (checked in this thread). */
  readonly workers?: number;
}

type Verifiable = EventStore & { verify?: (o?: VerifyOptions) => Promise<VerifyOutcome> };

export { PARALLEL_VERIFY_MIN_EVENTS } from './sqlite/verify-parallel.js';

export async function verifyChain(target: VerifyTarget, options: VerifyOptions = {}): Promise<VerifyOutcome> {
  const rememberAt = options.rememberAt ?? [];
  if (typeof target === 'string') return verifyFile(target, rememberAt, options.workers);
  // Adapters with their own verify (SQLite, in-memory) walk their stored rows directly.
  const own = (target as Verifiable).verify;
  if (typeof own === 'function') return own.call(target, options);
  return walkStore(target, rememberAt);
}

async function verifyFile(path: string, rememberAt: readonly bigint[], workers?: number): Promise<VerifyOutcome> {
  if (!existsSync(path)) throw new StoreError('STORE_CORRUPT', `no ledger file at ${path}`, { path });
  const db = new Database(path, { readonly: true, fileMustExist: true });
  try {
    const hasEvents = db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'events'").get();
    if (!hasEvents) throw new StoreError('STORE_CORRUPT', `${path} holds no event log`, { path });
    const size = (db.prepare('SELECT MAX(position) FROM events').pluck().get() as number | null) ?? 0;
    const n = workersFor(size, workers);
    if (n > 1) return await verifyFileParallel(path, { workers: n, rememberAt });
    db.pragma(`mmap_size = ${VERIFY_MMAP_BYTES}`);
    return verifyDb(db, rememberAt);
  } finally {
    db.close();
  }
}

/** Generic walk through readAll: the JSON text is recomputed from the events as read (parsing
 *  and re-serialising stored JSON gives back the same text). */
async function walkStore(store: EventStore, rememberAt: readonly bigint[]): Promise<VerifyOutcome> {
  const w = createChainWalker(rememberAt);
  for await (const batch of store.readAll({ batchSize: 5000 })) {
    for (const e of batch) {
      if (e.hash === '') {
        throw new StoreError('UNSUPPORTED', 'this store keeps no hash chain (EventStoreDB relies on its own log)');
      }
      const failure = w.step({
        position: e.position,
        streamId: e.streamId,
        revision: e.revision,
        type: e.type,
        schemaVersion: e.schemaVersion,
        occurredAt: e.meta.occurredAt,
        recordedAt: e.recordedAt,
        dataJson: JSON.stringify(e.data),
        metaJson: JSON.stringify(e.meta),
        hash: e.hash,
      });
      if (failure) return failure;
    }
  }
  return withHashes(w, w.finish(), rememberAt);
}
