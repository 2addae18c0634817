// The SQLite store's bulk write: one transaction held open across many appends (the CLI import streams a
// whole file through it). Nothing is visible or durable before commit; rollback, a refusal or a close
// leaves the file as it was; afterwards the store behaves as if the same requests went through appendMany.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { StoreError } from './port.js';
import { openSqliteStore } from './sqlite/sqlite.js';
import { digitised, received, streamOf } from './test-support.js';
import { prepareRequest } from './validate.js';
import { verifyChain } from './verify.js';

const dir = mkdtempSync(join(tmpdir(), 'motcua-bulk-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
let n = 0;
const freshPath = () => join(dir, `bulk-${++n}.db`);

describe('SQLite bulk write', () => {
  it('writes every call in one transaction: invisible to other connections until commit, then all there', async () => {
    const path = freshPath();
    const store = openSqliteStore({ path });
    await store.append(streamOf('B0'), [received('B0')], 'no-stream');
    const other = openSqliteStore({ path, readonly: true });
    const bulk = store.beginBulk();
    const b1 = {
      streamId: streamOf('B1'),
      events: [received('B1'), digitised()],
      expectedRevision: 'no-stream' as const,
    };
    const first = bulk.append([b1]);
    const second = bulk.appendPrepared([
      prepareRequest({ streamId: streamOf('B2'), events: [received('B2')], expectedRevision: 'no-stream' }),
    ]);
    expect(first[0]).toMatchObject({ nextRevision: 1n, position: 3n, deduplicated: false });
    expect(second[0]).toMatchObject({ nextRevision: 0n, position: 4n });
    expect(bulk.written).toBe(3);
    // A retry inside the bulk is answered from what it already wrote, and writes nothing more.
    expect(bulk.append([b1])[0]).toMatchObject({ deduplicated: true, position: 3n });
    expect(bulk.written).toBe(3);
    // This connection reads its own rows (buffered ones included); another sees nothing yet.
    expect(await store.readStream(streamOf('B1'))).toHaveLength(2);
    expect(await other.headPosition()).toBe(1n);
    bulk.commit();
    expect(await other.headPosition()).toBe(4n);
    const all = (await other.readStream(streamOf('B1'))).concat(await other.readStream(streamOf('B2')));
    expect(new Set(all.map((e) => e.recordedAt)).size).toBe(1);
    expect(await verifyChain(path)).toMatchObject({ ok: true, size: 4n });
    await other.close();
    await store.close();
  });

  it('rolls back to nothing, and forgets the command ids it had taken', async () => {
    const path = freshPath();
    const store = openSqliteStore({ path });
    const before = [received('R0')];
    await store.append(streamOf('R0'), before, 'no-stream');
    const events = [received('R1'), digitised()];
    const bulk = store.beginBulk();
    bulk.append([{ streamId: streamOf('R1'), events, expectedRevision: 'no-stream' }]);
    bulk.rollback();
    bulk.rollback(); // twice is harmless
    expect(await store.headPosition()).toBe(1n);
    expect(await store.streamExists(streamOf('R1'))).toBe(false);
    // The same command is new again: written, not answered as a duplicate of the rolled-back rows.
    const r = await store.append(streamOf('R1'), events, 'no-stream');
    expect(r).toMatchObject({ deduplicated: false, position: 3n });
    // What was committed before the bulk write is still known: its retry is answered, not written again.
    expect(await store.append(streamOf('R0'), before, 'no-stream')).toMatchObject({ deduplicated: true, position: 1n });
    expect(await verifyChain(store)).toMatchObject({ ok: true, size: 3n });
    await store.close();
  });

  it('still answers retries of commands another connection wrote, after a bulk write that wrote nothing', async () => {
    const path = freshPath();
    const a = openSqliteStore({ path });
    await a.append(streamOf('X1'), [received('X1')], 'no-stream'); // a's command index is built here
    const b = openSqliteStore({ path });
    const fromB = [received('Y1')];
    await b.append(streamOf('Y1'), fromB, 'no-stream');
    const bulk = a.beginBulk();
    bulk.commit(); // nothing appended
    // a has not seen b's command yet: its index must still catch up rather than skip past it.
    expect(await a.append(streamOf('Y1'), fromB, 'no-stream')).toMatchObject({ deduplicated: true, position: 2n });
    expect(await a.headPosition()).toBe(2n);
    await b.close();
    await a.close();
  });

  it('refuses a bad request with its StoreError; rolling back leaves nothing of the earlier calls', async () => {
    const path = freshPath();
    const store = openSqliteStore({ path });
    const bulk = store.beginBulk();
    bulk.append([{ streamId: streamOf('F1'), events: [received('F1')], expectedRevision: 'no-stream' }]);
    let error: unknown;
    try {
      bulk.append([{ streamId: streamOf('F1'), events: [received('F1')], expectedRevision: 'no-stream' }]);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(StoreError);
    expect((error as StoreError).code).toBe('WRONG_EXPECTED_REVISION');
    bulk.rollback();
    expect(await store.headPosition()).toBe(-1n);
    await store.close();
  });

  it('refuses other writes while open, and any use after it has ended', async () => {
    const store = openSqliteStore({ path: freshPath() });
    const bulk = store.beginBulk();
    await expect(store.append(streamOf('W1'), [received('W1')], 'no-stream')).rejects.toMatchObject({
      code: 'UNSUPPORTED',
    });
    expect(() => store.beginBulk()).toThrow(/bulk write open/);
    bulk.commit();
    expect(() =>
      bulk.append([{ streamId: streamOf('W2'), events: [received('W2')], expectedRevision: 'no-stream' }]),
    ).toThrow(/already finished/);
    expect(() => bulk.commit()).toThrow(/already finished/);
    // The store writes normally again.
    await store.append(streamOf('W1'), [received('W1')], 'no-stream');
    expect(await store.headPosition()).toBe(1n);
    await store.close();
  });

  it('leaves nothing when the store is closed with the bulk write still open', async () => {
    const path = freshPath();
    const store = openSqliteStore({ path });
    const bulk = store.beginBulk();
    bulk.append([{ streamId: streamOf('C1'), events: [received('C1')], expectedRevision: 'no-stream' }]);
    await store.close();
    const again = openSqliteStore({ path });
    expect(await again.headPosition()).toBe(-1n);
    await again.close();
  });
});
