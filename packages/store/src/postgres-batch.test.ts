// Group commit on PostgreSQL (appendBatchSettled: one transaction, a refused request refuses only
// itself) must decide every request exactly as appending them one after another would: the same
// property as batch-settled.test.ts, against the in-memory store as the serial reference.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createMemoryStore } from './memory.js';
import { openPostgresStore } from './postgres/postgres.js';
import { freshSchema, pgForTests } from './postgres/test-cluster.js';
import { logOf, outcome, requestsOf, serially, step } from './test-batch-model.js';
import { verifyChain } from './verify.js';

const pgt = pgForTests('PostgreSQL group commit property');
let n = 0;

describe.skipIf(pgt.skip)('PostgreSQL appendBatchSettled', () => {
  it('decides a batch exactly as the same requests appended one by one', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(step, { minLength: 1, maxLength: 30 }),
        fc.array(step, { maxLength: 10 }),
        async (before, steps) => {
          const prefix = `G${++n}-`;
          const earlier = requestsOf(before, prefix);
          const requests = requestsOf([...before, ...steps], prefix).slice(earlier.length);
          const pg = await openPostgresStore({ connectionString: pgt.url(), schema: freshSchema('batch') });
          const memory = createMemoryStore();
          try {
            await serially(pg, earlier);
            await serially(memory, earlier);
            const batch = (await pg.appendBatchSettled(requests)).map(outcome);
            expect(batch).toEqual(await serially(memory, requests));
            expect(await logOf(pg)).toEqual(await logOf(memory));
            expect(await verifyChain(pg)).toMatchObject({ ok: true });
          } finally {
            await pg.close();
            await memory.close();
          }
        },
      ),
      { numRuns: 60 },
    );
  });
});
