// CORS: off by default (no cross-origin answer at all); on for the origins given (buildServer's
// corsOrigins, `motcua serve --cors-origin`), with the headers a page sends allowed and ETag exposed.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureBuilt, motcua, withNewServe } from './cli-support.js';
import { auth, call, receiveBody, startTestServer, type TestServer } from './server-helpers.js';

const PAGE = 'http://localhost:5173';
const preflight = (base: string, origin: string, path = '/v1/offices/A/dossiers') =>
  fetch(base + path, {
    method: 'OPTIONS',
    headers: {
      origin,
      'access-control-request-method': 'POST',
      'access-control-request-headers': 'authorization, content-type, idempotency-key, if-match',
    },
  });

describe('CORS off (the default)', () => {
  let s: TestServer;
  beforeAll(async () => {
    s = await startTestServer();
  });
  afterAll(() => s.close());

  it('answers no preflight and grants no origin', async () => {
    const pre = await preflight(s.base, PAGE);
    expect(pre.headers.get('access-control-allow-origin')).toBeNull();
    expect(pre.status).toBe(404);
    const get = await fetch(`${s.base}/v1/offices`, { headers: { ...auth('admin'), origin: PAGE } });
    expect(get.status).toBe(200);
    expect(get.headers.get('access-control-allow-origin')).toBeNull();
  });
});

describe('CORS on for given origins', () => {
  let s: TestServer;
  beforeAll(async () => {
    s = await startTestServer({ corsOrigins: [`${PAGE}/`, 'https://portal.example.vn'] });
  });
  afterAll(() => s.close());

  it('answers the preflight of an allowed origin with the headers a page needs', async () => {
    const pre = await preflight(s.base, PAGE);
    expect(pre.status).toBe(204);
    expect(pre.headers.get('access-control-allow-origin')).toBe(PAGE);
    const allowed = (pre.headers.get('access-control-allow-headers') ?? '').toLowerCase();
    for (const h of ['authorization', 'idempotency-key', 'if-match', 'content-type']) expect(allowed).toContain(h);
    expect(pre.headers.get('access-control-allow-methods')).toContain('POST');
  });

  it('grants the origin on the answer and exposes ETag', async () => {
    const r = await fetch(`${s.base}/v1/offices/A/dossiers`, {
      method: 'POST',
      headers: { ...auth('clerkA'), origin: PAGE, 'content-type': 'application/json' },
      body: JSON.stringify(receiveBody('X-1')),
    });
    expect(r.status).toBe(201);
    expect(r.headers.get('access-control-allow-origin')).toBe(PAGE);
    expect((r.headers.get('access-control-expose-headers') ?? '').toLowerCase()).toContain('etag');
    expect(r.headers.get('etag')).toBe('"0"');
    expect((r.headers.get('vary') ?? '').match(/origin/gi)).toHaveLength(1);
  });

  it('grants the origin on refusals too, so a page can read why (an unknown key, a forbidden office)', async () => {
    for (const [key, path, status] of [
      ['not-a-key', '/v1/offices', 401],
      [null, '/v1/offices/B/dossiers', 403],
    ] as const) {
      const r = await fetch(`${s.base}${path}`, {
        headers: { origin: PAGE, authorization: `Bearer ${key ?? 'clerk-A-0123456789abcdef'}` },
      });
      expect(r.status).toBe(status);
      expect(r.headers.get('access-control-allow-origin')).toBe(PAGE);
      expect((r.headers.get('vary') ?? '').match(/origin/gi)).toHaveLength(1);
      expect(r.headers.get('vary')).toMatch(/Accept-Language/);
    }
  });

  it('grants the origin on the live stream too, opened with a stream token as EventSource would', async () => {
    const issued = await call(s.base, 'POST', '/v1/stream-tokens', { who: 'clerkA', body: { office: 'A' } });
    expect(issued.status).toBe(201);
    const ctl = new AbortController();
    const r = await fetch(`${s.base}/v1/offices/A/events?token=${encodeURIComponent(issued.json.token)}`, {
      headers: { origin: PAGE },
      signal: ctl.signal,
    });
    expect(r.status).toBe(200);
    expect(r.headers.get('content-type')).toContain('text/event-stream');
    expect(r.headers.get('access-control-allow-origin')).toBe(PAGE);
    ctl.abort();
  });

  it('refuses the preflight of any other origin and grants it nothing', async () => {
    const pre = await preflight(s.base, 'http://evil.example');
    expect(pre.status).toBe(403);
    expect(pre.headers.get('access-control-allow-origin')).toBeNull();
    expect(pre.headers.get('content-type')).toContain('application/problem+json');
    const get = await call(s.base, 'GET', '/v1/offices', { who: 'admin', headers: { origin: 'http://evil.example' } });
    expect(get.headers.get('access-control-allow-origin')).toBeNull();
  });
});

describe('motcua serve --cors-origin', () => {
  // A rebuild on a busy machine can take longer than the default hook timeout.
  beforeAll(() => ensureBuilt(), 300_000);

  it('is repeatable, and a malformed origin is a usage error naming it', async () => {
    const bad = motcua(['serve', '--port', '0', '--keys', 'keys.json', '--cors-origin', 'localhost:5173/x']);
    expect(bad.status).toBe(2);
    expect(bad.stderr).toContain('--cors-origin');
    const keys = [{ key: 'admin-key-0123456789', role: 'admin', offices: ['*'] }];
    await withNewServe(keys, ['--cors-origin', PAGE, '--cors-origin', 'https://portal.example.vn'], async (url) => {
      for (const origin of [PAGE, 'https://portal.example.vn']) {
        const pre = await preflight(url, origin, '/v1/offices');
        expect(pre.status).toBe(204);
        expect(pre.headers.get('access-control-allow-origin')).toBe(origin);
      }
      expect((await preflight(url, 'http://other.example', '/v1/offices')).status).toBe(403);
    });
  });
});
