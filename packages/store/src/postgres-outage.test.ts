// A PostgreSQL server that goes away under a running store: calls fail with STORE_UNAVAILABLE naming
// the server (never a half-written append), and the same store works again once the server is back.
// It kills its server, so it always starts a cluster of its own (MOTCUA_PG_URL is not used).
import { describe, expect, it } from 'vitest';
import { StoreError } from './port.js';
import { openPostgresStore } from './postgres/postgres.js';
import { freshSchema, pgForTests } from './postgres/test-cluster.js';
import { digitised, received, streamOf } from './test-support.js';
import { verifyChain } from './verify.js';

const pgt = pgForTests('PostgreSQL outage test', true);

describe.skipIf(pgt.skip)('PostgreSQL: the server goes away', () => {
  it('fails clearly while the server is down and carries on once it is back', async () => {
    const cluster = pgt.cluster()!;
    const s = await openPostgresStore({ connectionString: pgt.url(), schema: freshSchema(), connectTimeoutMs: 2000 });
    try {
      await s.append(streamOf('O1'), [received('O1')], 'no-stream');
      cluster.crash();
      for (const call of [
        () => s.append(streamOf('O1'), [digitised()], 0n),
        () => s.readStream(streamOf('O1')),
        () => s.headPosition(),
      ]) {
        const e = await call().then(
          () => undefined,
          (x: unknown) => x,
        );
        expect(e).toBeInstanceOf(StoreError);
        expect(e).toMatchObject({ code: 'STORE_UNAVAILABLE', message: expect.stringContaining('127.0.0.1') });
      }
      cluster.restart();
      // The refused append left nothing: the stream is still at revision 0.
      expect(await s.append(streamOf('O1'), [digitised()], 0n)).toMatchObject({ nextRevision: 1n, position: 2n });
      expect(await verifyChain(s)).toMatchObject({ ok: true, size: 2n });
    } finally {
      await s.close();
    }
  });
});
