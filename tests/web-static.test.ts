// motcua serve's dashboard at /: the built index never cached, hashed assets cached for a year, the API's
// own 404s untouched, and a server without a built dashboard still starting with a Vietnamese notice.
import { mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from './server-helpers.js';

const DIST = fileURLToPath(new URL('../packages/web/dist/', import.meta.url));

describe('the built dashboard', () => {
  let s: TestServer;
  beforeAll(async () => {
    s = await startTestServer({ webRoot: DIST });
  });
  afterAll(async () => {
    await s?.close();
  });

  it('serves index.html at / with no-cache and a same-origin policy', async () => {
    const res = await fetch(`${s.base}/?office=DONGSON&from=2024-01-01&to=2024-03-31`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^text\/html/);
    expect(res.headers.get('cache-control')).toBe('no-cache');
    expect(res.headers.get('content-security-policy')).toContain("default-src 'self'");
    const html = await res.text();
    expect(html).toContain('<div id="app">');
    expect(html).not.toMatch(/https?:\/\//);
  });

  it('serves every hashed asset as immutable for a year', async () => {
    const assets = readdirSync(join(DIST, 'assets'));
    expect(assets.some((a) => a.endsWith('.js'))).toBe(true);
    for (const a of assets) {
      const res = await fetch(`${s.base}/assets/${a}`);
      expect(res.status, a).toBe(200);
      expect(res.headers.get('cache-control'), a).toBe('public, max-age=31536000, immutable');
    }
    const missing = await fetch(`${s.base}/assets/index-nothere.js`);
    expect(missing.status).toBe(404);
  });

  it('leaves unknown API paths and /docs alone', async () => {
    const res = await fetch(`${s.base}/v1/no-such-route`);
    expect(res.status).toBe(404);
    expect(res.headers.get('content-type')).toMatch(/^application\/problem\+json/);
    expect(((await res.json()) as { code: string }).code).toBe('NOT_FOUND');
    expect((await fetch(`${s.base}/docs`)).status).toBe(200);
    const doc = (await (await fetch(`${s.base}/openapi.json`)).json()) as { paths: Record<string, unknown> };
    expect(Object.keys(doc.paths).filter((p) => p === '/' || p.startsWith('/assets'))).toEqual([]);
  });
});

describe('without a built dashboard', () => {
  it('still starts, and / says in Vietnamese that the dashboard is not built', async () => {
    const s = await startTestServer({ webRoot: mkdtempSync(join(tmpdir(), 'motcua-noweb-')) });
    try {
      const res = await fetch(`${s.base}/`);
      expect(res.status).toBe(200);
      expect(res.headers.get('cache-control')).toBe('no-cache');
      expect(await res.text()).toContain('Bảng điều khiển chưa được dựng');
      expect((await fetch(`${s.base}/healthz`)).status).toBe(200);
    } finally {
      await s.close();
    }
  });
});
