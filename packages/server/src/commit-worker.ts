// The writer thread. better-sqlite3 blocks its thread for the whole commit, fsync included (5-10 ms
// on an ordinary disk with synchronous = FULL); running the commits here lets the main thread keep
// parsing and deciding the next batch meanwhile, which is what makes group commit pay off.
// Messages (each answered with its id, in order): {kind:'batch', wire} → {id, outcomes} | {id, fatal}, both
// in the thread wire format of the store's prepared-wire.ts (requests prepared on the main thread, so this
// thread only writes); {kind:'idempotency', idempotency} → {id}; {kind:'close'} → {id}.
import { parentPort, workerData } from 'node:worker_threads';
import { fromWire, openSqliteStore, outcomesToWire, outcomeTransfer, type PreparedWire } from '@motcua/store';
import Database from 'better-sqlite3';
import type { IdempotencyEntry } from './idempotency.js';

const port = parentPort;
if (!port) throw new Error('commit-worker runs as a worker thread');
const { path } = workerData as { path: string };

const store = openSqliteStore({ path });
// Idempotency records are advisory (a lost one is covered by the store's command-id deduplication),
// so they go through a second connection that does not fsync on each commit.
const side = new Database(path);
side.pragma('busy_timeout = 10000');
side.pragma('synchronous = NORMAL');
const insert = side.prepare(
  'INSERT OR IGNORE INTO server_idempotency (scope, request_hash, status, headers, body, created_at) VALUES (?, ?, ?, ?, ?, ?)',
);
const writeIdempotency = side.transaction((entries: IdempotencyEntry[]) => {
  const now = new Date().toISOString();
  for (const e of entries) insert.run(e.scope, e.requestHash, e.status, JSON.stringify(e.headers), e.body, now);
});

port.on('message', async (msg: { kind: string; id: number; wire?: PreparedWire; idempotency?: IdempotencyEntry[] }) => {
  try {
    if (msg.kind === 'batch') {
      const outcomes = outcomesToWire(store.appendPreparedSettled(fromWire(msg.wire!)));
      port.postMessage({ id: msg.id, outcomes }, outcomeTransfer(outcomes));
    } else if (msg.kind === 'idempotency') {
      writeIdempotency(msg.idempotency ?? []);
      port.postMessage({ id: msg.id });
    } else if (msg.kind === 'close') {
      side.close();
      await store.close();
      port.postMessage({ id: msg.id });
    }
  } catch (e) {
    port.postMessage({ id: msg.id, fatal: (e as Error).message });
  }
});
port.postMessage({ id: 0, ready: true });
