// Operations: startServer from files, health and readiness, JSON logs without keys or personal data,
// per-key rate limits, and a graceful shutdown that finishes the writes it acknowledged.
import { mkdtempSync, rmSync } from 'node:fs';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { startServer } from '@motcua/server';
import { openSqliteStore } from '@motcua/store';
import { afterEach, describe, expect, it } from 'vitest';
import { call, HIERARCHY, KEY_ENTRIES, KEYS, receiveBody, startTestServer, writeJson } from './server-helpers.js';

const cleanups: Array<() => Promise<void> | void> = [];
afterEach(async () => {
  for (const c of cleanups.splice(0).reverse()) await c();
});

const tempDir = () => {
  const dir = mkdtempSync(join(tmpdir(), 'motcua-ops-'));
  cleanups.push(() => rmSync(dir, { recursive: true, force: true }));
  return dir;
};

/** startServer as `motcua serve` calls it: a ledger file, a keys file and a hierarchy file in `dir`. */
const startFromFiles = (dir: string, extra: Partial<Parameters<typeof startServer>[0]> = {}) =>
  startServer({
    dbPath: join(dir, 'ledger.db'),
    port: 0,
    keysFile: writeJson(dir, 'keys.json', KEY_ENTRIES),
    hierarchyFile: writeJson(dir, 'hierarchy.json', HIERARCHY),
    logger: false,
    handleSignals: false,
    ...extra,
  });

describe('startServer', () => {
  it('serves from a keys file and a hierarchy file, and closes cleanly', async () => {
    const dir = tempDir();
    const running = await startFromFiles(dir);
    cleanups.push(() => running.close());
    expect(running.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    expect((await call(running.url, 'GET', '/healthz')).json).toEqual({ status: 'ok' });
    expect((await call(running.url, 'GET', '/readyz')).status).toBe(200);
    const r = await call(running.url, 'POST', '/v1/offices/A/dossiers', { who: 'clerkA', body: receiveBody('O-1') });
    expect(r.status).toBe(201);
    const unit = await call(running.url, 'GET', '/v1/units/D1/reports/form06?year=2024', { who: 'leaderDistrict' });
    expect(unit.status).toBe(200);
    expect(unit.json.total.received.total).toBe(1);
    await running.close();
    // The store was closed: the file opens again and holds the event.
    const store = openSqliteStore({ path: join(dir, 'ledger.db') });
    expect(await store.headPosition()).toBe(1n);
    await store.close();
  });

  it('closes even while a client holds a socket busy with half a request, once the grace period is over', async () => {
    const dir = tempDir();
    const running = await startFromFiles(dir, { shutdownGraceMs: 200 });
    expect(
      (await call(running.url, 'POST', '/v1/offices/A/dossiers', { who: 'clerkA', body: receiveBody('G-1') })).status,
    ).toBe(201);
    // Headers never finished: not an idle socket, so closing would wait for the headers timeout (a minute).
    const socket = connect(Number(new URL(running.url).port), '127.0.0.1');
    await new Promise<void>((r) => socket.once('connect', () => r()));
    socket.write('GET /healthz HTTP/1.1\r\nHost: x\r\n');
    const ended = new Promise<void>((r) => socket.once('close', () => r()));
    await running.close();
    await ended; // the server closed the socket itself
    const store = openSqliteStore({ path: join(dir, 'ledger.db') });
    expect(await store.headPosition()).toBe(1n);
    await store.close();
  }, 20_000);

  it('accepts the projections’ unit-list hierarchy format', async () => {
    const dir = tempDir();
    const running = await startServer({
      dbPath: join(dir, 'ledger.db'),
      port: 0,
      keysFile: writeJson(dir, 'keys.json', KEY_ENTRIES),
      hierarchyFile: writeJson(dir, 'units.json', [
        { code: 'P', name: 'Tỉnh', level: 'province', parent: null },
        { code: 'D1', name: 'Huyện', level: 'district', parent: 'P' },
        { code: 'A', name: 'Xã A', level: 'commune', parent: 'D1' },
        { code: 'B', name: 'Xã B', level: 'commune', parent: 'D1' },
      ]),
      logger: false,
      handleSignals: false,
    });
    cleanups.push(() => running.close());
    const r = await call(running.url, 'GET', '/v1/units/D1/reports/form06?year=2024', { who: 'admin' });
    expect(r.status).toBe(200);
    expect(r.json.offices).toEqual(['A', 'B']);
  });

  it('refuses a bad keys file before touching the database, naming the record', async () => {
    const dir = tempDir();
    const keysFile = writeJson(dir, 'keys.json', [{ key: '', role: 'clerk', offices: ['A'] }]);
    await expect(
      startServer({ dbPath: join(dir, 'x.db'), port: 0, keysFile, logger: false, handleSignals: false }),
    ).rejects.toThrow(/\[0\.key\]/);
    const roles = writeJson(dir, 'roles.json', [{ key: 'k'.repeat(20), role: 'boss', offices: ['A'] }]);
    await expect(
      startServer({ dbPath: join(dir, 'x.db'), port: 0, keysFile: roles, logger: false, handleSignals: false }),
    ).rejects.toThrow(/\[0\.role\]/);
  });
});

describe('without the writer thread', () => {
  it('commits on the main thread with the same answers', async () => {
    const t = await startTestServer({ writerThread: false });
    cleanups.push(() => t.close());
    const rs = await Promise.all(
      Array.from({ length: 40 }, (_, i) =>
        call(t.base, 'POST', '/v1/offices/A/dossiers', {
          who: 'clerkA',
          body: receiveBody(`MT-${i}`),
          headers: { 'idempotency-key': `mt-${i}` },
        }),
      ),
    );
    expect(rs.every((r) => r.status === 201)).toBe(true);
    const again = await call(t.base, 'POST', '/v1/offices/A/dossiers', {
      who: 'clerkA',
      body: receiveBody('MT-0'),
      headers: { 'idempotency-key': 'mt-0' },
    });
    expect(again.text).toBe(rs[0]!.text);
    const report = await call(t.base, 'GET', '/v1/offices/A/reports/form06?year=2024&quarter=1', { who: 'leaderA' });
    expect(report.json.total.received.total).toBe(40);
  });
});

describe('logs', () => {
  it('are JSON, one line per request with its id, and hold no key, no body and no client address', async () => {
    const lines: string[] = [];
    const sink = new Writable({
      write(chunk, _enc, done) {
        lines.push(...String(chunk).split('\n').filter(Boolean));
        done();
      },
    });
    const t = await startTestServer({ logger: { level: 'info', stream: sink } as never });
    cleanups.push(() => t.close());
    await call(t.base, 'POST', '/v1/offices/A/dossiers', {
      who: 'clerkA',
      body: receiveBody('LOG-1', { applicantRef: 'ref-personal-123' }),
      headers: { 'idempotency-key': 'idem-secret-777' },
    });
    await call(t.base, 'GET', '/v1/offices/A/reports/form06?year=2024', { who: 'leaderA' });
    await call(t.base, 'GET', '/v1/offices/A/reports/form06?year=2024', {
      headers: { authorization: 'Bearer wrong-key-should-not-appear' },
    });
    await new Promise((r) => setTimeout(r, 50));
    const parsed = lines.map((l) => JSON.parse(l) as Record<string, unknown>);
    const requests = parsed.filter((p) => p.msg === 'request completed');
    expect(requests.length).toBe(3);
    expect(new Set(requests.map((p) => p.reqId)).size).toBe(3);
    expect(requests.map((p) => (p.res as { statusCode: number }).statusCode)).toEqual([201, 200, 401]);
    expect(requests[0]!.caller).toBe('clerk-a');
    const all = lines.join('\n');
    for (const secret of [
      ...Object.values(KEYS),
      'wrong-key-should-not-appear',
      'ref-personal-123',
      'idem-secret-777',
    ]) {
      expect(all).not.toContain(secret);
    }
    expect(all).not.toMatch(/Bearer/i);
    // Request logs carry no client address.
    for (const p of parsed.filter((x) => x.req !== undefined)) {
      expect(Object.keys(p.req as object).sort()).toEqual(['id', 'method', 'route', 'url']);
    }
    expect(all).not.toMatch(/remoteAddress|remotePort/);
  });
});

describe('rate limiting per key', () => {
  it('answers 429 problem+json past the key’s limit, without slowing other keys', async () => {
    const t = await startTestServer({
      keys: [
        { key: 'limited-key-0123456789', role: 'leader', offices: ['A'], rateLimit: 5 },
        { key: KEYS.leaderA, role: 'leader', offices: ['A'] },
      ],
    });
    cleanups.push(() => t.close());
    const h = { authorization: 'Bearer limited-key-0123456789' };
    const statuses: number[] = [];
    for (let i = 0; i < 7; i++) statuses.push((await call(t.base, 'GET', '/v1/procedures', { headers: h })).status);
    expect(statuses).toEqual([200, 200, 200, 200, 200, 429, 429]);
    const limited = await call(t.base, 'GET', '/v1/procedures', { headers: h });
    expect(limited.headers.get('content-type')).toMatch(/^application\/problem\+json/);
    expect(limited.json).toMatchObject({ status: 429, code: 'RATE_LIMITED' });
    expect(limited.headers.get('retry-after')).toMatch(/^\d+$/);
    expect((await call(t.base, 'GET', '/v1/procedures', { who: 'leaderA' })).status).toBe(200);
    expect((await call(t.base, 'GET', '/healthz')).status).toBe(200);
  });
});

describe('graceful shutdown', () => {
  // Shutdown begins as soon as 30 receipts are acknowledged, with the others still being decided,
  // queued for the next group commit or being written.
  async function shutdownDuringWrites() {
    const t = await startTestServer();
    cleanups.push(() => t.close());
    const n = 300;
    const t0 = Date.now();
    let acknowledged = 0;
    let closing: Promise<unknown> | null = null;
    let afterClose = 0;
    const results = await Promise.all(
      Array.from({ length: n }, (_, i) =>
        call(t.base, 'POST', '/v1/offices/A/dossiers', { who: 'clerkA', body: receiveBody(`SD-${i}`) }).then(
          (r) => {
            if (r.status === 201) {
              if (closing) afterClose++;
              if (++acknowledged === 30) closing = t.app.close();
            }
            return r;
          },
          () => null, // refused connection once the listener closed: not acknowledged
        ),
      ),
    );
    expect(closing).not.toBeNull();
    await closing;
    return { t, results, afterClose, ms: Date.now() - t0 };
  }

  it('finishes in-flight writes: every acknowledged receipt is on disk after close', async () => {
    // Whether a request is still in flight when close begins depends on timing; try until one is.
    let run = await shutdownDuringWrites();
    for (let attempt = 1; attempt < 4 && run.afterClose === 0; attempt++) run = await shutdownDuringWrites();
    const { t, results, afterClose, ms } = run;
    expect(afterClose).toBeGreaterThan(0);
    // Closing does not wait for idle keep-alive timeouts.
    expect(ms).toBeLessThan(20_000);
    const acked = results.flatMap((r, i) => (r && r.status === 201 ? [i] : []));
    const others = results.filter((r) => r && r.status !== 201).map((r) => r!.status);
    expect(others.every((st) => st === 503)).toBe(true);
    const store = openSqliteStore({ path: t.dbPath });
    for (const i of acked) expect(await store.streamExists(`dossier-A-SD-${i}`)).toBe(true);
    await store.close();
    console.log(
      `shutdown: ${acked.length} acknowledged (${afterClose} after close began), ${others.length} refused with 503, ` +
        `${results.filter((r) => !r).length} not connected`,
    );
  });
});
