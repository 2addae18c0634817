// The synchronous timeline read against a database that does not answer (a failover, an outage): a local
// TCP server that takes connections and never says a word. One read waits out its timeout; the reads after
// it fail at once, without a connection tried, until the retry window has passed — the server thread is not
// held for the timeout on every timeline asked for. (Reads against a real PostgreSQL server are in the
// store's contract and the server's timeline tests.)
import { createServer, type Server, type Socket } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { StoreError } from '../port.js';
import { createSyncStreamReader } from './sync-reader.js';

let silent: Server;
let port = 0;
const sockets: Socket[] = [];
beforeAll(async () => {
  silent = createServer((s) => sockets.push(s));
  await new Promise<void>((r) => silent.listen(0, '127.0.0.1', r));
  port = (silent.address() as { port: number }).port;
});
afterAll(async () => {
  for (const s of sockets) s.destroy();
  await new Promise((r) => silent.close(r));
});

/** Lets the event loop run: the silent server counts connections only then. */
const turn = () => new Promise((r) => setTimeout(r, 50));

function failure(read: () => unknown): StoreError {
  try {
    read();
  } catch (e) {
    if (e instanceof StoreError) return e;
    throw e;
  }
  throw new Error('the read did not fail');
}

describe('a synchronous read from a database that does not answer', () => {
  it('waits once, then fails at once until the retry window has passed, then tries a fresh connection', async () => {
    // Steady reads wait 300 ms, a fresh worker's first read 600 ms; the retry window is 1 s, then 2 s.
    const reader = createSyncStreamReader(`postgres://u@127.0.0.1:${port}/db`, '"s"', 'test db', 300, 1_000, 600);
    try {
      const first = failure(() => reader.read('dossier-A-1'));
      expect(first.code).toBe('STORE_UNAVAILABLE');
      expect(first.message).toMatch(/took over 600 ms/);
      await turn();
      expect(sockets).toHaveLength(1);

      const second = failure(() => reader.read('dossier-A-2'));
      expect(second.code).toBe('STORE_UNAVAILABLE');
      expect(second.message).toMatch(/not tried again for/);
      await turn();
      expect(sockets).toHaveLength(1);

      await new Promise((r) => setTimeout(r, 1_000));
      // The retry, in an outage, waits as a steady read does, not the fresh worker's allowance.
      const third = failure(() => reader.read('dossier-A-3'));
      expect(third.message).toMatch(/took over 300 ms/);
      await turn();
      expect(sockets).toHaveLength(2);
      // A second failure in a row doubles the window: 1 s later it still fails at once.
      await new Promise((r) => setTimeout(r, 1_100));
      expect(failure(() => reader.read('dossier-A-4')).message).toMatch(/not tried again for/);
      await turn();
      expect(sockets).toHaveLength(2);
    } finally {
      await reader.close();
    }
  });
});
