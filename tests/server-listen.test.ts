// A server that cannot take its port says why (a typed ListenError) and leaves nothing running: its
// catch-up poll stops, its writer thread ends and its store is closed. Real SQLite file, real sockets.
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildServer, ListenError, listenOrClose } from '@motcua/server';
import { openSqliteStore } from '@motcua/store';
import { afterEach, describe, expect, it } from 'vitest';
import { HIERARCHY, KEY_ENTRIES } from './server-helpers.js';

const cleanups: Array<() => Promise<void> | void> = [];
afterEach(async () => {
  for (const c of cleanups.splice(0).reverse()) await c();
});

async function holdPort(): Promise<number> {
  const holder: Server = createServer();
  await new Promise<void>((r) => holder.listen(0, '127.0.0.1', r));
  cleanups.push(() => new Promise<void>((r) => holder.close(() => r())));
  return (holder.address() as { port: number }).port;
}

describe('a port that is taken', () => {
  it('rejects with ListenError and stops the poll, the writer thread and the store', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'motcua-listen-'));
    cleanups.push(() => rmSync(dir, { recursive: true, force: true }));
    const dbPath = join(dir, 'ledger.db');
    const store = openSqliteStore({ path: dbPath });
    // Counts the feed's reads of the log, which the catch-up poll makes every pollMs.
    let reads = 0;
    const counted = new Proxy(store, {
      get(target, prop, receiver) {
        if (prop === 'readAll') {
          return (...args: Parameters<typeof store.readAll>) => {
            reads++;
            return target.readAll(...args);
          };
        }
        return Reflect.get(target, prop, receiver);
      },
    });
    const app = buildServer({
      store: counted,
      keys: KEY_ENTRIES,
      hierarchy: HIERARCHY,
      logger: false,
      closeStore: true,
      pollMs: 10,
    });
    const port = await holdPort();

    const failure = await listenOrClose(app, '127.0.0.1', port).then(
      () => null,
      (e: unknown) => e,
    );
    expect(failure).toBeInstanceOf(ListenError);
    expect(failure).toMatchObject({ failure: 'in-use', port, host: '127.0.0.1', code: 'EADDRINUSE' });

    // The store is closed: both its connection and the writer thread's are gone, so SQLite removed the WAL.
    await expect(store.headPosition()).rejects.toMatchObject({ code: 'STORE_CLOSED' });
    expect(existsSync(`${dbPath}-wal`)).toBe(false);
    // No poll left: over 20 poll periods, not one more read of the log.
    const before = reads;
    await new Promise((r) => setTimeout(r, 200));
    expect(reads).toBe(before);
  });
});
