// Runs the import's producer in a worker thread and hands its output back as the same async sequence
// `produce` yields in this thread, so the import's writing loop does not care where it ran.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { fromWire, type PreparedWire, StoreError, type StoreErrorCode } from '@motcua/store';
import type { Produced, ProduceInput } from './produce.js';

type Chunk = Extract<Produced, { kind: 'chunk' }>;
export type WorkerMessage =
  | Exclude<Produced, Chunk>
  | (Omit<Chunk, 'requests'> & { readonly requests: PreparedWire })
  | {
      readonly kind: 'error';
      readonly message: string;
      readonly storeCode: StoreErrorCode | null;
      readonly stack: string | null;
    };

/** The compiled worker: next to this module when running from dist, else in dist (tests run the sources). */
export function producerScript(): string | null {
  for (const rel of ['./produce-worker.js', '../../dist/book/produce-worker.js']) {
    const p = fileURLToPath(new URL(rel, import.meta.url));
    if (existsSync(p)) return p;
  }
  return null;
}

export async function* produceInWorker(script: string, input: ProduceInput): AsyncGenerator<Produced> {
  const worker = new Worker(script, { workerData: input });
  const queue: WorkerMessage[] = [];
  let wake: (() => void) | null = null;
  let failure: Error | null = null;
  let exited = false;
  const poke = () => {
    const w = wake;
    wake = null;
    w?.();
  };
  worker.on('message', (m: WorkerMessage) => {
    queue.push(m);
    poke();
  });
  worker.on('error', (e: Error) => {
    failure = e;
    poke();
  });
  worker.on('exit', () => {
    exited = true;
    poke();
  });
  try {
    for (;;) {
      for (let m = queue.shift(); m !== undefined; m = queue.shift()) {
        if (m.kind === 'error') {
          const e = m.storeCode ? new StoreError(m.storeCode, m.message) : new Error(m.message);
          if (m.stack) e.stack = m.stack;
          throw e;
        }
        if (m.kind === 'chunk') yield { ...m, requests: fromWire(m.requests) };
        else yield m;
        if (m.kind === 'end') return;
      }
      if (failure) throw failure;
      if (exited) throw new Error('the import worker stopped before the end of the file');
      await new Promise<void>((resolve) => {
        wake = resolve;
      });
    }
  } finally {
    await worker.terminate();
  }
}
