// Several `motcua serve` on one PostgreSQL log, as real processes (the built CLI) on two ports against one
// server this file starts: a write through one shows in the other's reports, drill-downs and live stream;
// an Idempotency-Key retry sent to the other gets the first answer byte for byte; If-Match holds across
// them; kill -9 of one leaves the other serving, and a restarted one catches up. With the database server
// gone, both answer 503 STORE_UNAVAILABLE with Retry-After, and carry on once it is back.
import type { ChildProcessWithoutNullStreams } from 'node:child_process';
import { dossierStreamId } from '@motcua/domain';
import { buildServer } from '@motcua/server';
import { openPostgresStore } from '@motcua/store';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pgForTests } from '../packages/store/src/postgres/test-cluster.js';
import { ensureBuilt, spawnServeItself, tempDir } from './cli-support.js';
import { auth, HIERARCHY, KEY_ENTRIES, receiveBody, writeJson } from './server-helpers.js';

// It stops its database server mid-test, so it always starts one of its own.
const pgt = pgForTests('serve: instances on one PostgreSQL log', true);
const tmp = tempDir('motcua-pg-serve-');

interface Instance {
  readonly child: ChildProcessWithoutNullStreams;
  readonly url: string;
}

/** `motcua serve` on the log, as the server process itself (see spawnServeItself). */
const serve = (db: string, extra: string[] = []): Promise<Instance> =>
  spawnServeItself([
    '--db',
    db,
    '--keys',
    writeJson(tmp.dir, 'keys.json', KEY_ENTRIES),
    '--hierarchy',
    writeJson(tmp.dir, 'hierarchy.json', HIERARCHY),
    ...extra,
  ]);

const running: Instance[] = [];
const start = async (db: string, extra: string[] = []) => {
  const i = await serve(db, extra);
  running.push(i);
  return i;
};
afterAll(async () => {
  for (const i of running) i.child.kill('SIGKILL');
  tmp.cleanup();
});

/** Events of a dossier of office A in the log, read from the database itself. */
async function eventsOf(code: string): Promise<number> {
  const c = new pg.Client({ connectionString: pgt.url() });
  await c.connect();
  try {
    const r = await c.query('SELECT count(*)::int AS n FROM events WHERE stream_id = $1', [dossierStreamId('A', code)]);
    return r.rows[0].n as number;
  } finally {
    await c.end();
  }
}

interface Answer {
  readonly status: number;
  readonly headers: Headers;
  readonly body: string;
}

async function post(i: Instance, path: string, body: unknown, headers: Record<string, string> = {}): Promise<Answer> {
  const r = await fetch(i.url + path, {
    method: 'POST',
    headers: { ...auth('clerkA'), 'content-type': 'application/json', ...headers },
    body: JSON.stringify(body),
  });
  return { status: r.status, headers: r.headers, body: await r.text() };
}

async function get(i: Instance, path: string): Promise<Answer> {
  const r = await fetch(i.url + path, { headers: auth('clerkA') });
  return { status: r.status, headers: r.headers, body: await r.text() };
}

/** The dossiers received in office A in Q1 2024, as the instance counts them. */
const receivedOn = async (i: Instance): Promise<string[]> =>
  JSON.parse((await get(i, '/v1/offices/A/reports/form06/cells/received.total?year=2024&quarter=1')).body).dossiers;

/** The live stream of office A on an instance: resolves `until(code)` once an event of that dossier came. */
async function liveStream(i: Instance) {
  const ctl = new AbortController();
  const res = await fetch(`${i.url}/v1/offices/A/events`, { headers: auth('clerkA'), signal: ctl.signal });
  expect(res.status).toBe(200);
  let text = '';
  const waiting = new Map<string, () => void>();
  const decoder = new TextDecoder();
  const reader = res.body!.getReader();
  void (async () => {
    try {
      for (;;) {
        const { value, done } = await reader.read();
        if (done) return;
        text += decoder.decode(value, { stream: true });
        for (const [code, wake] of waiting) if (text.includes(`"dossierCode":"${code}"`)) wake();
      }
    } catch {
      // aborted
    }
  })();
  return {
    until: (code: string) =>
      new Promise<void>((resolve) => {
        if (text.includes(`"dossierCode":"${code}"`)) resolve();
        else waiting.set(code, resolve);
      }),
    close: () => ctl.abort(),
  };
}

describe.skipIf(pgt.skip)('motcua serve: two instances on one PostgreSQL log', () => {
  let db: string;
  let a: Instance;
  let b: Instance;
  beforeAll(async () => {
    ensureBuilt();
    db = pgt.url();
    a = await start(db, ['--create']);
    b = await start(db);
  }, 120_000);

  it("a write through one shows in the other's live stream, report and drill-down", async () => {
    const live = await liveStream(b);
    try {
      const w = await post(a, '/v1/offices/A/dossiers', receiveBody('PG-1'));
      expect(w.status, w.body).toBe(201);
      // B learns of it from the log (NOTIFY), not from A: its stream carries it, then its reads count it.
      await live.until('PG-1');
      expect(await receivedOn(b)).toContain('PG-1');
      const drill = await get(b, '/v1/offices/A/reports/form06/drill-down?cell=pending.total&year=2024&quarter=1');
      expect(JSON.parse(drill.body).dossiers).toContain('PG-1');
      const dossier = await get(b, '/v1/offices/A/dossiers/PG-1');
      expect(dossier.status).toBe(200);
      expect(dossier.headers.get('etag')).toBe('"0"');
    } finally {
      live.close();
    }
  });

  it('an Idempotency-Key retry sent to the other instance gets the first answer byte for byte', async () => {
    const key = { 'idempotency-key': 'retry-across-instances-1' };
    const first = await post(a, '/v1/offices/A/dossiers', receiveBody('PG-2'), key);
    expect(first.status, first.body).toBe(201);
    const retry = await post(b, '/v1/offices/A/dossiers', receiveBody('PG-2'), key);
    expect(retry.status).toBe(first.status);
    expect(retry.body).toBe(first.body);
    for (const h of ['etag', 'location', 'content-type']) expect(retry.headers.get(h), h).toBe(first.headers.get(h));
    // A receipt without a code gets one made by the instance that took it: the retry on the other must
    // answer that code, not make its own.
    const made = { 'idempotency-key': 'retry-across-instances-code' };
    const { dossierCode: _, ...noCode } = receiveBody('unused');
    const minted = await post(a, '/v1/offices/A/dossiers', noCode, made);
    expect(minted.status, minted.body).toBe(201);
    const again = await post(b, '/v1/offices/A/dossiers', noCode, made);
    expect(again.status).toBe(201);
    expect(again.body).toBe(minted.body);
    // Sent to both at once (a client that timed out on one and retried on the other): each instance made
    // its own code, one wrote; both answer the writer's.
    for (let round = 0; round < 3; round++) {
      const raced = { 'idempotency-key': `retry-across-instances-code-race-${round}` };
      const [p, q] = await Promise.all([
        post(a, '/v1/offices/A/dossiers', noCode, raced),
        post(b, '/v1/offices/A/dossiers', noCode, raced),
      ]);
      expect(p.status, p.body).toBe(201);
      expect(q.body).toBe(p.body);
      expect(await eventsOf(JSON.parse(p.body).dossierCode)).toBe(1);
    }
    // The same key for another request is refused on either instance.
    expect((await post(b, '/v1/offices/A/dossiers', receiveBody('PG-3'), key)).status).toBe(422);
    // One key sent to both at once: one dossier, and both get the same answer.
    const both = { 'idempotency-key': 'retry-across-instances-2' };
    const [x, y] = await Promise.all([
      post(a, '/v1/offices/A/dossiers', receiveBody('PG-4'), both),
      post(b, '/v1/offices/A/dossiers', receiveBody('PG-4'), both),
    ]);
    expect(x.status, x.body).toBe(201);
    expect(y.status).toBe(x.status);
    expect(y.body).toBe(x.body);
    expect(await eventsOf('PG-4')).toBe(1);
  });

  it('If-Match holds across instances: a revision one instance moved past is stale on the other', async () => {
    const r = await post(a, '/v1/offices/A/dossiers', receiveBody('PG-5'));
    expect(r.status).toBe(201);
    // B shows the dossier once it has caught up (told by NOTIFY, within the second); bounded wait.
    let onB = await get(b, '/v1/offices/A/dossiers/PG-5');
    for (let tries = 0; tries < 200 && onB.status === 404; tries++) {
      await new Promise((r) => setTimeout(r, 50));
      onB = await get(b, '/v1/offices/A/dossiers/PG-5');
    }
    expect(onB.headers.get('etag')).toBe('"0"');
    const moved = await post(a, '/v1/offices/A/dossiers/PG-5/digitise', { what: 'papers' }, { 'if-match': '"0"' });
    expect(moved.status, moved.body).toBe(200);
    expect(moved.headers.get('etag')).toBe('"1"');
    const stale = await post(b, '/v1/offices/A/dossiers/PG-5/digitise', { what: 'result' }, { 'if-match': '"0"' });
    expect(stale.status, stale.body).toBe(412);
    expect(stale.headers.get('etag')).toBe('"1"');
    expect((await get(b, '/v1/offices/A/dossiers/PG-5')).headers.get('etag')).toBe('"1"');
  });

  it('kill -9 of one leaves the other serving; a restarted instance catches up', async () => {
    a.child.kill('SIGKILL');
    await new Promise((r) => a.child.once('exit', r));
    const w = await post(b, '/v1/offices/A/dossiers', receiveBody('PG-6'));
    expect(w.status, w.body).toBe(201);
    expect(await receivedOn(b)).toContain('PG-6');
    a = await start(db);
    const seen = await receivedOn(a);
    expect(seen).toEqual(await receivedOn(b));
    expect(seen).toEqual(expect.arrayContaining(['PG-1', 'PG-2', 'PG-4', 'PG-5', 'PG-6']));
    // The killed instance left no half-written append: the chain both instances wrote holds.
    const verified = await fetch(`${a.url}/v1/audit/verify`, { headers: auth('auditorA') });
    expect(await verified.json()).toMatchObject({ ok: true, firstBadPosition: null });
  });

  it("an instance that never polls still sees another's write: it is told by LISTEN/NOTIFY", async () => {
    const store = await openPostgresStore({ connectionString: db });
    const app = buildServer({ store, keys: KEY_ENTRIES, hierarchy: HIERARCHY, pollMs: 0, closeStore: true });
    try {
      await app.ready();
      const counted = async () =>
        JSON.parse(
          (
            await app.inject({
              method: 'GET',
              url: '/v1/offices/A/reports/form06/cells/received.total?year=2024&quarter=1',
              headers: auth('clerkA'),
            })
          ).body,
        ).dossiers as string[];
      expect(await counted()).not.toContain('PG-N1');
      expect((await post(a, '/v1/offices/A/dossiers', receiveBody('PG-N1'))).status).toBe(201);
      // Bounded: without the notification nothing would ever make this instance look again.
      for (let tries = 0; tries < 200 && !(await counted()).includes('PG-N1'); tries++) {
        await new Promise((r) => setTimeout(r, 50));
      }
      expect(await counted()).toContain('PG-N1');
    } finally {
      await app.close();
    }
  });

  it('with the database server gone, both answer 503 STORE_UNAVAILABLE with Retry-After, then carry on', async () => {
    const cluster = pgt.cluster()!;
    cluster.crash();
    try {
      for (const i of [a, b]) {
        const w = await post(i, '/v1/offices/A/dossiers', receiveBody(`PG-DOWN-${i.url.slice(-5)}`));
        expect(w.status, w.body).toBe(503);
        expect(w.headers.get('content-type')).toContain('application/problem+json');
        expect(w.headers.get('retry-after')).toMatch(/^\d+$/);
        expect(JSON.parse(w.body)).toMatchObject({ status: 503, code: 'STORE_UNAVAILABLE' });
        // A read that needs the log (the ETag of a dossier) says the same.
        expect((await get(i, '/v1/offices/A/dossiers/PG-1')).status).toBe(503);
      }
    } finally {
      cluster.restart();
    }
    for (const [i, code] of [
      [b, 'PG-7'],
      [a, 'PG-8'],
    ] as const) {
      const back = await post(i, '/v1/offices/A/dossiers', receiveBody(code));
      expect(back.status, back.body).toBe(201);
    }
    // Nothing was written while the server was away.
    expect(await eventsOf(`PG-DOWN-${a.url.slice(-5)}`)).toBe(0);
  });
});
