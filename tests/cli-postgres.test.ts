// Every motcua command on a PostgreSQL ledger (--db postgres://… or MOTCUA_DB), run as the built CLI
// against a real server (a cluster this file starts, or MOTCUA_PG_URL): the seed's Q1 2024 report is the
// SQLite seed's, an import is one transaction, and a wrong address, a server that is down, a refused
// user, someone else's database and a schema from a newer release are each refused in the clerk's words,
// with nothing written and the password never shown.
import { join } from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freePort, pgForTests } from '../packages/store/src/postgres/test-cluster.js';
import { BOOK_Q1, ensureBuilt, motcua, type Run, tempDir } from './cli-support.js';

const pgt = pgForTests('CLI on PostgreSQL');
const PASSWORD = 's3cretPW';
const tmp = tempDir('motcua-cli-pg-');
afterAll(() => tmp.cleanup());

/** Runs SQL on the given database, outside motcua. */
async function sql(url: string, text: string): Promise<pg.QueryResultRow[]> {
  const c = new pg.Client({ connectionString: url });
  await c.connect();
  try {
    return (await c.query(text)).rows;
  } finally {
    await c.end();
  }
}

let databases = 0;
/** A new empty database on the test server; its URL carries a password (the test server trusts
 *  loopback, so it is not checked, only never to be shown). */
async function newDatabase(): Promise<string> {
  const name = `cli_${process.pid}_${++databases}`;
  await sql(pgt.url(), `CREATE DATABASE ${name}`);
  const u = new URL(pgt.url());
  u.pathname = `/${name}`;
  u.password = PASSWORD;
  return u.href;
}

const eventsIn = async (url: string): Promise<number> =>
  Number((await sql(url, 'SELECT count(*) AS n FROM events'))[0]!.n);

const tablesIn = async (url: string): Promise<string[]> =>
  (await sql(url, "SELECT tablename AS t FROM pg_tables WHERE schemaname = 'public' ORDER BY 1")).map((r) => r.t);

/** A run that succeeded and never showed the password. */
function ok(r: Run, what: string): Run {
  expect(r.status, `${what}: ${r.stderr}`).toBe(0);
  expect(r.stdout + r.stderr, what).not.toContain(PASSWORD);
  return r;
}

const Q1 = ['--year', '2024', '--quarter', '1'];

describe.skipIf(pgt.skip)('motcua on PostgreSQL', () => {
  let seeded: string;
  const sqlite = join(tmp.dir, 'seed.db');
  // The sample is some 10,000 transactions (one per moment of its story): on PostgreSQL, five round trips
  // each, which on a loaded machine takes a while. It is written once for the whole file.
  beforeAll(async () => {
    ensureBuilt();
    seeded = await newDatabase();
    ok(motcua(['seed', '--db', seeded]), 'seed');
    ok(motcua(['seed', '--db', sqlite]), 'seed (SQLite)');
  }, 300_000);

  it("seed writes the sample; report, audit, dossier show read it as the SQLite seed's", () => {
    const report = ['report', ...Q1, '--format', 'json'];
    const onPg = ok(motcua([...report, '--db', seeded]), 'report').stdout;
    expect(onPg).toBe(motcua([...report, '--db', sqlite]).stdout);
    const total = JSON.parse(onPg).total;
    expect(total.received.total).toBe(496);
    expect(total.resolved.late).toBe(4);
    // MOTCUA_DB names it as well as --db does.
    expect(ok(motcua(report, { env: { MOTCUA_DB: seeded } }), 'MOTCUA_DB').stdout).toBe(onPg);
    const audit = ['audit', 'cell', ...Q1, '--cell', 'resolved.late'];
    const late = ok(motcua([...audit, '--db', seeded]), 'audit').stdout;
    expect(late).toBe(motcua([...audit, '--db', sqlite]).stdout);
    const show = (db: string) => motcua(['dossier', 'show', late.split('\n')[0]!, '--format', 'json', '--db', db]);
    expect(ok(show(seeded), 'dossier show').stdout).toBe(show(sqlite).stdout);
    // Seeding again writes nothing, and says where without the password.
    const again = ok(motcua(['seed', '--db', seeded, '--lang', 'en']), 'seed again');
    expect(again.stdout).toContain('already holds the Đông Sơn sample');
    expect(again.stdout).toContain(':***@127.0.0.1');
  });

  it('verify, rebuild and signed checkpoints work on it; routine checkpoints are said not to be kept', () => {
    const v = ok(motcua(['verify', '--db', seeded, '--lang', 'en']), 'verify');
    expect(v.stdout).toMatch(/^ok: hash chain of \d+ events; rebuild matches/);
    expect(v.stderr).toContain('A PostgreSQL ledger has no checkpoint folder beside it');
    expect(ok(motcua(['rebuild', '--db', seeded, '--lang', 'en']), 'rebuild').stdout).toMatch(
      /^Rebuilt from zero: \d+ events/,
    );
    const key = join(tmp.dir, 'cp.key');
    const pub = join(tmp.dir, 'cp.pub');
    const cp = join(tmp.dir, 'pg.checkpoint');
    ok(motcua(['checkpoint', 'keygen', '--key', key, '--pub', pub]), 'keygen');
    ok(motcua(['checkpoint', 'sign', '--db', seeded, '--key', key, '--out', cp]), 'sign');
    expect(
      ok(motcua(['checkpoint', 'verify', cp, '--db', seeded, '--pub', pub, '--lang', 'en']), 'verify cp').stdout,
    ).toMatch(/^ok: log [0-9a-f]{32} still holds the \d+ signed events unchanged/);
    const withCp = ok(
      motcua(['verify', '--db', seeded, '--checkpoint', cp, '--public-key', pub, '--lang', 'en']),
      'verify --checkpoint',
    );
    expect(withCp.stderr).toMatch(/Checkpoint .* the first \d+ events are as signed/);
  });

  it('imports a book as one transaction: a refused book writes nothing, the same book twice writes once', async () => {
    const db = await newDatabase();
    const book = tmp.file('q1.csv', BOOK_Q1);
    const bad = tmp.file('bad.csv', `${BOOK_Q1}\nA8,Hộ tịch,online,2024-13-45,2024-03-05,,`);
    const refused = motcua(['import', bad, '--office', 'dongson', '--db', db]);
    expect(refused.status).toBe(1);
    expect(refused.stderr).toContain('không ghi gì vào sổ cái');
    expect(await eventsIn(db)).toBe(0);
    const first = ok(motcua(['import', book, '--office', 'dongson', '--db', db, '--lang', 'en']), 'import');
    expect(first.stdout).toContain('7 rows, 7 dossiers');
    const written = await eventsIn(db);
    expect(written).toBeGreaterThan(7);
    // A book that refuses one line on a ledger that has events: still nothing of it written.
    expect(motcua(['import', bad, '--office', 'dongson', '--db', db]).status).toBe(1);
    const twice = ok(motcua(['import', book, '--office', 'dongson', '--db', db, '--lang', 'en']), 'import again');
    expect(twice.stdout).toContain('0 events written, 7 skipped');
    expect(await eventsIn(db)).toBe(written);
    const report = ok(motcua(['report', ...Q1, '--format', 'json', '--db', db]), 'report');
    expect(JSON.parse(report.stdout).total.received.total).toBe(7);
    // A rewritten event is caught by the chain.
    await sql(db, `UPDATE events SET data = data || ' ' WHERE position = 3`);
    const broken = motcua(['verify', '--db', db]);
    expect(broken.status).toBe(1);
    expect(broken.stderr).toContain('KIỂM TRA THẤT BẠI: chuỗi hash đứt tại vị trí 3');
  });

  const COMMANDS: Record<string, string[]> = {
    seed: ['seed'],
    report: ['report', ...Q1],
    verify: ['verify'],
    rebuild: ['rebuild'],
    import: ['import', tmp.file('one.csv', BOOK_Q1), '--office', 'dongson'],
    serve: ['serve', '--port', '0', '--keys', tmp.file('keys.json', '[]'), '--create'],
  };

  /** The commands named refuse `db` alike (the last through MOTCUA_DB, in English): the exit code, the
   *  words, nothing shown of the password, no stack trace. Together the cases cover every command. */
  function refused(db: string, commands: string[], status: number, vi: string, en: string): void {
    commands.forEach((name, i) => {
      const last = i === commands.length - 1;
      const args = COMMANDS[name]!;
      const r = last ? motcua([...args, '--lang', 'en'], { env: { MOTCUA_DB: db } }) : motcua([...args, '--db', db]);
      expect(r.status, `${name}: ${r.stderr}`).toBe(status);
      expect(r.stderr, name).toContain(last ? en : vi);
      expect(r.stdout + r.stderr).not.toContain(PASSWORD);
      expect(r.stderr).not.toMatch(/at .*\.js:\d+/);
    });
  }

  it('a connection string it cannot read: wrong usage (exit 2), naming the form', () => {
    refused(
      `postgres://clerk:${PASSWORD}@127.0.0.1:99999/motcua`,
      ['seed', 'serve', 'verify'],
      2,
      'chuỗi kết nối không đọc được; dạng đúng là postgres://',
      'MOTCUA_DB postgres://…: the connection string cannot be read; the form is postgres://user:password@host:port/database',
    );
  });

  it('a server that is down: exit 1, asking whether it runs and whether host and port are right', async () => {
    refused(
      `postgres://clerk:${PASSWORD}@127.0.0.1:${await freePort()}/motcua`,
      ['report', 'import', 'serve'],
      1,
      'máy chủ từ chối kết nối: máy chủ PostgreSQL có đang chạy không',
      'connection refused: is the PostgreSQL server running, and are the host and port in --db right?',
    );
  });

  it('a user the server refuses: exit 1, naming the user name and the access rules', () => {
    const u = new URL(pgt.url());
    u.username = 'nobody_here';
    u.password = PASSWORD;
    refused(
      u.href,
      ['verify', 'rebuild', 'seed'],
      1,
      'máy chủ không nhận người dùng này',
      'the server refused this user (no such user, or pg_hba.conf does not allow it)',
    );
  });

  it("someone else's database: exit 1, naming its tables; nothing created in it", async () => {
    const db = await newDatabase();
    await sql(db, 'CREATE TABLE invoices (id int); CREATE TABLE customers (id int)');
    refused(
      db,
      ['seed', 'serve', 'import'],
      1,
      'có các bảng không phải sổ cái motcua (customers, invoices); không ghi gì',
      'holds tables that are not a motcua ledger (customers, invoices); nothing was written',
    );
    expect(await tablesIn(db)).toEqual(['customers', 'invoices']);
  });

  it('a ledger of a newer schema version: exit 1, asking for a newer motcua; nothing written', async () => {
    const db = await newDatabase();
    ok(motcua(['import', tmp.file('q.csv', BOOK_Q1), '--office', 'dongson', '--db', db]), 'import');
    const before = await eventsIn(db);
    await sql(db, "INSERT INTO schema_version (version, why) VALUES (99, 'a later release')");
    refused(
      db,
      ['serve', 'report', 'seed'],
      1,
      'có lược đồ phiên bản 99, mới hơn phiên bản',
      'has store schema version 99, newer than the version',
    );
    expect(await eventsIn(db)).toBe(before);
  });

  it('an empty database is no ledger to read or serve, and reading it creates nothing', async () => {
    const db = await newDatabase();
    const r = motcua(['report', ...Q1, '--db', db, '--lang', 'en']);
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(
      /no ledger at postgres:\/\/motcua:\*\*\*@127\.0\.0\.1:\d+\/cli_\d+_\d+ \(run "motcua seed"/,
    );
    const s = motcua(['serve', '--db', db, '--port', '0', '--keys', tmp.file('k.json', '[]')]);
    expect(s.status).toBe(1);
    expect(s.stderr).toContain('thêm --create để phục vụ một sổ cái mới, trống');
    expect(await tablesIn(db)).toEqual([]);
  });
});
