// Swagger UI at /docs in a real headless Chromium: the page loads /openapi.json and lists the routes, also
// when reached over plain HTTP by a name that is not localhost (as from another machine).
import { existsSync } from 'node:fs';
import { chromium } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from './server-helpers.js';

const CHROMIUM = '/usr/bin/chromium';
const haveBrowser = existsSync(CHROMIUM);
if (!haveBrowser) console.log(`server-docs: skipped, no browser at ${CHROMIUM} (apt-get install -y chromium)`);

let s: TestServer;
beforeAll(async () => {
  s = await startTestServer();
});
afterAll(async () => {
  await s?.close();
});

describe('the docs page over plain HTTP', () => {
  it('keeps a Content-Security-Policy without upgrade-insecure-requests', async () => {
    // With that directive a browser fetches the page's scripts over https, which a plain-HTTP server does
    // not speak, and the page stays blank for anyone not on localhost.
    for (const path of ['/docs', '/docs/static/index.html']) {
      const res = await fetch(`${s.base}${path}`);
      expect(res.status).toBe(200);
      const csp = res.headers.get('content-security-policy') ?? '';
      expect(csp).toContain("default-src 'self'");
      expect(csp).toContain("object-src 'none'");
      expect(csp).not.toMatch(/upgrade-insecure-requests/i);
    }
  });
});

/** Chromium takes 127.0.0.0/8 and localhost as trustworthy and never upgrades them; any other name is upgraded. */
const OTHER_HOST = 'motcua-docs.test';

describe.skipIf(!haveBrowser)('Swagger UI', () => {
  it.each([
    ['localhost', ''],
    ['a name that is not localhost, over plain HTTP', OTHER_HOST],
  ])('renders every route of the API from /openapi.json (%s)', async (_label, host) => {
    const browser = await chromium.launch({
      executablePath: CHROMIUM,
      // The name resolves to this machine's loopback address: the browser treats it as another machine.
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        ...(host ? [`--host-resolver-rules=MAP ${host} 127.0.0.1`] : []),
      ],
    });
    try {
      const page = await browser.newPage();
      const errors: string[] = [];
      page.on('pageerror', (e) => errors.push(e.message));
      page.on('requestfailed', (r) => errors.push(`${r.url()}: ${r.failure()?.errorText}`));
      const base = host ? s.base.replace('127.0.0.1', host) : s.base;
      const res = await page.goto(`${base}/docs`, { waitUntil: 'domcontentloaded' });
      expect(res?.status()).toBe(200);
      await page.waitForSelector('.opblock', { timeout: 20_000 });
      const title = await page.textContent('.information-container .title');
      expect(title).toContain('motcua');
      const paths = await page.$$eval('.opblock-summary-path', (els) =>
        els.map((e) => e.getAttribute('data-path') ?? e.textContent ?? ''),
      );
      for (const p of [
        '/v1/offices/{office}/dossiers',
        '/v1/offices/{office}/dossiers/{code}/resolve',
        '/v1/offices/{office}/reports/form06',
        '/v1/offices/{office}/events',
        '/v1/audit/verify',
      ]) {
        expect(paths.map((x) => x.replace(/\u200b/g, ''))).toContain(p);
      }
      // Expanding an operation shows its problem responses.
      await page.click('#operations-commands-post_v1_offices__office__dossiers');
      await page.waitForSelector('.responses-table');
      expect(await page.textContent('.responses-table')).toContain('412');
      expect(errors).toEqual([]);
    } finally {
      await browser.close();
    }
  });
});
