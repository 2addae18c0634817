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
import { BOOK_Q1, ensureBuilt, MAIN, motcua, tempDir } from './cli-support.js';

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
});

describe('serve with a signing key', () => {
  it('signs on a schedule while the log grows, and /v1/audit/verify says how old the newest checkpoint is', async () => {
    const db = join(tmp.dir, 'served.db');
    expect(importQ1(db).status).toBe(0);
    const keys = tmp.file('keys.json', JSON.stringify([{ key: 'a'.repeat(24), role: 'admin', offices: ['*'] }]));
    const child = spawn(
      process.execPath,
      [MAIN, 'serve', '--db', db, '--port', '0', '--keys', keys, '--checkpoint-key', key, '--checkpoint-every', '0.01'],
      { stdio: ['ignore', 'ignore', 'pipe'] },
    );
    try {
      const url = await new Promise<string>((resolve, reject) => {
        let err = '';
        child.stderr.on('data', (d: Buffer) => {
          err += d.toString();
          const m = /(http:\/\/\S+)/.exec(err);
          if (m?.[1]) resolve(m[1]);
        });
        child.on('exit', (code) => reject(new Error(`serve exited ${code}: ${err}`)));
      });
      const until = async (what: string, ok: () => boolean) => {
        for (let i = 0; i < 200 && !ok(); i++) await new Promise((r) => setTimeout(r, 50));
        expect(ok(), what).toBe(true);
      };
      await until('a checkpoint at start', () => checkpoints(db).length === 1);
      const post = await fetch(`${url}/v1/offices/dongson/dossiers`, {
        method: 'POST',
        headers: { authorization: `Bearer ${'a'.repeat(24)}`, 'content-type': 'application/json' },
        body: JSON.stringify({
          dossierCode: 'S-1',
          procedureCode: '1.001193',
          channel: 'online',
          receivedAt: '2024-03-01T08:30:00+07:00',
        }),
      });
      expect(post.status).toBe(201);
      await until('a second checkpoint once the log grew', () => checkpoints(db).length === 2);
      const audit = await fetch(`${url}/v1/audit/verify`, { headers: { authorization: `Bearer ${'a'.repeat(24)}` } });
      const body = (await audit.json()) as { ok: boolean; size: string; checkpoint: Record<string, unknown> | null };
      expect(body.ok).toBe(true);
      expect(body.checkpoint).toMatchObject({ size: body.size, holds: true, reason: null });
      expect(body.checkpoint?.ageSeconds).toBeTypeOf('number');
      expect(body.checkpoint?.signedAt).toMatch(/\+07:00$/);
    } finally {
      const exited = new Promise((r) => child.once('exit', r));
      child.kill('SIGTERM');
      await exited;
    }
  }, 60_000);
});
