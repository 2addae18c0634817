// A dossier's events read from PostgreSQL synchronously, as SQLite's readStreamSync reads them: the
// ledger's timelines and dossier views are built inside synchronous calls, and a server on PostgreSQL
// would otherwise have to hold every raw event of the log in memory (and could not start from a ledger
// snapshot, which holds none). One worker thread keeps its own connection; the caller posts the stream's
// name and blocks (Atomics.wait) until the worker has posted the rows back, then takes them off the port
// at once (receiveMessageOnPort). The wait is one round trip to the server, about a millisecond on a
// local network; SQLite's own read blocks the same thread for its disk read.
//
// While the database is unreachable (a failover, an outage) that wait would block the whole server, reports
// it answers from memory included, for the full timeout on every timeline asked for. So a read that timed out
// or failed to connect ends the worker (its connection may be stuck) and, for `retryAfterMs`, reads fail at
// once with STORE_UNAVAILABLE instead of waiting; the next read after that tries again on a fresh worker,
// waiting no longer than a steady read (not the start allowance), and each failure in a row doubles the window
// (up to a minute): through a long outage the thread is held for a few seconds a minute, not most of it.
import { createRequire } from 'node:module';
import { MessageChannel, type MessagePort, receiveMessageOnPort, Worker } from 'node:worker_threads';
import type { RecordedEvent } from '../port.js';
import { StoreError } from '../port.js';
import { RECORDED_COLUMNS, type StoredRow, toRecorded } from '../recorded-row.js';

const WORKER_SOURCE = `
const { workerData } = require('node:worker_threads');
const pg = require(workerData.pg);
const { port, flag, url, select } = workerData;
let client = null;
port.on('message', async ({ id, streamId }) => {
  let answer;
  try {
    if (!client) {
      client = new pg.Client({ connectionString: url, application_name: 'motcua-timelines' });
      client.on('error', () => { client = null; });
      await client.connect();
    }
    const r = await client.query({ text: select, values: [streamId], rowMode: 'array' });
    answer = { id, rows: r.rows };
  } catch (e) {
    const c = client;
    client = null;
    if (c) c.end().catch(() => {});
    answer = { id, error: String(e && e.message ? e.message : e) };
  }
  port.postMessage(answer);
  Atomics.add(flag, 0, 1);
  Atomics.notify(flag, 0);
});
`;

const pgModule = createRequire(import.meta.url).resolve('pg');

export interface SyncStreamReader {
  read(streamId: string): RecordedEvent[];
  close(): Promise<void>;
}

export function createSyncStreamReader(
  url: string,
  S: string,
  label: string,
  timeoutMs = 3_000,
  retryAfterMs = 5_000,
  /** The first read of a fresh worker also waits for the thread to start and connect. */
  startTimeoutMs = 10_000,
): SyncStreamReader {
  let worker: Worker | null = null;
  let port: MessagePort | null = null;
  /** Until when (epoch ms) reads fail at once: the last one could not reach the database. */
  let downUntil = 0;
  /** Failures since the last read that reached the database: the window doubles with each. */
  let failures = 0;
  const unavailable = (streamId: string, why: string): StoreError => {
    downUntil = Date.now() + Math.min(60_000, retryAfterMs * 2 ** failures);
    failures++;
    // The worker may hold a connection that never answers: a fresh one is started for the next try.
    const w = worker;
    worker = null;
    port?.close();
    port = null;
    void w?.terminate();
    return new StoreError('STORE_UNAVAILABLE', `${label}: reading ${streamId} ${why}`, { database: label });
  };
  const flag = new Int32Array(new SharedArrayBuffer(4));
  let nextId = 1;
  const start = () => {
    const channel = new MessageChannel();
    worker = new Worker(WORKER_SOURCE, {
      eval: true,
      workerData: {
        pg: pgModule,
        port: channel.port2,
        flag,
        url,
        select: `SELECT ${RECORDED_COLUMNS} FROM ${S}.events WHERE stream_id = $1 ORDER BY revision`,
      },
      transferList: [channel.port2],
    });
    worker.unref();
    port = channel.port1;
    port.unref();
  };
  return {
    read(streamId) {
      if (Date.now() < downUntil) {
        throw new StoreError(
          'STORE_UNAVAILABLE',
          `${label}: reading ${streamId}: the database could not be reached just now; not tried again for ${Math.ceil((downUntil - Date.now()) / 1000)} s`,
          { database: label },
        );
      }
      const fresh = !worker;
      if (fresh) start();
      const id = nextId++;
      port!.postMessage({ id, streamId });
      // A fresh worker's first read may wait for the thread to start and connect, unless it is a retry in an
      // outage: then it waits as a steady read does.
      const limit = fresh && failures === 0 ? startTimeoutMs : timeoutMs;
      const deadline = Date.now() + limit;
      for (;;) {
        const seen = Atomics.load(flag, 0);
        // Answers to earlier reads that timed out are taken off and dropped.
        for (let m = receiveMessageOnPort(port!); m; m = receiveMessageOnPort(port!)) {
          const a = m.message as { id: number; rows?: StoredRow[]; error?: string };
          if (a.id !== id) continue;
          if (a.error !== undefined) throw unavailable(streamId, `failed: ${a.error}`);
          failures = 0;
          return a.rows!.map(toRecorded);
        }
        const left = deadline - Date.now();
        if (left <= 0 || Atomics.wait(flag, 0, seen, left) === 'timed-out') {
          throw unavailable(streamId, `took over ${limit} ms`);
        }
      }
    },
    async close() {
      port?.close();
      await worker?.terminate();
      worker = null;
    },
  };
}
