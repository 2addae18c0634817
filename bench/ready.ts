// Start to ready (issue 13, item 7): how long one `motcua serve` instance takes from its start to its
// first 200 on /readyz, on the same generated province log held by SQLite and by PostgreSQL.
//   pnpm bench:ready -- --dossiers 72000        (a tenth of the province year; --dossiers 720000 for all)
// The log is made by gen-province.ts into a SQLite file, then copied event by event (appendMany, the
// store's own chain and positions) into a fresh PostgreSQL cluster on this machine (fsync on). Each
// store is timed --runs times as a pair: without a ledger snapshot (removed first), then with the one the
// first run's clean shutdown wrote. The server is the built `motcua serve` (packages/cli/dist/main.js,
// `pnpm build` first), spawned fresh every run; its log lines about the snapshot are printed.
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { type AppendRequest, openPostgresStore, openSqliteStore, snapshotFileOf } from '@motcua/store';
import pg from 'pg';
import { findPgBinDir, startTestCluster } from '../packages/store/src/postgres/test-cluster.js';
import { generateProvince } from './gen-province.js';

const { values } = parseArgs({
  args: process.argv.slice(2).filter((a) => a !== '--'),
  options: {
    dossiers: { type: 'string', default: '72000' },
    offices: { type: 'string', default: '200' },
    runs: { type: 'string', default: '1' },
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
const MAIN = resolve(import.meta.dirname, '../packages/cli/dist/main.js');

interface Start {
  /** Spawn to the first 200 on /readyz. */
  readyMs: number;
  /** The server's JSON log lines about the ledger snapshot (read, refused, written at shutdown). */
  snapshotLines: Array<Record<string, unknown>>;
}

/**
 * Spawns the built `motcua serve` on `db`, times spawn to the first 200 on /readyz, then stops it with
 * SIGTERM and waits: a clean shutdown, which writes a ledger snapshot when the ledger moved past the one
 * it started from (the snapshot the next start reads).
 */
async function start(db: string): Promise<Start> {
  const started = performance.now();
  const child = spawn(
    process.execPath,
    [MAIN, 'serve', '--db', db, '--keys', keysFile, '--port', '0', '--lang', 'en'],
    {
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  let out = '';
  child.stdout.on('data', (b: Buffer) => {
    out += b.toString();
  });
  const exited = new Promise<void>((res) => child.once('exit', () => res()));
  let readyMs = Number.NaN;
  try {
    const url = await new Promise<string>((res, rej) => {
      let text = '';
      child.stderr.on('data', (b: Buffer) => {
        text += b.toString();
        const m = /Listening on (http:\/\/\S+)/.exec(text);
        if (m) res(m[1]!);
      });
      child.once('exit', (code) => rej(new Error(`serve exited (${code}): ${text.slice(-500)}`)));
    });
    for (;;) {
      if (performance.now() - started > timeoutMs) throw new Error(`not ready within ${timeoutMs} ms`);
      const r = await fetch(`${url}/readyz`).catch(() => null);
      if (r?.status === 200) {
        readyMs = performance.now() - started;
        break;
      }
      await r?.arrayBuffer();
      await new Promise((res) => setTimeout(res, 50));
    }
  } finally {
    child.kill('SIGTERM');
    await exited;
  }
  const snapshotLines = out
    .split('\n')
    .filter((l) => l.includes('snapshot'))
    .map((l) => JSON.parse(l) as Record<string, unknown>)
    .map(({ msg, why, reason, position, bytes, ms }) => ({ msg, why, reason, position, bytes, ms }));
  return { readyMs, snapshotLines };
}

/** Without a snapshot (removed first; the shutdown writes one), then with the one that shutdown wrote. */
async function pair(db: string, removeSnapshot: () => Promise<void>): Promise<{ without: Start; with: Start }> {
  await removeSnapshot();
  const without = await start(db);
  console.log(`  without a snapshot: ready in ${(without.readyMs / 1000).toFixed(2)} s (load ${load()})`);
  for (const l of without.snapshotLines) console.log(`    ${JSON.stringify(l)}`);
  const withSnapshot = await start(db);
  console.log(`  with the snapshot:  ready in ${(withSnapshot.readyMs / 1000).toFixed(2)} s (load ${load()})`);
  for (const l of withSnapshot.snapshotLines) console.log(`    ${JSON.stringify(l)}`);
  return { without, with: withSnapshot };
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
  const results: Record<string, Array<{ without: number; with: number }>> = { sqlite: [], postgres: [] };
  console.log(`sqlite (load ${load()}):`);
  for (let i = 0; i < runs; i++) {
    const p = await pair(sqlitePath, async () => rmSync(snapshotFileOf(sqlitePath, 'ledger'), { force: true }));
    results.sqlite!.push({ without: p.without.readyMs, with: p.with.readyMs });
  }
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
      console.log(`postgres (load ${load()}):`);
      for (let i = 0; i < runs; i++) {
        const p = await pair(cluster.url, async () => {
          const c = new pg.Client({ connectionString: cluster.url });
          await c.connect();
          await c.query('DROP TABLE IF EXISTS ledger_snapshot_parts, ledger_snapshots');
          await c.end();
        });
        results.postgres!.push({ without: p.without.readyMs, with: p.with.readyMs });
      }
    } finally {
      cluster.stop();
    }
  }
  console.log(JSON.stringify({ dossiers: summary.dossiers, events: summary.events, readyMs: results, load: load() }));
} finally {
  rmSync(dir, { recursive: true, force: true });
}
