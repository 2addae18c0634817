// Swagger UI at /docs in a real headless Chromium: the page loads /openapi.json and lists the routes.
import { existsSync } from 'node:fs';
import { chromium } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from './server-helpers.js';

const CHROMIUM = '/usr/bin/chromium';
const haveBrowser = existsSync(CHROMIUM);
if (!haveBrowser) console.log(`server-docs: skipped, no browser at ${CHROMIUM} (apt-get install -y chromium)`);

let s: TestServer;
beforeAll(async () => {
  if (haveBrowser) s = await startTestServer();
});
afterAll(async () => {
  await s?.close();
});

describe.skipIf(!haveBrowser)('Swagger UI', () => {
  it('renders every route of the API from /openapi.json', async () => {
    const browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking'],
    });
    try {
      const page = await browser.newPage();
      const errors: string[] = [];
      page.on('pageerror', (e) => errors.push(e.message));
      const res = await page.goto(`${s.base}/docs`, { waitUntil: 'domcontentloaded' });
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
