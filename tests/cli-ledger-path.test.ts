// What --db can name, and what a user is told when it names something motcua cannot use: a folder, a
// ledger this user may not write, a server's address. Each is refused before anything is created.
import { spawnSync } from 'node:child_process';
import { chmodSync, copyFileSync, existsSync, mkdirSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BOOK_Q1, ensureBuilt, MAIN, motcua, tempDir } from './cli-support.js';

const tmp = tempDir('motcua-ledger-path-');
let ledger: string;
beforeAll(() => {
  ensureBuilt();
  ledger = join(tmp.dir, 'ledger.db');
  const r = motcua(['import', '--db', ledger, '--office', 'dongson', tmp.file('q1.csv', BOOK_Q1)]);
  if (r.status !== 0) throw new Error(r.stderr);
});
afterAll(() => tmp.cleanup());

const report = (db: string) => ['report', '--db', db, '--year', '2024', '--quarter', '1'];

describe('--db naming a folder', () => {
  it('is refused by readers and writers alike, saying it is a folder and what to give instead', () => {
    const folder = join(tmp.dir, 'a-folder');
    mkdirSync(folder);
    const book = tmp.file('q1-folder.csv', BOOK_Q1);
    for (const args of [
      report(folder),
      ['verify', '--db', folder],
      ['import', '--db', folder, '--office', 'dongson', book],
      ['seed', '--db', folder],
    ]) {
      const r = motcua(args);
      expect(r.status, args.join(' ')).toBe(1);
      expect(r.stderr).toContain(`--db ${folder} là một thư mục`);
      expect(r.stderr).toContain(`${folder}/motcua.db`);
      expect(r.stderr).not.toMatch(/STORE_CORRUPT|unable to open/);
    }
    expect(readdirSync(folder)).toEqual([]);
    expect(motcua([...report(folder), '--lang', 'en']).stderr).toContain('is a folder, not a ledger file');
  });
});

// Permissions do not bind root, so as root the ledger is opened by the unprivileged user "nobody".
const root = process.getuid?.() === 0;
const asUser = (args: readonly string[]) => {
  const r = spawnSync(process.execPath, [MAIN, ...args], {
    encoding: 'utf8',
    timeout: 60_000,
    ...(root ? { uid: 65534, gid: 65534 } : {}),
  });
  return { status: r.status, stderr: r.stderr };
};

describe('a read-only ledger', () => {
  it.each([
    ['a read-only file in a writable folder', 0o777, 0o444],
    ['a ledger in a read-only folder', 0o755, 0o444],
  ])('%s: says what is wrong and what to do, and leaves no -wal or -shm behind', (_what, dirMode, fileMode) => {
    const dir = tempDir('motcua-readonly-');
    try {
      const copy = join(dir.dir, 'ro.db');
      copyFileSync(ledger, copy);
      chmodSync(copy, fileMode);
      chmodSync(dir.dir, dirMode);
      for (const args of [report(copy), ['dossier', 'show', 'A4', '--db', copy]]) {
        const r = asUser(args);
        expect(r.status, r.stderr).toBe(1);
        expect(r.stderr).toContain('chỉ đọc được');
        expect(r.stderr).toContain('hãy cấp quyền ghi');
        expect(r.stderr).not.toMatch(/SQLITE_READONLY|readonly database|STORE_CORRUPT/);
      }
      expect(asUser([...report(copy), '--lang', 'en']).stderr).toContain('is read-only for this user');
      expect(readdirSync(dir.dir)).toEqual(['ro.db']);
    } finally {
      chmodSync(dir.dir, 0o755);
      dir.cleanup();
    }
  });
});

describe('--db that looks like a URL', () => {
  it('is never taken as a file path: a scheme other than postgres:// is refused (exit 2) without echoing the address, and no folder is made', () => {
    const cwd = tempDir('motcua-url-');
    try {
      const url = 'mysql://clerk:s3cret@localhost:3306/motcua';
      const book = cwd.file('q1.csv', BOOK_Q1);
      for (const args of [
        report(url),
        ['seed', '--db', url],
        ['import', '--db', url, '--office', 'dongson', book],
        ['verify', '--db', url],
        ['rebuild', '--db', url],
        ['dossier', 'show', 'B1', '--db', url],
        ['serve', '--db', url, '--port', '0', '--keys', cwd.file('keys.json', '{}'), '--create'],
      ]) {
        const r = motcua(args, { cwd: cwd.dir });
        expect(r.status, args.join(' ')).toBe(2);
        expect(r.stderr).toContain('--db mysql://…');
        expect(r.stderr).toContain('motcua không mở được');
        expect(r.stderr).not.toContain('s3cret');
        expect(r.stderr).toContain('PostgreSQL (--db postgres://…)');
      }
      const en = motcua(['verify', '--db', url, '--lang', 'en'], { cwd: cwd.dir });
      expect(en.stderr).toContain('a database server motcua cannot open');
      const env = motcua(['seed', '--lang', 'en'], { cwd: cwd.dir, env: { MOTCUA_DB: 'sqlite:///tmp/x.db' } });
      expect(env.status).toBe(2);
      expect(env.stderr).toContain('MOTCUA_DB sqlite://…: this is the address of a database server');
      expect(readdirSync(cwd.dir).sort()).toEqual(['keys.json', 'q1.csv']);
      expect(existsSync(join(cwd.dir, 'mysql:'))).toBe(false);
    } finally {
      cwd.cleanup();
    }
  });
});
