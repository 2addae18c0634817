// Offices are known, not conjured: an office is one the ledger holds dossiers of, or one the hierarchy
// declares. Reading any other is a 404 problem document (never a 200 all-zero report); opening a dossier
// in one is refused by `motcua serve` unless it was started with --allow-new-offices.
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { openSqliteStore } from '@motcua/store';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listeningUrl } from './cli-support.js';
import { call, HIERARCHY, KEYS, receiveBody, startTestServer, type TestServer, writeJson } from './server-helpers.js';

const q1 = 'year=2024&quarter=1';
const READS = (office: string) => [
  `/v1/offices/${office}/reports/form06?${q1}`,
  `/v1/offices/${office}/reports/form06/cells/received.total?${q1}`,
  `/v1/offices/${office}/reports/form06/drill-down?${q1}&cell=received.total`,
  `/v1/offices/${office}/indicators?${q1}`,
  `/v1/offices/${office}/dossiers/X1`,
  `/v1/offices/${office}/dossiers/X1/timeline`,
  `/v1/offices/${office}/events`,
];

describe('reading an office nobody knows', () => {
  let s: TestServer;
  beforeAll(async () => {
    s = await startTestServer({ hierarchy: HIERARCHY });
    const r = await call(s.base, 'POST', '/v1/offices/A/dossiers', { who: 'admin', body: receiveBody('A-1') });
    expect(r.status).toBe(201);
  });
  afterAll(() => s.close());

  it('is a 404 problem naming the office, on every read route, even for an admin key', async () => {
    for (const path of READS('MADEUP')) {
      const r = await call(s.base, path.endsWith('/events') ? 'HEAD' : 'GET', path, { who: 'admin' });
      expect(r.status, path).toBe(404);
      if (!path.endsWith('/events')) {
        expect(r.headers.get('content-type')).toContain('application/problem+json');
        expect(r.json.code, path).toBe('UNKNOWN_OFFICE');
        expect(r.json.detail).toContain('cơ quan MADEUP không có trong sổ cái');
      }
    }
    const en = await call(s.base, 'GET', READS('MADEUP')[0]!, { who: 'admin', headers: { 'accept-language': 'en' } });
    expect(en.json.detail).toContain('office MADEUP is not in the ledger');
  });

  it('an office the hierarchy declares reads as an empty report; one in the ledger reads its figures', async () => {
    const declared = await call(s.base, 'GET', `/v1/offices/C/reports/form06?${q1}`, { who: 'admin' });
    expect(declared.status).toBe(200);
    expect(declared.json.total.received.total).toBe(0);
    const held = await call(s.base, 'GET', `/v1/offices/A/reports/form06?${q1}`, { who: 'admin' });
    expect(held.status).toBe(200);
    expect(held.json.total.received.total).toBe(1);
  });

  it('a key that does not cover an office is refused before it can learn whether the office exists', async () => {
    for (const office of ['MADEUP', 'C']) {
      const r = await call(s.base, 'GET', `/v1/offices/${office}/reports/form06?${q1}`, { who: 'clerkA' });
      expect(r.status).toBe(403);
    }
  });
});

const CLI = fileURLToPath(new URL('../packages/cli/dist/main.js', import.meta.url));

/** `motcua serve` (the built CLI) on a free port until `body` ends. */
async function withServe(args: readonly string[], body: (url: string) => Promise<void>): Promise<void> {
  const child = spawn(process.execPath, [CLI, 'serve', '--port', '0', ...args], {
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  try {
    const url = await listeningUrl(child);
    await body(url);
  } finally {
    const exited = new Promise((r) => child.on('exit', r));
    child.kill('SIGTERM');
    await exited;
  }
}

describe('motcua serve and a dossier for an office nobody declared', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'motcua-offices-'));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const admin = [{ key: KEYS.admin, role: 'admin', offices: ['*'] }];
  const count = (db: string) => {
    const store = openSqliteStore({ path: db, readonly: true });
    try {
      return store.db.prepare('SELECT COUNT(*) FROM events').pluck().get() as number;
    } finally {
      void store.close();
    }
  };

  it('is refused (404, saying how to declare it) and nothing is written; --allow-new-offices or the hierarchy opens it', async () => {
    const db = join(dir, 'l.db');
    const keys = writeJson(dir, 'keys.json', admin);
    await withServe(['--db', db, '--create', '--keys', keys], async (url) => {
      const r = await call(url, 'POST', '/v1/offices/MADEUP/dossiers', { who: 'admin', body: receiveBody('M-1') });
      expect(r.status).toBe(404);
      expect(r.json.code).toBe('UNKNOWN_OFFICE');
      expect(r.json.detail).toContain('--allow-new-offices');
      expect(r.json.detail).toContain('--hierarchy');
      const read = await call(url, 'GET', `/v1/offices/MADEUP/reports/form06?${q1}`, { who: 'admin' });
      expect(read.status).toBe(404);
    });
    expect(count(db)).toBe(0);

    await withServe(['--db', db, '--keys', keys, '--hierarchy', writeJson(dir, 'h.json', HIERARCHY)], async (url) => {
      const declared = await call(url, 'POST', '/v1/offices/C/dossiers', { who: 'admin', body: receiveBody('C-1') });
      expect(declared.status).toBe(201);
      const undeclared = await call(url, 'POST', '/v1/offices/MADEUP/dossiers', {
        who: 'admin',
        body: receiveBody('M-1'),
      });
      expect(undeclared.status).toBe(404);
    });
    expect(count(db)).toBe(1);

    await withServe(['--db', db, '--keys', keys, '--allow-new-offices'], async (url) => {
      const r = await call(url, 'POST', '/v1/offices/MADEUP/dossiers', { who: 'admin', body: receiveBody('M-1') });
      expect(r.status).toBe(201);
      // Known from then on: its report reads, and so does the office the hierarchy opened before.
      expect((await call(url, 'GET', `/v1/offices/MADEUP/reports/form06?${q1}`, { who: 'admin' })).status).toBe(200);
      expect((await call(url, 'GET', `/v1/offices/C/reports/form06?${q1}`, { who: 'admin' })).status).toBe(200);
    });
    expect(count(db)).toBe(2);
  });
});
