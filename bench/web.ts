/// <reference lib="dom" />
// Dashboard benchmark (never part of the test run; figures for the notes, never asserted): the built
// dashboard served by the real `motcua serve` over the province-year file of bench:projections (720k
// dossiers, ~5M events, 200 offices in 10 districts of one province), driven by headless Chromium:
//   - first render of the province's Biểu 06 (a unit roll-up): from navigation start to the total row's
//     first number on screen (target ≤ 1.0 s), cold (first request for that report) and warm;
//   - a knownAt change redrawn: from the form's submit to the table showing the report as known then
//     (target ≤ 200 ms), each with a knownAt not asked before;
//   - the first page's JavaScript, gzipped (target ≤ 250 KiB), and the charts' chunk loaded later.
//
//   pnpm bench:web                          # 720k dossiers (generates the file once, as bench:projections)
//   pnpm bench:web -- --dossiers 100000     # smaller
import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import { chromium, type Page } from 'playwright-core';
import { generateProvince, provinceOffices } from './gen-province.js';

const { values } = parseArgs({
  args: process.argv.slice(2).filter((a) => a !== '--'),
  options: {
    dossiers: { type: 'string', default: '720000' },
    offices: { type: 'string', default: '200' },
    seed: { type: 'string', default: '1' },
    runs: { type: 'string', default: '5' },
    dir: { type: 'string', default: resolve(import.meta.dirname, 'out') },
    chromium: { type: 'string', default: '/usr/bin/chromium' },
  },
});
const ROOT = resolve(import.meta.dirname, '..');
const RUNS = Number(values.runs);
const KEY = 'bench-web-admin-0123456789abcdef';
const PROVINCE = 'P';
mkdirSync(values.dir, { recursive: true });
// The same file bench:projections makes and keeps.
const db = join(values.dir, `province-${values.dossiers}-${values.offices}-${values.seed}.db`);

const loadavg = () => readFileSync('/proc/loadavg', 'utf8').trim();
console.log(
  `${os.cpus().length} × ${os.cpus()[0]?.model ?? 'cpu'}, ${Math.round(os.totalmem() / 2 ** 30)} GiB, node ${process.version}; load ${loadavg()}`,
);

// ---- the first page's JavaScript: what index.html loads (its module script and modulepreloads) ----
const dist = join(ROOT, 'packages/web/dist');
if (!existsSync(join(dist, 'index.html'))) execFileSync('pnpm', ['build'], { cwd: ROOT, stdio: 'inherit' });
const index = readFileSync(join(dist, 'index.html'), 'utf8');
const firstPage = [...index.matchAll(/(?:src|href)="\/(assets\/[^"]+\.js)"/g)].map((m) => m[1]!);
const gz = (file: string) => gzipSync(readFileSync(join(dist, file)), { level: 9 }).length;
const firstPageGz = firstPage.reduce((s, f) => s + gz(f), 0);
// Sized now: a build meanwhile (a test run) replaces dist/.
const lazyGz = readdirSync(join(dist, 'assets'))
  .map((f) => `assets/${f}`)
  .filter((f) => f.endsWith('.js') && !firstPage.includes(f))
  .map((f) => ({ file: f, gz: gz(f) }));

// ---- the province file, its hierarchy (province P > districts > offices) and a key ----
if (!existsSync(db)) {
  console.log(`generating ${db} …`);
  await generateProvince({
    dossiers: Number(values.dossiers),
    offices: Number(values.offices),
    seed: Number(values.seed),
    path: db,
  });
}
const { hierarchy } = provinceOffices(Number(values.offices));
const work = join(values.dir, 'web');
mkdirSync(work, { recursive: true });
const hierarchyFile = join(work, 'hierarchy.json');
writeFileSync(
  hierarchyFile,
  JSON.stringify({
    units: [
      { code: PROVINCE, name: 'Tỉnh P', level: 'province', parent: null },
      ...Object.keys(hierarchy).map((d) => ({ code: d, name: `Huyện ${d}`, level: 'district', parent: PROVINCE })),
    ],
    offices: Object.entries(hierarchy).flatMap(([d, os]) => os.map((code) => ({ code, unit: d }))),
  }),
);
const keysFile = join(work, 'keys.json');
writeFileSync(keysFile, JSON.stringify([{ key: KEY, role: 'admin', rateLimit: 1_000_000 }]));

// ---- motcua serve (the built CLI) ----
const tServe = performance.now();
const server: ChildProcess = spawn(
  process.execPath,
  [
    join(ROOT, 'packages/cli/dist/main.js'),
    'serve',
    '--db',
    db,
    '--hierarchy',
    hierarchyFile,
    '--keys',
    keysFile,
    '--port',
    '0',
    '--lang',
    'en',
  ],
  { stdio: ['ignore', 'ignore', 'pipe'] },
);
const base = await new Promise<string>((res, rej) => {
  let err = '';
  server.stderr?.on('data', (d: Buffer) => {
    err += d.toString();
    const m = /(http:\/\/127\.0\.0\.1:\d+)/.exec(err);
    if (m?.[1]) res(m[1]);
  });
  server.on('exit', (code) => rej(new Error(`serve exited ${code}: ${err}`)));
});
console.log(`serve ready in ${((performance.now() - tServe) / 1000).toFixed(1)} s at ${base}`);

const browser = await chromium.launch({
  executablePath: values.chromium,
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking'],
});
const TOTAL = 'tr[data-field=""] [data-cell="received.total"]';
/** The charts' 12 monthly roll-ups are read after the table: let them finish before the next measure. */
const chartsDrawn = (page: Page) =>
  page.waitForFunction(() => document.querySelectorAll('[data-chart][data-drawn="yes"]').length === 3, null, {
    timeout: 120_000,
  });
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

try {
  // First render: a fresh context (signed in through sessionStorage before any script runs), the deep link
  // of the province's 2024 Q3 report; the page itself notes when the total's number appears.
  const firstRender: number[] = [];
  for (let run = 0; run < RUNS; run++) {
    const context = await browser.newContext({ viewport: { width: 1400, height: 900 } });
    await context.addInitScript(
      ([key, sel]) => {
        sessionStorage.setItem('motcua.key', key);
        new MutationObserver((_, obs) => {
          const el = document.querySelector(sel);
          if (el?.textContent) {
            (window as unknown as { __rendered: number }).__rendered = performance.now();
            obs.disconnect();
          }
        }).observe(document, { childList: true, subtree: true, characterData: true });
      },
      [KEY, TOTAL] as const,
    );
    const page = await context.newPage();
    await page.goto(`${base}/?unit=${PROVINCE}&year=2024&quarter=3`);
    await page.waitForFunction(() => (window as unknown as { __rendered?: number }).__rendered !== undefined);
    firstRender.push(await page.evaluate(() => (window as unknown as { __rendered: number }).__rendered));
    await chartsDrawn(page);
    if (run === RUNS - 1) {
      // knownAt redraws on the last page: submit → the table as known at a new moment.
      const redraw: number[] = [];
      for (let i = 0; i < RUNS; i++) {
        const knownAt = `2024-${String(7 + (i % 6)).padStart(2, '0')}-${String(3 + i * 5).padStart(2, '0')}T10:${String(i).padStart(2, '0')}`;
        await page.fill('input[name="knownAt"]', knownAt);
        const ms = await page.evaluate(
          ([sel]) =>
            new Promise<number>((res) => {
              const before = document.querySelector(sel)?.closest('.report');
              const t0 = performance.now();
              const obs = new MutationObserver(() => {
                const report = document.querySelector(sel)?.closest('.report');
                if (report && report !== before && report.querySelector('[data-known-at]')) {
                  obs.disconnect();
                  res(performance.now() - t0);
                }
              });
              obs.observe(document.body, { childList: true, subtree: true });
              (document.querySelector('form.period button[type="submit"]') as HTMLButtonElement).click();
            }),
          [TOTAL] as const,
        );
        redraw.push(ms);
        await chartsDrawn(page);
      }
      console.log(`\nmotcua dashboard benchmark — ${new Date().toISOString()} — ${db}`);
      console.log('| measure | runs | first / cold | median | max | target |');
      console.log('|---|---|---|---|---|---|');
      console.log(
        `| province Biểu 06 first render (navigation → total on screen), ms | ${RUNS} | ${firstRender[0]!.toFixed(0)} | ${median(firstRender).toFixed(0)} | ${Math.max(...firstRender).toFixed(0)} | ≤ 1000 |`,
      );
      console.log(
        `| knownAt change redrawn (submit → table as known then), ms | ${RUNS} | ${redraw[0]!.toFixed(0)} | ${median(redraw).toFixed(0)} | ${Math.max(...redraw).toFixed(0)} | ≤ 200 |`,
      );
      console.log(
        `| first page JavaScript, gzipped KiB (${firstPage.join(', ')}) | — | ${(firstPageGz / 1024).toFixed(1)} | | | ≤ 250 |`,
      );
      for (const f of lazyGz)
        console.log(`| loaded later: ${f.file}, gzipped KiB | — | ${(f.gz / 1024).toFixed(1)} | | | — |`);
      console.log(`load average after: ${loadavg()}`);
    }
    await context.close();
  }
} finally {
  await browser.close();
  server.kill('SIGTERM');
}
