import { expect, it } from 'vitest';
import { runStoreContract } from './contract.js';
import { createMemoryStore } from './memory.js';
import { digitised, received, streamOf } from './test-support.js';

runStoreContract('in-memory', ({ clock }) => createMemoryStore(clock ? { clock } : {}));

it('in-memory: events read back cannot be mutated into the log', async () => {
  const store = createMemoryStore();
  const ev = received('M1');
  await store.append(streamOf('M1'), [ev, digitised()], 'no-stream');
  (ev.data as { field: string }).field = 'changed after append';
  const [back] = await store.readStream(streamOf('M1'));
  expect((back!.data as { field: string }).field).toBe('Hộ tịch');
  expect(() => {
    (back!.data as { field: string }).field = 'x';
  }).toThrow();
  expect((await store.verify()).ok).toBe(true);
});
