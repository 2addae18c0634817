// Group commit (appendBatchSettled) must decide every request exactly as appending them one after
// another would: same results, same refusals, same log. The batch writes without a savepoint per
// request, so a refused request in the middle of buffered neighbours is the case to get right.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { createMemoryStore } from './memory.js';
import { openSqliteStore } from './sqlite/sqlite.js';
import { logOf, outcome, requestsOf, serially, step } from './test-batch-model.js';
import { verifyChain } from './verify.js';

const dir = mkdtempSync(join(tmpdir(), 'motcua-batch-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
let n = 0;

describe('appendBatchSettled', () => {
  it('decides a batch exactly as the same requests appended one by one', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(step, { minLength: 1, maxLength: 40 }),
        fc.array(step, { maxLength: 10 }),
        async (before, steps) => {
          const prefix = `B${++n}-`;
          const earlier = requestsOf(before, prefix);
          const requests = requestsOf([...before, ...steps], prefix).slice(earlier.length);
          const sqlite = openSqliteStore({ path: join(dir, `batch-${n}.db`) });
          const memory = createMemoryStore();
          try {
            // Some history first, then the batch under test against the serial reference.
            await serially(sqlite, earlier);
            await serially(memory, earlier);
            const batch = (await sqlite.appendBatchSettled(requests)).map(outcome);
            expect(batch).toEqual(await serially(memory, requests));
            expect(await logOf(sqlite)).toEqual(await logOf(memory));
            expect(await verifyChain(sqlite)).toMatchObject({ ok: true });
          } finally {
            await sqlite.close();
            await memory.close();
          }
        },
      ),
      { numRuns: 60 },
    );
  });
});
