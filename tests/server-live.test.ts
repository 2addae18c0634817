// Live events (SSE): only the office's events, ids = global positions, and a reconnect with
// Last-Event-ID resumes without gaps or repeats, even while writes keep coming.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auth, call, type KeyName, receiveBody, startTestServer, type TestServer } from './server-helpers.js';

let s: TestServer;
beforeAll(async () => {
  s = await startTestServer({ heartbeatMs: 200 });
});
afterAll(async () => {
  await s.close();
});

interface SseEvent {
  id: string;
  data: { position: string; streamId: string; type: string; meta: { office: string } };
}

/** A minimal SSE reader over fetch's body stream. */
async function openStream(office: string, who: KeyName, lastEventId?: string) {
  const ctl = new AbortController();
  const res = await fetch(`${s.base}/v1/offices/${office}/events`, {
    headers: { ...auth(who), ...(lastEventId ? { 'last-event-id': lastEventId } : {}) },
    signal: ctl.signal,
  });
  expect(res.status).toBe(200);
  const events: SseEvent[] = [];
  let comments = 0;
  const waiters: Array<() => void> = [];
  const reader = res.body!.getReader();
  const decoder = new TextDecoder();
  let buf = '';
  const pump = (async () => {
    try {
      for (;;) {
        const { value, done } = await reader.read();
        if (done) break;
        buf += decoder.decode(value, { stream: true });
        let cut = buf.indexOf('\n\n');
        while (cut >= 0) {
          const block = buf.slice(0, cut);
          buf = buf.slice(cut + 2);
          let id: string | undefined;
          let data = '';
          for (const line of block.split('\n')) {
            if (line.startsWith(':')) comments++;
            else if (line.startsWith('id: ')) id = line.slice(4);
            else if (line.startsWith('data: ')) data += line.slice(6);
          }
          if (id !== undefined && data) events.push({ id, data: JSON.parse(data) });
          for (const w of waiters.splice(0)) w();
          cut = buf.indexOf('\n\n');
        }
      }
    } catch {
      // aborted
    }
  })();
  return {
    events,
    comments: () => comments,
    async until(pred: () => boolean, ms = 10_000) {
      const deadline = Date.now() + ms;
      while (!pred()) {
        if (Date.now() > deadline) throw new Error(`timed out with ${events.length} events`);
        await new Promise<void>((r) => {
          waiters.push(r);
          setTimeout(r, 50);
        });
      }
    },
    async close() {
      ctl.abort();
      await pump;
    },
  };
}

const receive = async (office: 'A' | 'B', code: string) => {
  const r = await call(s.base, 'POST', `/v1/offices/${office}/dossiers`, {
    who: 'admin',
    body: receiveBody(code),
  });
  expect(r.status).toBe(201);
  return BigInt(r.json.position);
};

describe('live events', () => {
  it("streams only the office's events, with the global position as id", async () => {
    const stream = await openStream('A', 'leaderA');
    const a1 = await receive('A', 'S-1');
    await receive('B', 'S-1');
    const a2 = await receive('A', 'S-2');
    await stream.until(() => stream.events.length >= 2);
    // Give a stray B event time to show up if it were going to.
    await new Promise((r) => setTimeout(r, 200));
    expect(stream.events.map((e) => e.id)).toEqual([a1.toString(), a2.toString()]);
    expect(stream.events.every((e) => e.data.streamId.startsWith('dossier-A-'))).toBe(true);
    expect(stream.events[0]!.data.type).toBe('DossierReceived');
    await stream.until(() => stream.comments() > 0); // heartbeats keep proxies from closing the stream
    await stream.close();
  });

  it('resumes from Last-Event-ID without gaps or repeats', async () => {
    const first = await openStream('A', 'clerkA');
    const p1 = await receive('A', 'S-3');
    await first.until(() => first.events.length >= 1);
    const last = first.events.at(-1)!.id;
    expect(last).toBe(p1.toString());
    await first.close();

    // Missed while disconnected: three of A, two of B.
    const missed: bigint[] = [];
    for (const i of [4, 5, 6]) {
      missed.push(await receive('A', `S-${i}`));
      await receive('B', `S-${i}`);
    }
    const second = await openStream('A', 'clerkA', last);
    await second.until(() => second.events.length >= 3);
    const live = await receive('A', 'S-7');
    await second.until(() => second.events.length >= 4);
    expect(second.events.map((e) => e.id)).toEqual([...missed, live].map(String));
    await second.close();
  });

  it('never loses or repeats an event when reconnecting during a burst of writes', async () => {
    const start = await openStream('A', 'auditorA');
    const writes: Promise<bigint>[] = [];
    for (let i = 0; i < 60; i++) writes.push(receive(i % 3 === 0 ? 'B' : 'A', `BURST-${i}`));
    // Reconnect twice while the writes land.
    await start.until(() => start.events.length >= 5);
    const cut1 = start.events.at(-1)!.id;
    await start.close();
    const mid = await openStream('A', 'auditorA', cut1);
    await mid.until(() => mid.events.length >= 5);
    const cut2 = mid.events.at(-1)!.id;
    await mid.close();
    const positions = await Promise.all(writes);
    const end = await openStream('A', 'auditorA', cut2);
    const expectedA = positions.filter((_, i) => i % 3 !== 0).map(String);
    if (BigInt(expectedA.at(-1)!) > BigInt(cut2)) await end.until(() => end.events.at(-1)?.id === expectedA.at(-1));
    else await new Promise((r) => setTimeout(r, 200)); // the second stream already saw everything
    const seen = [
      ...start.events.filter((e) => BigInt(e.id) <= BigInt(cut1)),
      ...mid.events.filter((e) => BigInt(e.id) <= BigInt(cut2)),
      ...end.events,
    ].map((e) => e.id);
    expect(seen).toEqual(expectedA);
    await end.close();
  });

  it('replays the whole history of the office from Last-Event-ID: 0', async () => {
    const all = await openStream('A', 'admin', '0');
    const report = await call(s.base, 'GET', '/v1/audit/verify', { who: 'admin' });
    const total = Number(report.json.size);
    await all.until(() => all.events.length > 0 && all.events.every((e) => e.data.meta.office === 'A'));
    await new Promise((r) => setTimeout(r, 200));
    const ids = all.events.map((e) => BigInt(e.id));
    expect(ids).toEqual([...ids].sort((a, b) => (a < b ? -1 : 1)));
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids.length).toBeLessThan(total);
    await all.close();
  });

  it('answers HEAD at once with the headers of the stream and no body', async () => {
    // A stream that never started would leave the request waiting for headers until the client gives up.
    const res = await fetch(`${s.base}/v1/offices/A/events`, {
      method: 'HEAD',
      headers: { ...auth('leaderA'), 'last-event-id': '0' },
      signal: AbortSignal.timeout(5000),
    });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^text\/event-stream/);
    expect(await res.text()).toBe('');
    // The key is still checked.
    const other = await fetch(`${s.base}/v1/offices/A/events`, {
      method: 'HEAD',
      headers: auth('clerkB'),
      signal: AbortSignal.timeout(5000),
    });
    expect(other.status).toBe(403);
  });

  it('refuses a malformed Last-Event-ID', async () => {
    const r = await call(s.base, 'GET', '/v1/offices/A/events', { who: 'clerkA', headers: { 'last-event-id': 'abc' } });
    expect(r.status).toBe(400);
    expect(r.json.code).toBe('VALIDATION_FAILED');
  });
});
