// Main-thread side of the writer thread: a BatchWriter whose commits (and fsyncs) happen off the event
// loop, plus the sink for idempotency records. Falls back to nothing: callers check `available`.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import {
  type AppendRequest,
  type AppendResult,
  type ExpectedRevision,
  StoreError,
  WrongExpectedRevision,
} from '@motcua/store';
import type { BatchWriter, Settled } from './group-commit.js';
import type { IdempotencyEntry } from './idempotency.js';

export type WireOutcome =
  | { ok: true; value: AppendResult }
  | {
      ok: false;
      error:
        | { kind: 'wrong-revision'; streamId: string; expected: ExpectedRevision; actual: bigint | 'no-stream' }
        | { kind: 'store'; code: StoreError['code']; message: string; details: Record<string, unknown> };
    };

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

export const bigintReplacer = (_key: string, value: unknown): unknown =>
  typeof value === 'bigint' ? { $big: value.toString() } : value;
export const bigintReviver = (_key: string, value: unknown): unknown =>
  typeof value === 'object' && value !== null && typeof (value as { $big?: unknown }).$big === 'string'
    ? BigInt((value as { $big: string }).$big)
    : value;

// The wire format between the threads. Replacer and reviver functions cost more than the rest of the
// encoding, so only the rare failures go through them: a request's one bigint (a numeric expected
// revision; events hold none) travels as {"$big": "n"}, a success as [nextRevision, position, deduplicated].
export const requestsToJson = (requests: readonly AppendRequest[]): string =>
  JSON.stringify(
    requests.map((r) =>
      typeof r.expectedRevision === 'bigint'
        ? { streamId: r.streamId, events: r.events, expectedRevision: { $big: r.expectedRevision.toString() } }
        : r,
    ),
  );

export function requestsFromJson(text: string): AppendRequest[] {
  const requests = JSON.parse(text) as Array<{ expectedRevision: unknown }>;
  for (const r of requests) {
    const e = r.expectedRevision as { $big?: unknown } | null;
    if (typeof e === 'object' && e !== null && typeof e.$big === 'string') r.expectedRevision = BigInt(e.$big);
  }
  return requests as unknown as AppendRequest[];
}

type WireItem = [string, string, boolean] | string;

export const outcomesToJson = (outcomes: readonly WireOutcome[]): string =>
  JSON.stringify(
    outcomes.map(
      (o): WireItem =>
        o.ok
          ? [o.value.nextRevision.toString(), o.value.position.toString(), o.value.deduplicated]
          : JSON.stringify(o, bigintReplacer),
    ),
  );

export const outcomesFromJson = (text: string): WireOutcome[] =>
  (JSON.parse(text) as WireItem[]).map((x) =>
    typeof x === 'string'
      ? (JSON.parse(x, bigintReviver) as WireOutcome)
      : { ok: true, value: { nextRevision: BigInt(x[0]), position: BigInt(x[1]), deduplicated: x[2] } },
  );

const unwire = (o: WireOutcome): Settled => {
  if (o.ok) return o;
  const e = o.error;
  return {
    ok: false,
    error:
      e.kind === 'wrong-revision'
        ? new WrongExpectedRevision(e.streamId, e.expected, e.actual)
        : new StoreError(e.code, e.message, e.details),
  };
};

export async function startWorkerWriter(path: string, script: string): Promise<WorkerWriter> {
  const worker = new Worker(script, { workerData: { path } });
  const waiting = new Map<number, { resolve: (r: WireOutcome[]) => void; reject: (e: Error) => void }>();
  let nextId = 1;
  let failed: Error | null = null;
  await new Promise<void>((resolve, reject) => {
    const onMessage = (m: { id: number; ready?: boolean; results?: WireOutcome[]; json?: string; fatal?: string }) => {
      if (m.ready) {
        resolve();
        return;
      }
      const w = waiting.get(m.id);
      if (!w) return;
      waiting.delete(m.id);
      if (m.fatal !== undefined) w.reject(new Error(m.fatal));
      else w.resolve(m.json !== undefined ? outcomesFromJson(m.json) : (m.results ?? []));
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
  const send = (
    kind: string,
    payload: Record<string, unknown>,
    transfer: ArrayBuffer[] = [],
  ): Promise<WireOutcome[]> => {
    if (failed) return Promise.reject(failed);
    const id = nextId++;
    return new Promise((resolve, reject) => {
      waiting.set(id, { resolve, reject });
      worker.postMessage({ kind, id, ...payload }, transfer);
    });
  };
  const encoder = new TextEncoder();
  let closed: Promise<void> | null = null;
  return {
    get dead() {
      return failed !== null && closed === null;
    },
    // Sent as UTF-8 JSON in a transferred buffer: far cheaper on the main thread than postMessage's
    // structured clone of many small objects, or its copy of a long two-byte string.
    write: async (requests: readonly AppendRequest[]) => {
      const bytes = encoder.encode(requestsToJson(requests));
      return (await send('batch', { bytes }, [bytes.buffer as ArrayBuffer])).map(unwire);
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
