// Tamper evidence on a real SQLite file: raw SQL edits that verify must catch, and signed
// checkpoints that catch even a rewrite which recomputes every hash.
import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import { generateKeyPair, parseCheckpoint, signCheckpoint, verifyCheckpoint } from './checkpoint.js';
import { createMemoryStore } from './memory.js';
import { openSqliteStore, type SqliteStore } from './sqlite/sqlite.js';
import { digitised, received, rehash, streamOf, supplementRequested } from './test-support.js';
import { verifyChain } from './verify.js';

const dir = mkdtempSync(join(tmpdir(), 'motcua-tamper-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
let n = 0;

/** A ledger of 3 dossiers × 3 events = positions 1..9, then closed so raw SQL can edit it. */
async function ledger(): Promise<string> {
  const path = join(dir, `t-${++n}.db`);
  const s = openSqliteStore({ path });
  for (const c of ['A', 'B', 'C']) await s.append(streamOf(c), [received(c)], 'no-stream');
  for (const c of ['A', 'B', 'C']) await s.append(streamOf(c), [supplementRequested('Thiếu giấy tờ'), digitised()], 0n);
  await s.close();
  return path;
}

function sql(path: string, statement: string, ...params: unknown[]): void {
  const db = new Database(path);
  db.prepare(statement).run(...params);
  db.close();
}

describe('verify catches raw SQL tampering', () => {
  let path: string;
  beforeEach(async () => {
    path = await ledger();
    expect(await verifyChain(path)).toMatchObject({ ok: true, size: 9n });
  });

  const cases: Array<[string, string, unknown[], bigint]> = [
    ['edited data', `UPDATE events SET data = replace(data, 'Thiếu', 'Đủ') WHERE position = 6`, [], 6n],
    ['edited meta', `UPDATE events SET meta = replace(meta, 'officer-1', 'officer-2') WHERE position = 2`, [], 2n],
    ['edited type', `UPDATE events SET type = 'DossierWithdrawn' WHERE position = 8`, [], 8n],
    ['edited occurred_at', `UPDATE events SET occurred_at = '2024-01-16T08:30:00+07:00' WHERE position = 3`, [], 3n],
    ['edited recorded_at', `UPDATE events SET recorded_at = '2020-01-01T00:00:00.000Z' WHERE position = 6`, [], 6n],
    ['edited schema_version', 'UPDATE events SET schema_version = 2 WHERE position = 4', [], 4n],
    ['edited revision', 'UPDATE events SET revision = 7 WHERE position = 9', [], 9n],
    ['edited stream', `UPDATE events SET stream_id = 'dossier-DS01-Z' WHERE position = 7`, [], 7n],
    ['edited hash', `UPDATE events SET hash = '${'a'.repeat(64)}' WHERE position = 1`, [], 1n],
    ['deleted row', 'DELETE FROM events WHERE position = 4', [], 4n],
    ['deleted first row', 'DELETE FROM events WHERE position = 1', [], 1n],
    ['deleted last row', 'DELETE FROM events WHERE position = 9', [], 9n],
    ['moved row', 'UPDATE events SET position = 100 WHERE position = 6', [], 6n],
  ];
  for (const [name, statement, params, bad] of cases) {
    it(`${name} → first bad position ${bad}`, async () => {
      sql(path, statement, ...params);
      const v = await verifyChain(path);
      expect(v.ok).toBe(false);
      if (!v.ok) {
        expect(v.firstBadPosition).toBe(bad);
        expect(v.reason.length).toBeGreaterThan(5);
      }
    });
  }

  it('swapped rows (reordered) → the first of the two', async () => {
    const db = new Database(path);
    db.transaction(() => {
      db.prepare('UPDATE events SET position = -1 WHERE position = 3').run();
      db.prepare('UPDATE events SET position = 3 WHERE position = 7').run();
      db.prepare('UPDATE events SET position = 7 WHERE position = -1').run();
    })();
    db.close();
    expect(await verifyChain(path)).toMatchObject({ ok: false, firstBadPosition: 3n });
  });

  it('an inserted row → at the insertion', async () => {
    const db = new Database(path);
    const row = db.prepare('SELECT * FROM events WHERE position = 5').get() as Record<string, unknown>;
    db.prepare('DELETE FROM events WHERE position >= 5').run();
    db.prepare(
      `INSERT INTO events (position, stream_id, revision, event_id, command_id, type, schema_version, occurred_at,
       recorded_at, data, meta, hash) VALUES (5, ?, 3, 'forged', 'forged', 'ResultReturned', 1, ?, ?, '{}', ?, ?)`,
    ).run(row.stream_id, row.occurred_at, row.recorded_at, row.meta, row.hash);
    db.close();
    expect(await verifyChain(path)).toMatchObject({ ok: false, firstBadPosition: 5n });
  });

  it('the open store reports it too, and refuses to sign', async () => {
    sql(path, `UPDATE events SET data = '{"what":"result"}' WHERE position = 9`);
    const s = openSqliteStore({ path });
    expect(await s.verify()).toMatchObject({ ok: false, firstBadPosition: 9n });
    const { privateKeyPem } = generateKeyPair();
    await expect(signCheckpoint({ log: s, privateKey: privateKeyPem })).rejects.toMatchObject({
      code: 'STORE_CORRUPT',
    });
    await s.close();
  });

  it('a consistent rewrite (all hashes recomputed) passes verify — which is what checkpoints are for', async () => {
    sql(path, `UPDATE events SET data = replace(data, 'Thiếu', 'Đủ') WHERE position = 6`);
    rehash(path);
    expect((await verifyChain(path)).ok).toBe(true);
  });
});

describe('signed checkpoints', () => {
  let path: string;
  let keys: { privateKeyPath: string; publicKeyPath: string };
  beforeEach(async () => {
    path = await ledger();
    keys = { privateKeyPath: join(dir, `k-${n}/private.pem`), publicKeyPath: join(dir, `k-${n}/public.pem`) };
    generateKeyPair(keys);
  });

  async function signed(): Promise<string> {
    const out = join(dir, `cp-${n}.txt`);
    await signCheckpoint({ log: path, privateKey: keys.privateKeyPath, outPath: out });
    return out;
  }

  it('keys are files of their own; the private key is readable by its owner only', () => {
    expect(readFileSync(keys.privateKeyPath, 'utf8')).toContain('BEGIN PRIVATE KEY');
    expect(readFileSync(keys.publicKeyPath, 'utf8')).toContain('BEGIN PUBLIC KEY');
    expect(statSync(keys.privateKeyPath).mode & 0o077).toBe(0);
    expect(() => generateKeyPair(keys)).toThrow(); // never overwrites a key
  });

  it('is a small text file naming the log, its size and head hash', async () => {
    const text = readFileSync(await signed(), 'utf8');
    const cp = parseCheckpoint(text);
    const db = new Database(path, { readonly: true });
    const logId = db.prepare("SELECT value FROM store_info WHERE key='log_id'").pluck().get();
    const head = db.prepare('SELECT hash FROM events ORDER BY position DESC LIMIT 1').pluck().get();
    db.close();
    expect(cp).toMatchObject({ logName: logId, size: 9n, headHash: head });
    expect(text.split('\n')[0]).toBe('motcua-checkpoint/v1');
    expect(cp.signedAt).toBeNull();
    expect(text.length).toBeLessThan(400);
  });

  it('signed with its time (v2, as routine checkpoints are): the time is signed too', async () => {
    const at = new Date('2026-12-04T20:00:00Z');
    const { text } = await signCheckpoint({ log: path, privateKey: keys.privateKeyPath, at });
    const cp = parseCheckpoint(text);
    expect(text.split('\n')[0]).toBe('motcua-checkpoint/v2');
    expect(cp.signedAt).toBe('2026-12-05T03:00:00+07:00');
    const ok = await verifyCheckpoint({ log: path, checkpoint: text, publicKey: keys.publicKeyPath });
    expect(ok).toMatchObject({ ok: true, checkpointSize: 9n });
    const moved = text.replace('at: 2026-12-05T03:00:00+07:00', 'at: 2030-01-01T00:00:00+07:00');
    expect((await verifyCheckpoint({ log: path, checkpoint: moved, publicKey: keys.publicKeyPath })).ok).toBe(false);
  });

  it('a log that was only appended to passes against an older checkpoint', async () => {
    const cp = await signed();
    const s = openSqliteStore({ path });
    await s.append(streamOf('D'), [received('D')], 'no-stream');
    await s.append(streamOf('A'), [digitised()], 2n);
    await s.close();
    expect(await verifyCheckpoint({ log: path, checkpoint: cp, publicKey: keys.publicKeyPath })).toMatchObject({
      ok: true,
      checkpointSize: 9n,
      size: 11n,
    });
  });

  it('a rewrite that recomputed every hash is caught by the checkpoint', async () => {
    const cp = await signed();
    sql(path, `UPDATE events SET data = replace(data, 'Thiếu', 'Đủ') WHERE position = 6`);
    rehash(path);
    const r = await verifyCheckpoint({ log: path, checkpoint: cp, publicKey: keys.publicKeyPath });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.reason).toMatch(/rewritten/);
  });

  it('a log cut back below the checkpoint is caught, even when rehashed', async () => {
    const cp = await signed();
    const db = new Database(path);
    db.prepare('DELETE FROM events WHERE position > 7').run();
    db.prepare("UPDATE sqlite_sequence SET seq = 7 WHERE name = 'events'").run();
    db.close();
    expect((await verifyChain(path)).ok).toBe(true);
    const r = await verifyCheckpoint({ log: path, checkpoint: cp, publicKey: keys.publicKeyPath });
    expect(r).toMatchObject({ ok: false, firstBadPosition: 8n });
  });

  it('a truncated log re-grown to the same size with other events is caught', async () => {
    const cp = await signed();
    const db = new Database(path);
    db.prepare('DELETE FROM events WHERE position > 7').run();
    db.prepare("UPDATE sqlite_sequence SET seq = 7 WHERE name = 'events'").run();
    db.close();
    const s = openSqliteStore({ path });
    await s.append(streamOf('X'), [received('X'), digitised()], 'no-stream');
    await s.close();
    expect((await verifyChain(path)).ok).toBe(true);
    expect((await verifyCheckpoint({ log: path, checkpoint: cp, publicKey: keys.publicKeyPath })).ok).toBe(false);
  });

  it('an edited checkpoint, a wrong key or another log are refused', async () => {
    const cpPath = await signed();
    const text = readFileSync(cpPath, 'utf8');
    const edited = text.replace('size: 9', 'size: 8');
    const r1 = await verifyCheckpoint({ log: path, checkpoint: edited, publicKey: keys.publicKeyPath });
    expect(r1).toMatchObject({ ok: false });
    if (!r1.ok) expect(r1.reason).toMatch(/signature/);
    const other = generateKeyPair();
    expect((await verifyCheckpoint({ log: path, checkpoint: text, publicKey: other.publicKeyPem })).ok).toBe(false);
    const otherLog = await ledger();
    const r3 = await verifyCheckpoint({ log: otherLog, checkpoint: text, publicKey: keys.publicKeyPath });
    expect(r3.ok).toBe(false);
    if (!r3.ok) expect(r3.reason).toMatch(/is for log/);
    writeFileSync(cpPath, 'garbage\n');
    expect((await verifyCheckpoint({ log: path, checkpoint: cpPath, publicKey: keys.publicKeyPath })).ok).toBe(false);
  });

  it('works on an open store and on the in-memory store with an explicit log name', async () => {
    const s: SqliteStore = openSqliteStore({ path });
    const { text } = await signCheckpoint({ log: s, privateKey: keys.privateKeyPath });
    expect(await verifyCheckpoint({ log: path, checkpoint: text, publicKey: keys.publicKeyPath })).toMatchObject({
      ok: true,
    });
    await s.close();
    const m = createMemoryStore();
    await m.append(streamOf('M'), [received('M')], 'no-stream');
    const pair = generateKeyPair();
    const c = await signCheckpoint({ log: m, privateKey: pair.privateKeyPem, logName: 'test-ledger' });
    await m.append(streamOf('M'), [digitised()], 0n);
    expect(
      await verifyCheckpoint({
        log: m,
        checkpoint: c.checkpoint,
        publicKey: pair.publicKeyPem,
        logName: 'test-ledger',
      }),
    ).toMatchObject({ ok: true, checkpointSize: 1n, size: 2n });
  });
});
