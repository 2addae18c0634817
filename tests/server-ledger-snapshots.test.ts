// The server and ledger snapshots (issue 13 item 7), through startServer as `motcua serve` runs it, on a
// real SQLite file and a real PostgreSQL server: a snapshot written while serving (by count) and at a
// clean shutdown; the next start uses it, answers exactly as before, and follows the log from there; a
// damaged snapshot is refused in the log and the ledger rebuilt from the log, the same answers served.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { startServer } from '@motcua/server';
import { snapshotFileOf } from '@motcua/store';
import pg from 'pg';
import { afterAll, describe, expect, it } from 'vitest';
import { pgForTests } from '../packages/store/src/postgres/test-cluster.js';
import { call, HIERARCHY, KEY_ENTRIES, receiveBody, writeJson } from './server-helpers.js';

const dir = mkdtempSync(join(tmpdir(), 'motcua-server-snapshots-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const keysFile = writeJson(dir, 'keys.json', KEY_ENTRIES);
const hierarchyFile = writeJson(dir, 'hierarchy.json', HIERARCHY);

/** A server on `db` whose JSON log lines are collected. */
async function start(db: string) {
  const lines: Array<Record<string, unknown>> = [];
  const stream = new Writable({
    write(chunk, _enc, done) {
      for (const l of String(chunk).split('\n')) if (l.trim()) lines.push(JSON.parse(l) as Record<string, unknown>);
      done();
    },
  });
  const running = await startServer({
    dbPath: db,
    port: 0,
    keysFile,
    hierarchyFile,
    logger: { level: 'info', stream } as never,
    handleSignals: false,
    snapshots: { everyEvents: 3, everyMs: 0, checkMs: 20 },
  });
  const said = (msg: string) => lines.filter((l) => l.msg === msg);
  return { running, lines, said };
}

async function until(what: () => boolean, ms = 10_000): Promise<void> {
  const end = Date.now() + ms;
  while (!what()) {
    if (Date.now() > end) throw new Error('timed out');
    await new Promise((r) => setTimeout(r, 20));
  }
}

/** What a clerk and a leader read: the report, a drill-down, a dossier and its timeline. */
async function answers(url: string) {
  const get = async (path: string, who: 'leaderA' | 'clerkA' = 'leaderA') => {
    const r = await call(url, 'GET', path, { who });
    expect(r.status).toBe(200);
    return r.json;
  };
  return [
    await get('/v1/offices/A/reports/form06?year=2024'),
    await get('/v1/offices/A/dossiers/S-2', 'clerkA'),
    await get('/v1/offices/A/dossiers/S-2/timeline', 'clerkA'),
  ];
}

function suite(name: string, skip: boolean, db: () => string, damage: (db: string) => Promise<void>) {
  describe.skipIf(skip)(`serve with ledger snapshots on ${name}`, () => {
    it('writes one while serving and at shutdown, starts from it, and refuses a damaged one', async () => {
      const first = await start(db());
      const receive = async (code: string) => {
        const r = await call(first.running.url, 'POST', '/v1/offices/A/dossiers', {
          who: 'clerkA',
          body: receiveBody(code),
        });
        expect(r.status).toBe(201);
      };
      // Two events are fewer than every 3: several checks pass (every 20 ms) and none is written.
      for (const code of ['S-1', 'S-2']) await receive(code);
      await new Promise((r) => setTimeout(r, 200));
      expect(first.said('ledger snapshot written')).toEqual([]);
      await receive('S-3');
      // Three events since the start: one is written while serving.
      await until(() => first.said('ledger snapshot written').some((l) => l.why === 'periodic'));
      expect(first.said('ledger snapshot written')).toEqual([expect.objectContaining({ position: '3' })]);
      await receive('S-4');
      const before = await answers(first.running.url);
      await first.running.close();
      const shutdown = first.said('ledger snapshot written').find((l) => l.why === 'shutdown');
      expect(shutdown?.position).toBe('4');
      expect(first.said('no ledger snapshot: the ledger is folded from the whole log')).toHaveLength(1);

      const second = await start(db());
      expect(second.said('ledger snapshot used: the log after it is folded in')[0]).toMatchObject({ position: '4' });
      expect((await call(second.running.url, 'GET', '/readyz')).json).toMatchObject({ position: '4' });
      expect(await answers(second.running.url)).toEqual(before);
      // It follows the log from the snapshot on.
      const w = await call(second.running.url, 'POST', '/v1/offices/A/dossiers', {
        who: 'clerkA',
        body: receiveBody('S-5'),
      });
      expect(w.status).toBe(201);
      const after = await answers(second.running.url);
      expect((after[0] as { total: { received: { total: number } } }).total.received.total).toBe(5);
      await second.running.close();

      await damage(db());
      const third = await start(db());
      expect(third.said('ledger snapshot refused: the ledger is rebuilt from the whole log')[0]).toMatchObject({
        reason: 'damaged',
      });
      await until(() =>
        third.lines.some((l) => l.msg === 'ledger snapshot refused: the ledger is rebuilt from the whole log'),
      );
      expect((await call(third.running.url, 'GET', '/readyz')).status).toBe(200);
      expect(await answers(third.running.url)).toEqual(after);
      await third.running.close();
    }, 60_000);
  });
}

suite(
  'a SQLite file',
  false,
  () => join(dir, 'ledger.db'),
  async (db) => {
    const path = snapshotFileOf(db, 'ledger');
    const bytes = readFileSync(path);
    bytes[bytes.length >>> 1]! ^= 0x10;
    writeFileSync(path, bytes);
  },
);

const pgt = pgForTests('serve with ledger snapshots on PostgreSQL', true);
suite(
  'PostgreSQL',
  pgt.skip,
  () => pgt.url(),
  async (url) => {
    const c = new pg.Client({ connectionString: url });
    await c.connect();
    try {
      const mid = 'length(bytes) / 2';
      await c.query(
        `UPDATE ledger_snapshot_parts SET bytes = set_byte(bytes, ${mid}, get_byte(bytes, ${mid}) # 1) WHERE seq = 0`,
      );
    } finally {
      await c.end();
    }
  },
);
