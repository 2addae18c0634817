// The dashboard in a real headless Chromium against the built `motcua serve` (a child process) over a
// temporary SQLite file seeded with the sample commune: sign in with a key from a keys file, read Biểu 06,
// open it from a deep link, time-travel with "as known at", walk back and forward, sign out, switch language.
// Screenshots go to test-output/web/ to be looked at.
import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { type Browser, chromium, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MAIN, motcua, ROOT, tempDir } from './cli-support.js';
import { buildAll } from './web-support.js';

const CHROMIUM = '/usr/bin/chromium';
const haveBrowser = existsSync(CHROMIUM);
if (!haveBrowser) console.log(`web-dashboard: skipped, no browser at ${CHROMIUM} (apt-get install -y chromium)`);

const SHOTS = join(ROOT, 'test-output', 'web');
const KEY = 'auditor-dongson-5f1c9e2a7b3d4c60';
const Q1 = '/?office=DONGSON&from=2024-01-01&to=2024-03-31';
const TOTAL_RECEIVED = 'tr[data-field=""] [data-cell="received.total"]';
const TOTAL_LATE = 'tr[data-field=""] [data-cell="resolved.late"]';

const tmp = tempDir('motcua-web-');
let server: ChildProcess | undefined;
let serverOutput = '';
let base = '';
let browser: Browser | undefined;
const requested: string[] = [];
/** Script errors and Content-Security-Policy refusals seen on any page (a 401 logged for a bad key is not one). */
const pageErrors: string[] = [];

async function startServe(db: string, keys: string): Promise<string> {
  const child = spawn(process.execPath, [MAIN, 'serve', '--db', db, '--port', '0', '--keys', keys], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  server = child;
  child.stdout?.on('data', (d: Buffer) => {
    serverOutput += d.toString();
  });
  return new Promise<string>((resolve, reject) => {
    child.stderr?.on('data', (d: Buffer) => {
      serverOutput += d.toString();
      const m = /(http:\/\/127\.0\.0\.1:\d+)/.exec(serverOutput);
      if (m?.[1]) resolve(m[1]);
    });
    child.on('exit', (code) => reject(new Error(`serve exited ${code}: ${serverOutput}`)));
  });
}

async function newPage(): Promise<Page> {
  if (!browser) throw new Error('no browser');
  const page = await (await browser.newContext({ viewport: { width: 1400, height: 900 } })).newPage();
  page.on('request', (r) => requested.push(r.url()));
  page.on('pageerror', (e) => pageErrors.push(e.message));
  page.on('console', (m) => {
    if (/Content.Security.Policy/i.test(m.text())) pageErrors.push(m.text());
  });
  return page;
}

const shot = (page: Page, name: string) => page.screenshot({ path: join(SHOTS, `${name}.png`), fullPage: true });

async function signIn(page: Page, key = KEY) {
  await page.fill('input[name="key"]', key);
  await page.click('form.sign-in button[type="submit"]');
}

beforeAll(async () => {
  if (!haveBrowser) return;
  buildAll();
  const db = join(tmp.dir, 'ledger.db');
  expect(motcua(['seed', '--db', db]).status).toBe(0);
  const keys = tmp.file(
    'keys.json',
    JSON.stringify([{ key: KEY, role: 'auditor', offices: ['DONGSON'], name: 'kiem-toan-dongson' }]),
  );
  base = await startServe(db, keys);
  browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking'],
  });
});

afterAll(async () => {
  try {
    await stopServe();
    await browser?.close();
  } finally {
    tmp.cleanup();
  }
});

/** SIGTERM to the command, which forwards it to the server; waits until it has exited. */
async function stopServe(): Promise<void> {
  const child = server;
  if (!child || child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise<void>((r) => child.once('exit', () => r()));
  child.kill('SIGTERM');
  await exited;
}

describe.skipIf(!haveBrowser)('the dashboard on motcua serve', () => {
  it('opens a deep link after sign-in and shows the sample Q1 2024 exactly as the API reports it', async () => {
    const page = await newPage();
    await page.goto(`${base}${Q1}`);
    await expect(page.locator('input[name="key"]').getAttribute('type')).resolves.toBe('password');
    await shot(page, '01-sign-in');

    await signIn(page, 'not-a-key-0000000000000');
    await page.getByRole('alert').filter({ hasText: 'Khóa không hợp lệ' }).waitFor();
    await signIn(page);
    await page.locator(TOTAL_RECEIVED).waitFor();
    await shot(page, '02-report-q1');
    expect(await page.locator(TOTAL_RECEIVED).textContent()).toBe('496');
    expect(await page.locator(TOTAL_LATE).textContent()).toBe('4');

    // Every number on the page is the API's own report object, row by row.
    const api = (await (
      await fetch(`${base}/v1/offices/DONGSON/reports/form06?from=2024-01-01&to=2024-03-31`, {
        headers: { authorization: `Bearer ${KEY}` },
      })
    ).json()) as { rows: { field: string; resolved: { late: number } }[] };
    expect(api.rows.length).toBeGreaterThan(1);
    for (const r of api.rows) {
      const cell = page.locator(`tr[data-field="${r.field}"] [data-cell="resolved.late"]`);
      expect(await cell.textContent(), r.field).toBe(String(r.resolved.late));
    }
    await expect(page.locator('[data-identities="ok"]').count()).resolves.toBe(1);

    // The total's resolved.late opens its 4 dossiers, in a URL of their own (the drill-down route's names; no field: the total).
    await page.locator(`${TOTAL_LATE} a`).click();
    await page.waitForURL(`${base}${Q1}&cell=resolved.late`);
    await page.locator('[data-drill-cell="resolved.late"] [data-dossier]').first().waitFor();
    expect(await page.locator('[data-drill-cell="resolved.late"] [data-dossier]').count()).toBe(4);
    await shot(page, '02b-late-dossiers');
    await page.goBack();
    await page.locator('[data-drill-cell]').waitFor({ state: 'detached' });

    // The key is for this tab only and is never part of a URL.
    expect(await page.evaluate("sessionStorage.getItem('motcua.key')")).toBe(KEY);
    expect(await page.evaluate('JSON.stringify(localStorage)')).not.toContain(KEY);
    expect(page.url()).toBe(`${base}${Q1}`);
  });

  it("keeps what a clerk types right after sign-in while the key's own office is still on its way", async () => {
    // GET /v1/me held back (a slow network, named so): the key's one office arrives after the form could be typed in.
    const page = await newPage();
    await page.route('**/v1/me', async (route) => {
      await new Promise((r) => setTimeout(r, 1500));
      await route.continue();
    });
    await page.goto(`${base}/`);
    await signIn(page);
    await page.fill('input[name="year"]', '2024');
    await page.selectOption('select[name="quarter"]', '1');
    await page.click('form.period button[type="submit"]');
    await page.waitForURL(`${base}/?office=DONGSON&year=2024&quarter=1`, { timeout: 10_000 });
    await page.locator(TOTAL_RECEIVED).waitFor();
    expect(await page.locator(TOTAL_RECEIVED).textContent()).toBe('496');
  });

  it('picks a quarter, time-travels with "as known at", and walks back and forward', async () => {
    const page = await newPage();
    await page.goto(`${base}/`);
    await signIn(page);
    await page.fill('input[name="office"]', 'DONGSON');
    await page.fill('input[name="year"]', '2024');
    await page.selectOption('select[name="quarter"]', '1');
    await page.click('form.period button[type="submit"]');
    await page.waitForURL(`${base}/?office=DONGSON&year=2024&quarter=1`);
    expect(await page.locator(TOTAL_RECEIVED).textContent()).toBe('496');

    // As known at 1 April 2024 (office time), one Q1 dossier had not been recorded yet: a late entry.
    await page.fill('input[name="knownAt"]', '2024-04-01T00:00');
    await page.click('form.period button[type="submit"]');
    await page.waitForURL(/knownAt=2024-04-01T00%3A00%3A00%2B07%3A00/);
    await page.locator('[data-known-at]').waitFor();
    await expect(page.locator(TOTAL_RECEIVED).textContent()).resolves.toBe('495');
    expect(await page.locator('[data-known-at]').textContent()).toContain('như nó đã được ghi nhận lúc');
    await shot(page, '03-report-known-at');

    await page.goBack();
    await page.waitForURL(`${base}/?office=DONGSON&year=2024&quarter=1`);
    await page.locator('[data-known-at]').waitFor({ state: 'detached' });
    expect(await page.locator(TOTAL_RECEIVED).textContent()).toBe('496');
    await page.goForward();
    await page.locator('[data-known-at]').waitFor();
    expect(await page.locator(TOTAL_RECEIVED).textContent()).toBe('495');

    // A period with from after to is refused next to the field, and nothing is asked of the API.
    await page.check('input[name="kind"][value="custom"]');
    await page.fill('input[name="from"]', '2024-03-31');
    await page.fill('input[name="to"]', '2024-01-01');
    const before = page.url();
    await page.click('form.period button[type="submit"]');
    await page.locator('#to-error').waitFor();
    expect(await page.locator('#to-error').textContent()).toContain('Ngày bắt đầu');
    expect(page.url()).toBe(before);
    await shot(page, '04-bad-period');
  });

  it('signs out, switches to English, and never sends the key anywhere but the Authorization header', async () => {
    const page = await newPage();
    await page.goto(`${base}${Q1}`);
    await signIn(page);
    await page.locator(TOTAL_RECEIVED).waitFor();
    await page.getByRole('button', { name: 'English' }).click();
    await page.getByText('Sign out').waitFor();
    expect(await page.locator('table.form06 th[scope="row"]').last().textContent()).toBe('Total');
    await shot(page, '05-report-en');
    await page.getByRole('button', { name: 'Sign out' }).click();
    await page.locator('input[name="key"]').waitFor();
    expect(await page.evaluate("sessionStorage.getItem('motcua.key')")).toBeNull();
    expect(await page.locator('h2').first().textContent()).toBe('Sign in with an API key');

    for (const url of requested) {
      expect(url.startsWith(base), url).toBe(true);
      expect(url).not.toContain(KEY);
    }
    expect(serverOutput).not.toContain(KEY);
    expect(pageErrors).toEqual([]);
  });
});
