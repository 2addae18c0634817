// A browser's EventSource cannot send Authorization: POST /v1/stream-tokens gives it a short-lived,
// office-scoped signed token to open GET /v1/offices/{office}/events?token=…, and nothing else. The API
// key itself is never accepted in a URL.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { call, KEYS, type KeyName, receiveBody, startTestServer, type TestServer } from './server-helpers.js';

let s: TestServer;
// The server's clock, moved by the test to let a token expire.
let clock = Date.parse('2024-03-11T09:00:00+07:00');

beforeAll(async () => {
  s = await startTestServer({ now: () => new Date(clock), heartbeatMs: 200 });
  for (const [office, who] of [
    ['A', 'clerkA'],
    ['B', 'clerkB'],
  ] as const) {
    const r = await call(s.base, 'POST', `/v1/offices/${office}/dossiers`, { who, body: receiveBody(`${office}-1`) });
    expect(r.status).toBe(201);
  }
});
afterAll(() => s.close());

const issue = (office: string, who: KeyName = 'clerkA') =>
  call(s.base, 'POST', '/v1/stream-tokens', { who, body: { office } });

/** Opens the stream with only the URL (as EventSource does) and reads the first event, then hangs up. */
async function openWithToken(office: string, token: string) {
  const ctl = new AbortController();
  const res = await fetch(`${s.base}/v1/offices/${office}/events?after=0&token=${encodeURIComponent(token)}`, {
    signal: ctl.signal,
  });
  if (res.status !== 200) {
    const body = (await res.json()) as { code: string; detail: string };
    return { status: res.status, type: res.headers.get('content-type'), body, first: '' };
  }
  const reader = res.body!.getReader();
  let text = '';
  while (!text.includes('\n\n')) {
    const { value, done } = await reader.read();
    if (done) break;
    text += new TextDecoder().decode(value);
  }
  ctl.abort();
  return { status: res.status, type: res.headers.get('content-type'), body: { code: '', detail: '' }, first: text };
}

describe('stream tokens', () => {
  it('opens the office stream from the URL alone, and carries no key', async () => {
    const r = await issue('A');
    expect(r.status).toBe(201);
    expect(r.headers.get('cache-control')).toBe('no-store');
    expect(r.json).toMatchObject({ office: 'A', token: expect.any(String) });
    expect(Date.parse(r.json.expiresAt) - clock).toBe(60_000);
    expect(r.json.token).not.toContain(KEYS.clerkA);
    expect(Buffer.from(r.json.token.split('.')[0], 'base64url').toString()).not.toContain(KEYS.clerkA);
    const opened = await openWithToken('A', r.json.token);
    expect(opened.status).toBe(200);
    expect(opened.type).toContain('text/event-stream');
    expect(opened.first).toContain('"streamId":"dossier-A-A-1"');
  });

  it('is refused once expired (401), altered (401), or on another office (403)', async () => {
    const { token } = (await issue('A')).json;
    const other = await openWithToken('B', token);
    expect(other.status).toBe(403);
    expect(other.type).toContain('application/problem+json');
    expect(other.body.detail).toContain('mã luồng này dành cho cơ quan A');

    const [body, sig] = token.split('.');
    const payload = JSON.parse(Buffer.from(body, 'base64url').toString());
    const widened = `${Buffer.from(JSON.stringify({ ...payload, office: 'B' })).toString('base64url')}.${sig}`;
    for (const bad of [widened, `${token.slice(0, -3)}abc`, 'garbage']) {
      const r = await openWithToken(bad === widened ? 'B' : 'A', bad);
      expect(r.status, bad).toBe(401);
      expect(r.body.code).toBe('UNAUTHORIZED');
    }

    clock += 61_000;
    const expired = await openWithToken('A', token);
    expect(expired.status).toBe(401);
    expect(expired.body.detail).toContain('hết hạn');
  });

  it('never takes the raw API key in the URL', async () => {
    const r = await openWithToken('A', KEYS.clerkA);
    expect(r.status).toBe(401);
    expect(r.body.detail).toContain('không được đặt khóa API vào URL');
  });

  it('opens nothing but the events route', async () => {
    const { token } = (await issue('A')).json;
    const report = await call(s.base, 'GET', `/v1/offices/A/reports/form06?year=2024&quarter=1&token=${token}`);
    expect(report.status).toBe(401);
  });

  it('is issued only for an office the key covers and the server knows', async () => {
    const foreign = await issue('B');
    expect(foreign.status).toBe(403);
    const unknown = await issue('NOPE', 'admin');
    expect(unknown.status).toBe(404);
    expect(unknown.json.code).toBe('UNKNOWN_OFFICE');
    const keyless = await call(s.base, 'POST', '/v1/stream-tokens', { body: { office: 'A' } });
    expect(keyless.status).toBe(401);
    // A district leader's key covers A through its unit.
    expect((await issue('A', 'leaderDistrict')).status).toBe(201);
  });
});
