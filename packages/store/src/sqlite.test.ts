import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { runStoreContract } from './contract.js';
import { StoreError, WrongExpectedRevision } from './port.js';
import { NEW_FILE_PAGE_SIZE, openSqliteStore } from './sqlite/sqlite.js';
import { digitised, received, streamOf, supplementRequested } from './test-support.js';
import { verifyChain } from './verify.js';

const dir = mkdtempSync(join(tmpdir(), 'motcua-sqlite-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
let n = 0;
const freshPath = () => join(dir, `ledger-${++n}.db`);

runStoreContract('SQLite', ({ clock }) => openSqliteStore({ path: freshPath(), ...(clock ? { clock } : {}) }));

describe('SQLite specifics', () => {
  it('sets WAL and synchronous = FULL, and versions its schema', async () => {
    const store = openSqliteStore({ path: freshPath() });
    expect(store.db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(store.db.pragma('synchronous', { simple: true })).toBe(2); // FULL
    expect(store.db.pragma('user_version', { simple: true })).toBe(2);
    expect(store.logId).toMatch(/^[0-9a-f]{32}$/);
    expect(store.db.pragma('page_size', { simple: true })).toBe(NEW_FILE_PAGE_SIZE);
    await store.close();
  });

  it('refuses a file that is not an SQLite database with STORE_CORRUPT, read-only or not', () => {
    const path = freshPath();
    writeFileSync(path, 'sổ theo dõi, not a database; '.repeat(100));
    for (const readonly of [false, true]) {
      let error: unknown;
      try {
        openSqliteStore({ path, readonly });
      } catch (e) {
        error = e;
      }
      expect(error).toBeInstanceOf(StoreError);
      expect(error).toMatchObject({ code: 'STORE_CORRUPT', message: expect.stringContaining(path) });
    }
  });

  it('reads several streams in one call exactly as one by one, missing and repeated ids included', async () => {
    const s = openSqliteStore({ path: freshPath() });
    await s.append(streamOf('M1'), [received('M1'), digitised()], 'no-stream');
    await s.append(streamOf('M2'), [received('M2')], 'no-stream');
    await s.append(streamOf('M1'), [supplementRequested('thiếu giấy tờ')], 1n);
    const ids = [streamOf('M2'), streamOf('NONE'), streamOf('M1'), streamOf('M2')];
    const many = s.readStreamsSync(ids);
    expect([...many.keys()].sort()).toEqual([streamOf('M1'), streamOf('M2')]);
    for (const id of [streamOf('M1'), streamOf('M2')]) expect(many.get(id)).toEqual(s.readStreamSync(id));
    expect(many.get(streamOf('M1'))?.map((e) => e.revision)).toEqual([0n, 1n, 2n]);
    expect(s.readStreamsSync([]).size).toBe(0);
    expect(() => s.readStreamsSync([streamOf('M1'), 'Not A Stream'])).toThrow(StoreError);
    await s.close();
  });

  it('opens a file made with another page size as it is, and keeps writing to it', async () => {
    const path = freshPath();
    const raw = new Database(path);
    raw.pragma('page_size = 4096');
    raw.exec('CREATE TABLE unrelated (x)'); // the file now exists with 4 KiB pages
    raw.close();
    const s = openSqliteStore({ path });
    await s.append(streamOf('PS1'), [received('PS1'), digitised()], 'no-stream');
    expect(s.db.pragma('page_size', { simple: true })).toBe(4096);
    expect(await verifyChain(s)).toMatchObject({ ok: true, size: 2n });
    await s.close();
  });

  it('keeps everything across close and reopen, and continues the chain', async () => {
    const path = freshPath();
    const a = openSqliteStore({ path });
    await a.append(streamOf('R1'), [received('R1')], 'no-stream');
    const cmd = [digitised()];
    const r = await a.append(streamOf('R1'), cmd, 0n);
    const logId = a.logId;
    await a.close();
    const b = openSqliteStore({ path });
    expect(b.logId).toBe(logId);
    expect(await b.readStream(streamOf('R1'))).toHaveLength(2);
    // Idempotency survives a restart.
    expect(await b.append(streamOf('R1'), cmd, 0n)).toEqual({ ...r, deduplicated: true });
    await b.append(streamOf('R1'), [digitised()], 1n);
    expect(await verifyChain(b)).toMatchObject({ ok: true, size: 3n });
    await b.close();
    expect(await verifyChain(path)).toMatchObject({ ok: true, size: 3n });
  });

  it('never reuses a position, even after the last row was removed', async () => {
    const path = freshPath();
    const s = openSqliteStore({ path });
    await s.append(streamOf('P1'), [received('P1'), digitised(), digitised()], 'no-stream');
    new Database(path).prepare('DELETE FROM events WHERE position = 3').run();
    const r = await s.append(streamOf('P2'), [received('P2')], 'no-stream');
    expect(r.position).toBe(4n);
    const v = await verifyChain(s);
    expect(v).toMatchObject({ ok: false, firstBadPosition: 3n });
    await s.close();
  });

  it('reports a cut tail (last rows deleted) through the sequence it handed out', async () => {
    const path = freshPath();
    const s = openSqliteStore({ path });
    await s.append(streamOf('T1'), [received('T1'), digitised(), digitised()], 'no-stream');
    s.db.prepare('DELETE FROM events WHERE position >= 2').run();
    expect(await verifyChain(s)).toMatchObject({ ok: false, firstBadPosition: 2n });
    await s.close();
  });

  it('read-only: reads work, appends fail with UNSUPPORTED', async () => {
    const path = freshPath();
    const w = openSqliteStore({ path });
    await w.append(streamOf('O1'), [received('O1')], 'no-stream');
    const r = openSqliteStore({ path, readonly: true });
    expect(await r.readStream(streamOf('O1'))).toHaveLength(1);
    await expect(r.append(streamOf('O2'), [received('O2')], 'no-stream')).rejects.toMatchObject({
      code: 'UNSUPPORTED',
    });
    await r.close();
    await w.close();
    expect(() => openSqliteStore({ path: join(dir, 'missing.db'), readonly: true })).toThrow(StoreError);
  });

  it('refuses a file made by a newer schema, and a foreign SQLite file', async () => {
    const newer = freshPath();
    const s = openSqliteStore({ path: newer });
    await s.close();
    const raw = new Database(newer);
    raw.pragma('user_version = 99');
    raw.close();
    expect(() => openSqliteStore({ path: newer })).toThrow(/newer/);
    const foreign = freshPath();
    const f = new Database(foreign);
    f.pragma('application_id = 12345');
    f.close();
    expect(() => openSqliteStore({ path: foreign })).toThrow(/another application/);
  });

  it('a second connection to the same file extends the same chain', async () => {
    const path = freshPath();
    const a = openSqliteStore({ path });
    const b = openSqliteStore({ path });
    await a.append(streamOf('W1'), [received('W1')], 'no-stream');
    await b.append(streamOf('W1'), [digitised()], 0n);
    await expect(a.append(streamOf('W1'), [digitised()], 0n)).rejects.toBeInstanceOf(WrongExpectedRevision);
    await a.append(streamOf('W2'), [received('W2')], 'no-stream');
    expect(await verifyChain(path)).toMatchObject({ ok: true, size: 3n });
    await a.close();
    await b.close();
  });

  it('idempotency sees commands written through another connection, and survives reopen', async () => {
    const path = freshPath();
    const a = openSqliteStore({ path });
    const b = openSqliteStore({ path });
    await a.append(streamOf('I1'), [received('I1')], 'no-stream'); // a builds its command index now
    const cmd = [digitised()];
    const r = await b.append(streamOf('I1'), cmd, 0n);
    expect(await a.append(streamOf('I1'), cmd, 0n)).toEqual({ ...r, deduplicated: true });
    // The same command id sent to another stream is still the same command: not written twice.
    const other = [{ ...received('I2'), meta: { ...received('I2').meta, commandId: cmd[0]!.meta.commandId } }];
    expect(await a.append(streamOf('I2'), other, 'no-stream')).toEqual({ ...r, deduplicated: true });
    expect(await a.streamExists(streamOf('I2'))).toBe(false);
    await a.close();
    await b.close();
    const c = openSqliteStore({ path });
    expect(await c.append(streamOf('I1'), cmd, 0n)).toEqual({ ...r, deduplicated: true });
    await c.close();
  });

  it('migrates a version-1 file (drops the random-key indexes) and keeps its events', async () => {
    const path = freshPath();
    const s = openSqliteStore({ path });
    await s.append(streamOf('V1'), [received('V1')], 'no-stream');
    await s.close();
    const raw = new Database(path);
    raw.exec(
      'CREATE UNIQUE INDEX events_event_id ON events (event_id); CREATE INDEX events_command_id ON events (command_id);',
    );
    raw.pragma('user_version = 1');
    raw.close();
    const again = openSqliteStore({ path });
    expect(again.db.pragma('user_version', { simple: true })).toBe(2);
    const indexes = again.db
      .prepare("SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = 'events'")
      .pluck()
      .all();
    expect(indexes).toEqual(['events_stream_revision']);
    expect(await again.readStream(streamOf('V1'))).toHaveLength(1);
    await again.close();
  });

  it('a live subscription sees events written through another connection', async () => {
    const path = freshPath();
    const a = openSqliteStore({ path, pollMs: 20 });
    const b = openSqliteStore({ path });
    const sub = a.subscribe();
    const got = (async () => {
      const seen: bigint[] = [];
      for await (const e of sub) {
        seen.push(e.position);
        if (seen.length === 2) break;
      }
      return seen;
    })();
    await b.append(streamOf('L1'), [received('L1'), digitised()], 'no-stream');
    expect(await got).toEqual([1n, 2n]);
    await sub.close();
    await a.close();
    await b.close();
  });

  describe('appendBatchSettled (group commit)', () => {
    it('commits the good requests and reports each failure on its own', async () => {
      const s = openSqliteStore({ path: freshPath() });
      await s.append(streamOf('G0'), [received('G0')], 'no-stream');
      const retry = [received('G1')];
      const results = await s.appendBatchSettled([
        { streamId: streamOf('G1'), events: retry, expectedRevision: 'no-stream' },
        { streamId: streamOf('G0'), events: [digitised()], expectedRevision: 5n }, // conflict
        { streamId: 'not a stream', events: [digitised()], expectedRevision: 'any' }, // bad name
        { streamId: streamOf('G2'), events: [{ ...digitised(), type: 'Nope' }], expectedRevision: 'any' },
        { streamId: streamOf('G0'), events: [digitised(), digitised()], expectedRevision: 0n },
        { streamId: streamOf('G1'), events: retry, expectedRevision: 'no-stream' }, // retry in the same batch
        { streamId: streamOf('G1'), events: [digitised()], expectedRevision: 0n }, // sees the first request
      ]);
      expect(results[0]).toEqual({ nextRevision: 0n, position: 2n, deduplicated: false });
      expect(results[1]).toBeInstanceOf(WrongExpectedRevision);
      expect((results[2] as StoreError).code).toBe('INVALID_STREAM_NAME');
      expect((results[3] as StoreError).code).toBe('INVALID_EVENT');
      expect(results[4]).toEqual({ nextRevision: 2n, position: 4n, deduplicated: false });
      expect(results[5]).toEqual({ nextRevision: 0n, position: 2n, deduplicated: true });
      expect(results[6]).toEqual({ nextRevision: 1n, position: 5n, deduplicated: false });
      expect(await s.readStream(streamOf('G0'))).toHaveLength(3);
      expect(await s.streamExists(streamOf('G2'))).toBe(false);
      expect(await verifyChain(s)).toMatchObject({ ok: true, size: 5n });
      await s.close();
    });

    it('all failing writes nothing', async () => {
      const s = openSqliteStore({ path: freshPath() });
      const results = await s.appendBatchSettled([
        { streamId: streamOf('H1'), events: [received('H1')], expectedRevision: 'stream-exists' },
      ]);
      expect(results[0]).toBeInstanceOf(WrongExpectedRevision);
      expect(await s.headPosition()).toBe(-1n);
      await s.close();
    });
  });
});
