// A log whose first catch-up takes longer than Fastify's plugin timeout (avvio, 10 s by default) must still
// start: a PostgreSQL province log read page by page took longer, and serve exited with
// AVV_ERR_READY_TIMEOUT instead of becoming ready (found by `pnpm bench:ready`). The store here is the
// SQLite one behind a wrapper (named so: a boundary stand-in) that makes its first page arrive late.
import type { EventStore } from '@motcua/store';
import { afterAll, describe, expect, it } from 'vitest';
import { call, receiveBody, startTestServer, type TestServer } from './server-helpers.js';

const LATE_MS = 10_500;

/** The store with readAll's first page delayed past the default plugin timeout. */
function slowFirstPage(store: EventStore): EventStore {
  let delayed = false;
  return new Proxy(store, {
    get(target, prop, receiver) {
      if (prop !== 'readAll') {
        const v = Reflect.get(target, prop, receiver);
        return typeof v === 'function' ? v.bind(target) : v;
      }
      return (options: Parameters<EventStore['readAll']>[0]) =>
        (async function* () {
          if (!delayed) {
            delayed = true;
            await new Promise((r) => setTimeout(r, LATE_MS));
          }
          yield* target.readAll(options);
        })();
    },
  });
}

let s: TestServer | undefined;
afterAll(async () => {
  await s?.close();
});

describe('a first catch-up slower than the plugin timeout', () => {
  it('the server still starts, then serves', async () => {
    s = await startTestServer({ wrapStore: slowFirstPage });
    expect((await call(s.base, 'GET', '/readyz')).status).toBe(200);
    const r = await call(s.base, 'POST', '/v1/offices/A/dossiers', { who: 'clerkA', body: receiveBody('SLOW-1') });
    expect(r.status).toBe(201);
  }, 30_000);
});
