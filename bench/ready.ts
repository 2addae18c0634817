// Start to ready (issue 13, item 7): how long one `motcua serve` instance takes from its start to its
// first 200 on /readyz, on the same generated province log held by SQLite and by PostgreSQL.
//   pnpm bench:ready -- --dossiers 72000        (a tenth of the province year; --dossiers 720000 for all)
// The log is made by gen-province.ts into a SQLite file, then copied event by event (appendMany, the
// store's own chain and positions) into a fresh PostgreSQL cluster on this machine (fsync on). Each
// store is timed --runs times; the server is the built one (server-child.ts), spawned fresh every run.
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { type AppendRequest, openPostgresStore, openSqliteStore } from '@motcua/store';
import { findPgBinDir, startTestCluster } from '../packages/store/src/postgres/test-cluster.js';
import { generateProvince } from './gen-province.js';

const { values } = parseArgs({
  args: process.argv.slice(2).filter((a) => a !== '--'),
  options: {
    dossiers: { type: 'string', default: '72000' },
    offices: { type: 'string', default: '200' },
    runs: { type: 'string', default: '2' },
    'timeout-s': { type: 'string', default: '600' },
  },
});
const dossiers = Number(values.dossiers);
const runs = Number(values.runs);
const timeoutMs = Number(values['timeout-s']) * 1000;
const dir = mkdtempSync(join(tmpdir(), 'motcua-ready-'));
const keysFile = join(dir, 'keys.json');
writeFileSync(keysFile, JSON.stringify([{ key: 'k'.repeat(32), role: 'auditor', offices: ['*'] }]));
const load = () => loadavg()[0]!.toFixed(2);

/** Spawns the built server on `db` and resolves with ms from spawn to the first 200 on /readyz. */
async function readyMs(db: string): Promise<number> {
  const started = performance.now();
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', resolve(import.meta.dirname, 'server-child.ts'), db, keysFile, 'off'],
    {
      cwd: import.meta.dirname,
      stdio: ['ignore', 'ignore', 'pipe'],
    },
  );
  try {
    const url = await new Promise<string>((res, rej) => {
      let text = '';
      child.stderr.on('data', (b: Buffer) => {
        text += b.toString();
        const m = /\{"url":"([^"]+)"\}/.exec(text);
        if (m) res(m[1]!);
      });
      child.once('exit', (code) => rej(new Error(`server exited (${code}): ${text.slice(-500)}`)));
    });
    for (;;) {
      if (performance.now() - started > timeoutMs) throw new Error(`not ready within ${timeoutMs} ms`);
      const r = await fetch(`${url}/readyz`).catch(() => null);
      if (r?.status === 200) return performance.now() - started;
      await r?.arrayBuffer();
      await new Promise((res) => setTimeout(res, 50));
    }
  } finally {
    child.kill('SIGKILL');
  }
}

/** The SQLite log's events appended to PostgreSQL in recording order, 2,000 at a time. */
async function copyToPostgres(sqlitePath: string, url: string): Promise<number> {
  const from = openSqliteStore({ path: sqlitePath, readonly: true });
  const to = await openPostgresStore({ connectionString: url });
  let copied = 0;
  try {
    for await (const page of from.readAll({ batchSize: 2000 })) {
      const requests: AppendRequest[] = page.map((e) => ({
        streamId: e.streamId,
        events: [{ type: e.type, schemaVersion: e.schemaVersion, data: e.data, meta: e.meta }],
        expectedRevision: 'any',
      }));
      await to.appendMany(requests);
      copied += page.length;
    }
  } finally {
    await from.close();
    await to.close();
  }
  return copied;
}

const binDir = findPgBinDir();
try {
  const sqlitePath = join(dir, 'province.db');
  const t0 = performance.now();
  const summary = await generateProvince({ dossiers, offices: Number(values.offices), seed: 1, path: sqlitePath });
  console.log(
    `generated ${summary.dossiers} dossiers, ${summary.events} events in ${((performance.now() - t0) / 1000).toFixed(1)} s (load ${load()})`,
  );
  const results: Record<string, number[]> = { sqlite: [], postgres: [] };
  for (let i = 0; i < runs; i++) results.sqlite!.push(await readyMs(sqlitePath));
  console.log(`sqlite: ready in ${results.sqlite!.map((ms) => (ms / 1000).toFixed(2)).join(', ')} s (load ${load()})`);
  if (binDir === null) {
    console.log('postgres: SKIPPED (no PostgreSQL binaries found: apt-get install -y postgresql)');
  } else {
    const cluster = await startTestCluster(binDir, { durable: true });
    try {
      const t1 = performance.now();
      const copied = await copyToPostgres(sqlitePath, cluster.url);
      console.log(
        `copied ${copied} events to PostgreSQL in ${((performance.now() - t1) / 1000).toFixed(1)} s (load ${load()})`,
      );
      for (let i = 0; i < runs; i++) results.postgres!.push(await readyMs(cluster.url));
      console.log(
        `postgres: ready in ${results.postgres!.map((ms) => (ms / 1000).toFixed(2)).join(', ')} s (load ${load()})`,
      );
      const best = (xs: number[]) => Math.min(...xs);
      console.log(`postgres / sqlite (best of each): ${(best(results.postgres!) / best(results.sqlite!)).toFixed(2)}x`);
    } finally {
      cluster.stop();
    }
  }
  console.log(JSON.stringify({ dossiers: summary.dossiers, events: summary.events, readyMs: results, load: load() }));
} finally {
  rmSync(dir, { recursive: true, force: true });
}
