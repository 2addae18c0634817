// Periodic ledger snapshots that keep failing (the shelf's folder gone, as a full or unmounted disk would
// fail them) are tried again after a wait that doubles with each failure, not at every check; the first
// success resets the wait. On the real plugin, a real SQLite log and feed, and a real file shelf.
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { createLedger, storeEventSource } from '@motcua/projections';
import { type AppendRequest, fileSnapshotShelf, openSqliteStore } from '@motcua/store';
import Fastify from 'fastify';
import { afterAll, describe, expect, it } from 'vitest';
import { received as receivedEvent, streamOf } from '../../../store/src/test-support.js';
import { createEventFeed } from '../event-feed.js';
import { ledgerSnapshotPlugin } from './ledger-snapshots.js';

const dir = mkdtempSync(join(tmpdir(), 'motcua-snapshot-backoff-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

// The store's own valid events for tests (not part of its build).
const received = (n: number): AppendRequest => ({
  streamId: streamOf(`S${n}`),
  expectedRevision: 'any',
  events: [receivedEvent(`S${n}`)],
});
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe('periodic ledger snapshots that keep failing', () => {
  it('are tried again after a doubling wait, and written once the shelf works again', async () => {
    const store = openSqliteStore({ path: join(dir, 'log.db') });
    await store.appendMany([1, 2, 3].map(received));
    const ledger = createLedger({ eventSource: storeEventSource(store)! });
    const feed = createEventFeed(store, (e) => ledger.apply(e));
    await feed.catchUp();
    const folder = join(dir, 'shelf');
    const shelf = fileSnapshotShelf(join(folder, 'ledger.db'));
    const lines: Array<Record<string, unknown>> = [];
    const stream = new Writable({
      write(chunk, _enc, done) {
        for (const l of String(chunk).split('\n')) if (l.trim()) lines.push(JSON.parse(l) as Record<string, unknown>);
        done();
      },
    });
    const app = Fastify({ logger: { level: 'info', stream } });
    await app.register(ledgerSnapshotPlugin, {
      store,
      shelf,
      feed,
      ledger,
      since: -1n,
      schedule: { everyEvents: 1, everyMs: 0, checkMs: 10 },
    });
    await app.ready();
    try {
      // The folder does not exist: every write fails. Over 600 ms of 10 ms checks, tries at about 20, 40,
      // 80, 160, 320 ms of wait: a handful, not sixty.
      await sleep(600);
      const failed = lines.filter((l) => l.msg === 'ledger snapshot not written');
      expect(
        failed.every((l) => (l.err as { code?: string }).code === 'ENOENT'),
        JSON.stringify(failed[0]).slice(0, 600),
      ).toBe(true);
      expect(failed.length).toBeGreaterThanOrEqual(2);
      expect(failed.length).toBeLessThanOrEqual(7);
      expect(failed.map((l) => l.retryInMs)).toEqual(failed.map((_, i) => 10 * 2 ** (i + 1)));
      // The folder is back: the next try writes it.
      mkdirSync(folder);
      const end = Date.now() + 10_000;
      while (!lines.some((l) => l.msg === 'ledger snapshot written') && Date.now() < end) await sleep(10);
      expect(
        lines.filter((l) => l.msg === 'ledger snapshot written'),
        JSON.stringify(lines.slice(-3)),
      ).toHaveLength(1);
      expect((await shelf.newest('ledger'))?.position).toBe(feed.position);
    } finally {
      await app.close();
      await store.close();
    }
  });
});
