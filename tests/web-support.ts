// Shared by the dashboard's browser tests: Debian's Chromium through playwright-core, the dashboard built
// when its sources are newer than its dist, a real `motcua serve` on a seeded temporary SQLite file,
// screenshots under test-output/web/ (gitignored) to be looked at, and axe-core run inside each page.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { type Browser, chromium, type Page } from 'playwright-core';
import { ensureBuilt, motcua, ROOT, startServe, type tempDir } from './cli-support.js';

export const CHROMIUM = '/usr/bin/chromium';
export const haveBrowser = existsSync(CHROMIUM);
export const SHOTS = join(ROOT, 'test-output', 'web');

/** The dashboard's dist is missing or older than one of its sources (ensureBuilt covers the Node packages). */
function webStale(): boolean {
  const index = join(ROOT, 'packages/web/dist/index.html');
  if (!existsSync(index)) return true;
  const built = statSync(index).mtimeMs;
  const src = join(ROOT, 'packages/web/src');
  return readdirSync(src, { recursive: true, encoding: 'utf8' }).some((f) => statSync(join(src, f)).mtimeMs > built);
}

export function buildAll(): void {
  ensureBuilt();
  if (webStale()) execFileSync('pnpm', ['--dir', 'packages/web', 'exec', 'vite', 'build'], { cwd: ROOT });
  mkdirSync(SHOTS, { recursive: true });
}

export const launch = (): Promise<Browser> =>
  chromium.launch({
    executablePath: CHROMIUM,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking'],
  });

/** A page in a fresh context (its own sessionStorage); script errors and CSP refusals go to `errors`. */
export async function newPage(browser: Browser, errors: string[]): Promise<Page> {
  const page = await (await browser.newContext({ viewport: { width: 1400, height: 900 } })).newPage();
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('console', (m) => {
    if (/Content.Security.Policy/i.test(m.text())) errors.push(m.text());
  });
  return page;
}

export const shot = (page: Page, name: string) => page.screenshot({ path: join(SHOTS, `${name}.png`), fullPage: true });

export async function signIn(page: Page, key: string): Promise<void> {
  await page.fill('input[name="key"]', key);
  await page.click('form.sign-in button[type="submit"]');
}

const AXE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/**
 * axe-core's serious and critical violations on the page as it is now, as "rule: target" lines. Its source
 * is evaluated in the page (the dashboard's CSP rightly refuses an inline script tag).
 */
export async function axeViolations(page: Page): Promise<string[]> {
  await page.evaluate(AXE);
  const found = await page.evaluate(async () => {
    const axe = (globalThis as unknown as { axe: { run: (o: unknown) => Promise<AxeResult> } }).axe;
    const r = await axe.run({ resultTypes: ['violations'] });
    return r.violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .flatMap((v) => v.nodes.map((n) => `${v.id} (${v.impact}): ${n.target.join(' ')}`));
  });
  return found;
}

interface AxeResult {
  violations: Array<{ id: string; impact: string | null; nodes: Array<{ target: string[] }> }>;
}

/** A seeded ledger served by `motcua serve` with these keys, and a browser: what each browser test needs. */
export interface Dashboard {
  readonly base: string;
  readonly db: string;
  readonly browser: Browser;
  /** Script errors and CSP refusals seen on any page opened through `open`. */
  readonly errors: string[];
  /** A new tab on `path`, signed in with `key`, once the pages' navigation is there. */
  open(path: string, key: string): Promise<Page>;
  stop(): Promise<void>;
}

export async function startDashboard(
  tmp: ReturnType<typeof tempDir>,
  keys: readonly object[],
  /** More options for serve (files written in tmp). */
  extra: string[] = [],
): Promise<Dashboard> {
  buildAll();
  const db = join(tmp.dir, 'ledger.db');
  const seeded = motcua(['seed', '--db', db]);
  if (seeded.status !== 0) throw new Error(`seed failed: ${seeded.stderr}`);
  const s = await startServe(db, tmp.file('keys.json', JSON.stringify(keys)), extra);
  const base = s.url.replace(/\/$/, '');
  const browser = await launch();
  const errors: string[] = [];
  return {
    base,
    db,
    browser,
    errors,
    async open(path, key) {
      const page = await newPage(browser, errors);
      await page.goto(`${base}${path}`);
      await signIn(page, key);
      await page.locator('nav.pages').waitFor();
      return page;
    },
    async stop() {
      const child = s.child;
      if (child.exitCode === null && child.signalCode === null) {
        const exited = new Promise<void>((r) => child.once('exit', () => r()));
        child.kill('SIGTERM');
        await exited;
      }
      await browser.close();
    },
  };
}
