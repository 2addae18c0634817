// Shared by the dashboard's browser tests: Debian's Chromium through playwright-core, the dashboard built
// when its sources are newer than its dist, a real `motcua serve` on a seeded temporary SQLite file,
// screenshots under test-output/web/ (gitignored) to be looked at, and axe-core run inside each page.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { type Browser, chromium, type Page } from 'playwright-core';
import { ensureBuilt, ROOT } from './cli-support.js';

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
