// Main-thread side of the writer thread: a BatchWriter whose commits (and fsyncs) happen off the event
// loop, plus the sink for idempotency records. Falls back to nothing: callers check `available`.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import {
  type AppendRequest,
  type Outcome,
  type OutcomeWire,
  outcomesFromWire,
  type PreparedRequest,
  prepareSettled,
  StoreError,
  toWire,
  wireTransfer,
} from '@motcua/store';
import type { BatchWriter, Settled } from './group-commit.js';
import type { IdempotencyEntry } from './idempotency.js';

export interface WorkerWriter {
  readonly write: BatchWriter;
  /** True once the thread died; its pending and later writes reject. */
  readonly dead: boolean;
  persistIdempotency(entries: IdempotencyEntry[]): Promise<void>;
  close(): Promise<void>;
}

/** The compiled worker script: next to this module when running from dist, else in ../dist (tests run sources). */
export function workerScript(): string | null {
  for (const rel of ['./commit-worker.js', '../dist/commit-worker.js']) {
    const p = fileURLToPath(new URL(rel, import.meta.url));
    if (existsSync(p)) return p;
  }
  return null;
}

const settled = (o: Outcome): Settled => (o instanceof StoreError ? { ok: false, error: o } : { ok: true, value: o });

export async function startWorkerWriter(path: string, script: string): Promise<WorkerWriter> {
  const worker = new Worker(script, { workerData: { path } });
  const waiting = new Map<number, { resolve: (r: Outcome[]) => void; reject: (e: Error) => void }>();
  let nextId = 1;
  let failed: Error | null = null;
  await new Promise<void>((resolve, reject) => {
    const onMessage = (m: { id: number; ready?: boolean; outcomes?: OutcomeWire; fatal?: string }) => {
      if (m.ready) {
        resolve();
        return;
      }
      const w = waiting.get(m.id);
      if (!w) return;
      waiting.delete(m.id);
      if (m.fatal !== undefined) w.reject(new Error(m.fatal));
      else w.resolve(m.outcomes ? outcomesFromWire(m.outcomes) : []);
    };
    worker.on('message', onMessage);
    worker.once('error', (e) => {
      failed = e;
      reject(e);
      for (const w of waiting.values()) w.reject(e);
      waiting.clear();
    });
    worker.once('exit', (code) => {
      const e = failed ?? new Error(`writer thread exited (${code})`);
      failed = e;
      for (const w of waiting.values()) w.reject(e);
      waiting.clear();
    });
  });
  const send = (kind: string, payload: Record<string, unknown>, transfer: ArrayBuffer[] = []): Promise<Outcome[]> => {
    if (failed) return Promise.reject(failed);
    const id = nextId++;
    return new Promise((resolve, reject) => {
      waiting.set(id, { resolve, reject });
      worker.postMessage({ kind, id, ...payload }, transfer);
    });
  };
  let closed: Promise<void> | null = null;
  return {
    get dead() {
      return failed !== null && closed === null;
    },
    // Checked and serialised here (prepareSettled, as the main thread's own writer would), sent in the one
    // thread wire format (prepared-wire.ts) with its typed arrays transferred; the thread only writes.
    // A request refused here never crosses: its error is its answer.
    write: async (requests: readonly AppendRequest[]) => {
      const items = prepareSettled(requests);
      const prepared = items.filter((i): i is PreparedRequest => !(i instanceof StoreError));
      if (prepared.length === 0) return items.map((i) => settled(i as StoreError));
      const wire = toWire(prepared);
      const written = (await send('batch', { wire }, wireTransfer(wire))).values();
      return items.map((i) => settled(i instanceof StoreError ? i : written.next().value!));
    },
    async persistIdempotency(entries) {
      await send('idempotency', { idempotency: entries });
    },
    close() {
      closed ??= (async () => {
        try {
          await send('close', {});
        } finally {
          await worker.terminate();
        }
      })();
      return closed;
    },
  };
}
