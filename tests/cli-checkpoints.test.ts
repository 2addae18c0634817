// Routine checkpoints (issue 16, item 8g): with a signing key configured, `motcua import` signs one after its
// bulk write and `motcua serve` on a schedule, into `<ledger>.checkpoints` beside the ledger; `verify` checks
// the newest, which is what sees a cut tail or a rewrite with recomputed hashes; /v1/audit/verify says how old
// the newest checkpoint is.
import { spawn } from 'node:child_process';
import { existsSync, readdirSync, renameSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rehash } from '../packages/store/src/test-support.js';
import { BOOK_Q1, ensureBuilt, listeningUrl, MAIN, motcua, tempDir } from './cli-support.js';

const tmp = tempDir('motcua-checkpoints-');
let key: string;
let pub: string;
beforeAll(() => {
  ensureBuilt();
  key = join(tmp.dir, 'keys', 'private.pem');
  pub = join(tmp.dir, 'keys', 'public.pem');
  expect(motcua(['checkpoint', 'keygen', '--key', key, '--pub', pub]).status).toBe(0);
});
afterAll(() => tmp.cleanup());

const importQ1 = (db: string, extra: string[] = [], env: Record<string, string> = {}) =>
  motcua(['import', '--db', db, '--office', 'dongson', tmp.file('q1.csv', BOOK_Q1), ...extra], { env });
const checkpoints = (db: string) => (existsSync(`${db}.checkpoints`) ? readdirSync(`${db}.checkpoints`) : []);

describe('import with a signing key', () => {
  it('signs a checkpoint after its write, outside the ledger file; verify checks it and says how old it is', () => {
    const db = join(tmp.dir, 'signed.db');
    const r = importQ1(db, ['--checkpoint-key', key]);
    expect(r.status, r.stderr).toBe(0);
    expect(checkpoints(db)).toHaveLength(1);
    expect(checkpoints(db)[0]).toMatch(/^0{10}\d{2}-\d{8}T\d{6}Z\.checkpoint$/);
    const v = motcua(['verify', '--db', db, '--public-key', pub]);
    expect(v.status, v.stderr).toBe(0);
    expect(v.stderr).toMatch(/Điểm kiểm tra .*\.checkpoint: \d+ sự kiện đầu vẫn nguyên như đã ký; ký 0 phút trước/);
    // The key may come from the environment too, and the public key is derived from it.
    const again = motcua(['verify', '--db', db], { env: { MOTCUA_CHECKPOINT_KEY: key } });
    expect(again.status).toBe(0);
    expect(again.stderr).toContain('vẫn nguyên như đã ký');
  });

  it('without a key signs nothing, and verify says no checkpoint could be checked', () => {
    const db = join(tmp.dir, 'unsigned.db');
    expect(importQ1(db).status).toBe(0);
    expect(existsSync(`${db}.checkpoints`)).toBe(false);
    const v = motcua(['verify', '--db', db, '--lang', 'en']);
    expect(v.status).toBe(0);
    expect(v.stderr).toContain('No checkpoint in');
  });

  it('a missing key file is refused before anything is written', () => {
    const db = join(tmp.dir, 'nokey.db');
    const r = importQ1(db, ['--checkpoint-key', join(tmp.dir, 'none.pem')]);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('không có khóa ký điểm kiểm tra');
    expect(existsSync(db)).toBe(false);
  });
});

describe('what only a checkpoint can see', () => {
  it('a tail cut off (sqlite_sequence lowered) passes the chain alone, and fails verify against the checkpoint', () => {
    const db = join(tmp.dir, 'cut.db');
    expect(importQ1(db, ['--checkpoint-key', key]).status).toBe(0);
    const h = new Database(db);
    const last = h.prepare('SELECT MAX(position) FROM events').pluck().get() as number;
    h.prepare('DELETE FROM events WHERE position > ?').run(last - 2);
    h.prepare("UPDATE sqlite_sequence SET seq = ? WHERE name = 'events'").run(last - 2);
    h.close();
    // Without the checkpoint the chain still holds together: that is the blind spot.
    const aside = `${db}.aside`;
    renameSync(`${db}.checkpoints`, aside);
    const blind = motcua(['verify', '--db', db, '--public-key', pub]);
    expect(blind.status, blind.stderr).toBe(0);
    expect(blind.stderr).toContain('Chuỗi hash:');
    expect(blind.stderr).toContain('Không có điểm kiểm tra nào');
    renameSync(aside, `${db}.checkpoints`);
    const seen = motcua(['verify', '--db', db, '--public-key', pub]);
    expect(seen.status).toBe(1);
    expect(seen.stderr).toContain('KIỂM TRA THẤT BẠI: điểm kiểm tra');
    expect(seen.stderr).toContain('.checkpoint');
  });

  it('a rewrite with every hash recomputed fails verify against the checkpoint', () => {
    const db = join(tmp.dir, 'rewritten.db');
    expect(importQ1(db, ['--checkpoint-key', key]).status).toBe(0);
    const h = new Database(db);
    h.prepare("UPDATE events SET data = replace(data, 'online', 'direct') WHERE position = 1").run();
    h.close();
    rehash(db);
    const seen = motcua(['verify', '--db', db, '--public-key', pub, '--lang', 'en']);
    expect(seen.status).toBe(1);
    expect(seen.stderr).toContain('VERIFY FAILED: checkpoint');
    expect(seen.stderr).toMatch(/rewritten|differs/);
  });

  it('a deletion with the later events renumbered and rehashed passes the chain alone, and fails against the checkpoint', () => {
    const db = join(tmp.dir, 'renumbered.db');
    expect(importQ1(db, ['--checkpoint-key', key]).status).toBe(0);
    const h = new Database(db);
    // The last event of some stream that is not the last of the log: removing it leaves every stream's
    // revisions contiguous, so only the positions betray it, and renumbering hides that too.
    const gone = h
      .prepare(
        `SELECT e.position FROM events e
         WHERE e.revision = (SELECT MAX(revision) FROM events WHERE stream_id = e.stream_id)
           AND e.position < (SELECT MAX(position) FROM events)
         ORDER BY e.position LIMIT 1`,
      )
      .pluck()
      .get() as number;
    expect(gone).toBeGreaterThan(0);
    h.exec('BEGIN');
    h.prepare('DELETE FROM events WHERE position = ?').run(gone);
    h.prepare('UPDATE events SET position = -(position - 1) WHERE position > ?').run(gone);
    h.prepare('UPDATE events SET position = -position WHERE position < 0').run();
    h.prepare("UPDATE sqlite_sequence SET seq = (SELECT MAX(position) FROM events) WHERE name = 'events'").run();
    h.exec('COMMIT');
    h.close();
    rehash(db);
    const aside = `${db}.aside`;
    renameSync(`${db}.checkpoints`, aside);
    const blind = motcua(['verify', '--db', db, '--public-key', pub, '--lang', 'en']);
    expect(blind.status, blind.stderr).toBe(0);
    renameSync(aside, `${db}.checkpoints`);
    const seen = motcua(['verify', '--db', db, '--public-key', pub, '--lang', 'en']);
    expect(seen.status).toBe(1);
    expect(seen.stderr).toContain('VERIFY FAILED: checkpoint');
    expect(seen.stderr).toContain('.checkpoint');
  });
});

const ADMIN = 'a'.repeat(24);
const until = async (what: string, ok: () => boolean) => {
  for (let i = 0; i < 200 && !ok(); i++) await new Promise((r) => setTimeout(r, 50));
  expect(ok(), what).toBe(true);
};

/** A real `motcua serve` on the ledger, signing every `every` minutes; resolves with its URL. */
async function serve(db: string, every: string) {
  const keys = tmp.file('keys.json', JSON.stringify([{ key: ADMIN, role: 'admin', offices: ['*'] }]));
  const child = spawn(
    process.execPath,
    [MAIN, 'serve', '--db', db, '--port', '0', '--keys', keys, '--checkpoint-key', key, '--checkpoint-every', every],
    { stdio: ['ignore', 'ignore', 'pipe'] },
  );
  const url = await listeningUrl(child);
  const stop = async () => {
    const exited = new Promise((r) => child.once('exit', r));
    child.kill('SIGTERM');
    await exited;
  };
  const receive = (code: string) =>
    fetch(`${url}/v1/offices/dongson/dossiers`, {
      method: 'POST',
      headers: { authorization: `Bearer ${ADMIN}`, 'content-type': 'application/json' },
      body: JSON.stringify({
        dossierCode: code,
        procedureCode: '1.001193',
        channel: 'online',
        receivedAt: '2024-03-01T08:30:00+07:00',
      }),
    });
  return { url, stop, receive };
}

describe('serve with a signing key', () => {
  it('signs on a schedule while the log grows, and /v1/audit/verify says how old the newest checkpoint is', async () => {
    const db = join(tmp.dir, 'served.db');
    expect(importQ1(db).status).toBe(0);
    const { url, stop, receive } = await serve(db, '0.01');
    try {
      await until('a checkpoint at start', () => checkpoints(db).length === 1);
      expect((await receive('S-1')).status).toBe(201);
      await until('a second checkpoint once the log grew', () => checkpoints(db).length === 2);
      const audit = await fetch(`${url}/v1/audit/verify`, { headers: { authorization: `Bearer ${ADMIN}` } });
      const body = (await audit.json()) as { ok: boolean; size: string; checkpoint: Record<string, unknown> | null };
      expect(body.ok).toBe(true);
      expect(body.checkpoint).toMatchObject({ size: body.size, holds: true, reason: null });
      expect(body.checkpoint?.ageSeconds).toBeTypeOf('number');
      expect(body.checkpoint?.signedAt).toMatch(/\+07:00$/);
    } finally {
      await stop();
    }
  }, 60_000);

  it('signs at shutdown what it took since the last checkpoint', async () => {
    const db = join(tmp.dir, 'shutdown.db');
    expect(importQ1(db).status).toBe(0);
    const { stop, receive } = await serve(db, '600');
    try {
      await until('a checkpoint at start', () => checkpoints(db).length === 1);
      expect((await receive('S-2')).status).toBe(201);
    } finally {
      await stop();
    }
    expect(checkpoints(db)).toHaveLength(2);
    const v = motcua(['verify', '--db', db, '--public-key', pub]);
    expect(v.status, v.stderr).toBe(0);
  }, 60_000);
});
