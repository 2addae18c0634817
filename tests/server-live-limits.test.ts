// The live feed under a client that will not read, many clients on one key, and a large history: what one
// connection holds stays bounded (the server's own gauge, app.liveStreams), a client that stops reading
// is dropped, a key holds only so many streams, and a reader that keeps up still gets every event in
// order. A real server on a port over a real SQLite file; the non-reading client is a raw TCP socket.
import { connect } from 'node:net';
import { buildServer } from '@motcua/server';
import { type NewEvent, openSqliteStore, type RecordedEvent } from '@motcua/store';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  auth,
  call,
  HIERARCHY,
  KEY_ENTRIES,
  KEYS,
  type KeyName,
  receiveBody,
  startTestServer,
  type TestServer,
} from './server-helpers.js';

const CAP = 64 * 1024;
const PAGE = 200;
const MANY = 12_000; // events of office A in the ledger, ~8 MB of frames: far more than the socket buffers
let s: TestServer;
let port: number;

const until = async (what: string, pred: () => boolean | Promise<boolean>, ms = 20_000): Promise<void> => {
  const deadline = Date.now() + ms;
  while (!(await pred())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 20));
  }
};

const officeEvents = async (office: string): Promise<bigint[]> => {
  const out: bigint[] = [];
  for await (const batch of s.store.readAll({ batchSize: 5000 }))
    for (const e of batch) if ((e.meta as { office?: string }).office === office) out.push(e.position);
  return out;
};

beforeAll(async () => {
  s = await startTestServer({ live: { maxPerKey: 2, maxQueuedBytes: CAP, stallMs: 3000, pageSize: PAGE } });
  port = Number(new URL(s.base).port);
  // One dossier received through the API gives a real event; the rest of the history is copies of it
  // (one dossier each, offices A and B interleaved), written straight to the ledger file.
  expect(
    (await call(s.base, 'POST', '/v1/offices/A/dossiers', { who: 'admin', body: receiveBody('SEED') })).status,
  ).toBe(201);
  let template: RecordedEvent | undefined;
  for await (const batch of s.store.readAll()) template = batch[0];
  if (!template) throw new Error('no seed event');
  const copy = (office: string, i: number): NewEvent => ({
    type: template!.type,
    schemaVersion: template!.schemaVersion,
    data: { ...(template!.data as object), office, dossierCode: `L${i}` },
    meta: {
      ...template!.meta,
      office: office as NewEvent['meta']['office'],
      eventId: `ev-${office}-${i}`,
      commandId: `cmd-${office}-${i}`,
    },
  });
  for (let start = 0; start < MANY; start += 1000) {
    const requests = [];
    for (let i = start; i < start + 1000; i++) {
      requests.push({ streamId: `dossier-A-L${i}`, events: [copy('A', i)], expectedRevision: 'no-stream' as const });
      if (i % 4 === 0)
        requests.push({ streamId: `dossier-B-L${i}`, events: [copy('B', i)], expectedRevision: 'no-stream' as const });
    }
    await s.store.appendMany(requests);
  }
  const head = (await s.store.headPosition()).toString();
  await until('the server to catch up', async () => (await call(s.base, 'GET', '/readyz')).json?.position === head);
}, 120_000);
afterAll(async () => {
  await s?.close();
});

const streamsOf = (name: string, app = s.app) => app.liveStreams.connections().filter((c) => c.name === name);

/** A raw HTTP client that asks for the office's whole history and then reads nothing. */
async function nonReader(at: number, key: string) {
  const socket = connect(at, '127.0.0.1');
  socket.pause();
  socket.on('error', () => {});
  await new Promise<void>((r) => socket.once('connect', () => r()));
  socket.write(
    `GET /v1/offices/A/events HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Bearer ${key}\r\nLast-Event-ID: 0\r\n\r\n`,
  );
  return socket;
}

describe('a client that sends Last-Event-ID: 0 and does not read', () => {
  it('holds at most the cap and a page on the server, and is dropped', async () => {
    const socket = await nonReader(port, KEYS.auditorA);
    // The server fills the socket, then waits for the client instead of queueing the history.
    await until('the server to wait for the client', () => streamsOf('auditor-a')[0]?.waiting === true);
    const stats = streamsOf('auditor-a')[0]!;
    expect(stats.peakQueuedBytes).toBeGreaterThan(0);
    expect(stats.peakQueuedBytes).toBeLessThanOrEqual(CAP);
    expect(stats.peakHeldEvents).toBeLessThanOrEqual(PAGE);
    const dropped = s.app.liveStreams.dropped;
    // It never drains, so after stallMs the server drops it and holds nothing for it.
    await until('the stream to be dropped', () => streamsOf('auditor-a').length === 0);
    expect(s.app.liveStreams.dropped).toBe(dropped + 1);
    expect(stats.peakQueuedBytes).toBeLessThanOrEqual(CAP);

    // The client, reading at last, finds its stream cut short: the server closed the socket.
    let text = '';
    socket.setEncoding('utf8');
    socket.on('data', (d: string) => {
      text += d;
    });
    socket.resume();
    await new Promise<void>((resolve) => socket.once('close', () => resolve()));
    const frames = text.match(/^id: /gm)?.length ?? 0;
    expect(text.startsWith('HTTP/1.1 200')).toBe(true);
    expect(frames).toBeGreaterThan(0);
    expect(frames).toBeLessThan(MANY);
  }, 60_000);
});

describe('shutdown with a client that does not read', () => {
  it('closes that client rather than waiting for it to read', async () => {
    // A second server on the same ledger file, whose stall limit is far longer than the test.
    const app = buildServer({
      store: openSqliteStore({ path: s.dbPath }),
      keys: KEY_ENTRIES,
      hierarchy: HIERARCHY,
      logger: false,
      closeStore: true,
      live: { stallMs: 600_000, maxQueuedBytes: CAP },
    });
    await app.listen({ port: 0, host: '127.0.0.1' });
    const socket = await nonReader((app.server.address() as { port: number }).port, KEYS.auditorA);
    await until('the server to wait for the client', () => streamsOf('auditor-a', app)[0]?.waiting === true);
    let timer: NodeJS.Timeout | undefined;
    const closed = await Promise.race([
      app.close().then(() => true),
      new Promise<false>((r) => {
        timer = setTimeout(() => r(false), 15_000);
      }),
    ]);
    clearTimeout(timer);
    expect(closed).toBe(true);
    // The client finds its stream cut: reading on, it reaches the end of a closed socket.
    const socketClosed = new Promise<void>((r) => socket.once('close', () => r()));
    socket.resume();
    await socketClosed;
  }, 60_000);
});

/** Reads a stream as fast as it comes; resolves with the ids once `want` events arrived. */
async function readIds(who: KeyName, want: number, lastEventId: string): Promise<bigint[]> {
  const ctl = new AbortController();
  const res = await fetch(`${s.base}/v1/offices/A/events`, {
    headers: { ...auth(who), 'last-event-id': lastEventId },
    signal: ctl.signal,
  });
  expect(res.status).toBe(200);
  const ids: bigint[] = [];
  const reader = res.body!.getReader();
  const decoder = new TextDecoder();
  let buf = '';
  while (ids.length < want) {
    const { value, done } = await reader.read();
    if (done) throw new Error(`the stream ended after ${ids.length} of ${want} events`);
    buf += decoder.decode(value, { stream: true });
    let cut = buf.indexOf('\n\n');
    while (cut >= 0) {
      const id = /^id: (\d+)$/m.exec(buf.slice(0, cut))?.[1];
      if (id) ids.push(BigInt(id));
      buf = buf.slice(cut + 2);
      cut = buf.indexOf('\n\n');
    }
  }
  ctl.abort();
  return ids;
}

describe('a client that reads', () => {
  it('gets every event of the office in order, from the whole history into live writes', async () => {
    const before = await officeEvents('A');
    const dropped = s.app.liveStreams.dropped;
    const reading = readIds('leaderA', before.length + 6, '0');
    // Writes that land while the history is being paged out.
    for (let i = 0; i < 6; i++) {
      expect(
        (await call(s.base, 'POST', '/v1/offices/A/dossiers', { who: 'admin', body: receiveBody(`LIVE-${i}`) })).status,
      ).toBe(201);
      expect(
        (await call(s.base, 'POST', '/v1/offices/B/dossiers', { who: 'admin', body: receiveBody(`LIVE-${i}`) })).status,
      ).toBe(201);
    }
    const ids = await reading;
    expect(ids).toEqual(await officeEvents('A'));
    expect(s.app.liveStreams.dropped).toBe(dropped); // a reader that keeps up is never dropped
  }, 60_000);
});

describe('live streams per key', () => {
  it('refuses a stream past the limit with a 429 problem, for that key only', async () => {
    const open = async (who: KeyName) => {
      const ctl = new AbortController();
      const res = await fetch(`${s.base}/v1/offices/A/events`, { headers: auth(who), signal: ctl.signal });
      return { res, close: () => ctl.abort() };
    };
    const a = await open('clerkA');
    const b = await open('clerkA');
    expect([a.res.status, b.res.status]).toEqual([200, 200]);
    const third = await call(s.base, 'GET', '/v1/offices/A/events', { who: 'clerkA' });
    expect(third.status).toBe(429);
    expect(third.headers.get('content-type')).toContain('application/problem+json');
    expect(third.json.code).toBe('RATE_LIMITED');
    expect(third.json.detail).toContain('2 luồng sự kiện trực tiếp');
    // Another key is not affected.
    const other = await open('admin');
    expect(other.res.status).toBe(200);
    // A stream closed frees its place.
    a.close();
    await until('the closed stream to be let go', () => streamsOf('clerk-a').length === 1);
    const again = await open('clerkA');
    expect(again.res.status).toBe(200);
    for (const x of [b, other, again]) x.close();
  });
});
