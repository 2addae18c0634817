// Worker entry: runs the import's producer (produce.ts) off the main thread and posts its chunks, the
// append requests flattened for a cheap transfer. Errors are posted as plain values: an Error thrown out
// of a worker reaches the parent without its code.
import { parentPort, workerData } from 'node:worker_threads';
import { StoreError, toWire, wireTransfer } from '@motcua/store';
import { type ProduceInput, produce } from './produce.js';
import type { WorkerMessage } from './produce-thread.js';

const port = parentPort!;
const post = (m: WorkerMessage, transfer: ArrayBuffer[] = []) => port.postMessage(m, transfer);
try {
  for await (const m of produce(workerData as ProduceInput)) {
    if (m.kind === 'chunk') {
      const wire = toWire(m.requests);
      post({ ...m, requests: wire }, wireTransfer(wire));
    } else post(m);
  }
} catch (e) {
  const err = e as Error;
  post({
    kind: 'error',
    message: err.message,
    storeCode: e instanceof StoreError ? e.code : null,
    stack: err.stack ?? null,
  });
}
