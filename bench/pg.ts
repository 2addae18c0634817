// PostgreSQL store benchmark against its floor, SQLite beside it (issue 13, item 7; never in the tests):
//   pnpm bench:pg                                  # 4,000 receives by 32 clients, 20,000-dossier import
//   pnpm bench:pg -- --receives 2000 --clients 16 --dossiers 5000
// Starts a throwaway PostgreSQL cluster with fsync on and synchronous_commit on (MOTCUA_PG_URL: use a
// server of your own instead), and SQLite files (synchronous = FULL) under bench/out/.
//
// The floor is what PostgreSQL itself costs for the same rows: the rows the store wrote, read back
// and INSERTed raw into a copy of the events table, through the same client (node-postgres, a pool of
// the same size) with the same commit settings, the same number of concurrent clients, one INSERT per
// commit for receives and one transaction of unnest() INSERTs for the import. The store's cost above
// it is the head lock, the checks, the command index and the hash chain.
//
// Receive = what `motcua serve` does with a receive request: the store's group commit (the server's
// createGroupCommit over appendBatchSettled), one new dossier each, each client waiting for its answer
// before sending the next. Also shown: the same through plain `append` (one transaction each, queued
// on the head lock), and with two store instances (each its own pool and group commit) sharing the
// clients. Import = beginBulk, dossiers of five events appended in chunks, one commit.
import { mkdirSync, rmSync } from 'node:fs';
import os from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import {
  type AppendRequest,
  type AppendResult,
  type EventStore,
  openPostgresStore,
  openSqliteStore,
  StoreError,
} from '@motcua/store';
import Database from 'better-sqlite3';
import pg from 'pg';
import { createGroupCommit } from '../packages/server/src/group-commit.js';
import { findPgBinDir, startTestCluster, type TestCluster } from '../packages/store/src/postgres/test-cluster.js';
import { dossier } from './sample-dossier.js';

const { values } = parseArgs({
  args: process.argv.slice(2).filter((a) => a !== '--'),
  options: {
    receives: { type: 'string', default: '4000' },
    clients: { type: 'string', default: '32' },
    dossiers: { type: 'string', default: '20000' },
    chunk: { type: 'string', default: '500' },
    dir: { type: 'string', default: resolve(import.meta.dirname, 'out') },
  },
});
const RECEIVES = Number(values.receives);
const CLIENTS = Number(values.clients);
const DOSSIERS = Number(values.dossiers);
const CHUNK = Number(values.chunk);
const POOL = 10; // the store's default pool, and the floor's
/** Runs that commit once per request without sharing commits (plain appends, SQLite's floor) are slow
 *  on an ordinary disk: a quarter as many requests (rates are per second either way). */
const SLOW = Math.ceil(RECEIVES / 4);
mkdirSync(values.dir, { recursive: true });

const load = () =>
  os
    .loadavg()
    .map((x) => x.toFixed(2))
    .join(' ');
const fmt = (n: number) => Math.round(n).toLocaleString('en-US');

interface Run {
  readonly count: number;
  readonly ms: number;
  /** Per-request latencies (ms), when measured. */
  readonly latencies?: number[];
}
const perSecond = (r: Run) => (r.count / r.ms) * 1000;
const p99 = (r: Run) => {
  const l = [...(r.latencies ?? [])].sort((a, b) => a - b);
  return l[Math.min(l.length - 1, Math.floor(l.length * 0.99))] ?? Number.NaN;
};

/** `n` requests by `clients` concurrent clients, each sending its next once answered. */
async function closedLoop(n: number, clients: number, send: (i: number) => Promise<unknown>): Promise<Run> {
  let next = 0;
  const latencies: number[] = [];
  const t0 = performance.now();
  await Promise.all(
    Array.from({ length: clients }, async () => {
      for (let i = next++; i < n; i = next++) {
        const s = performance.now();
        await send(i);
        latencies.push(performance.now() - s);
      }
    }),
  );
  return { count: n, ms: performance.now() - t0, latencies };
}

/** One new dossier, its receipt only: what a receive request appends. */
const receipt = (i: number): AppendRequest => {
  const d = dossier(i);
  return { ...d, events: d.events.slice(0, 1) };
};

/** The server's group commit in front of a store's settled batches. */
function groupCommitOn(store: EventStore & { appendBatchSettled(r: readonly AppendRequest[]): Promise<unknown[]> }) {
  return createGroupCommit({
    write: async (requests) =>
      (await store.appendBatchSettled(requests)).map((r) =>
        r instanceof StoreError ? { ok: false as const, error: r } : { ok: true as const, value: r as AppendResult },
      ),
  });
}

const COLUMNS =
  'position, stream_id, revision, event_id, command_id, type, schema_version, occurred_at, recorded_at, data, meta, hash';

/** The rows a store wrote, as stored (the floor inserts exactly these). */
async function rowsOf(url: string, schema: string): Promise<unknown[][]> {
  const c = new pg.Client({ connectionString: url });
  await c.connect();
  try {
    return (await c.query({ text: `SELECT ${COLUMNS} FROM ${schema}.events ORDER BY position`, rowMode: 'array' }))
      .rows;
  } finally {
    await c.end();
  }
}

/** An empty copy of the store's events table (same columns, keys and constraints) in `floor`. */
async function floorTable(url: string, from: string, floor: string): Promise<void> {
  const c = new pg.Client({ connectionString: url });
  await c.connect();
  try {
    await c.query(`CREATE SCHEMA ${floor}; CREATE TABLE ${floor}.events (LIKE ${from}.events INCLUDING ALL)`);
  } finally {
    await c.end();
  }
}

const unnestInsert = (floor: string) =>
  `INSERT INTO ${floor}.events (${COLUMNS})
   SELECT * FROM unnest($1::bigint[], $2::text[], $3::bigint[], $4::text[], $5::text[], $6::text[], $7::integer[],
                        $8::text[], $9::text[], $10::text[], $11::text[], $12::text[])`;
const columnsOf = (rows: unknown[][]) => Array.from({ length: 12 }, (_, k) => rows.map((r) => r[k]));

const results: Array<[string, string]> = [];
const say = (label: string, text: string) => {
  results.push([label, text]);
  console.log(`${label.padEnd(52)} ${text}`);
};
const runLine = (r: Run, unit: string) =>
  `${fmt(perSecond(r)).padStart(8)} ${unit}/s` + (r.latencies ? `  p99 ${p99(r).toFixed(1).padStart(6)} ms` : '');

console.log(`node ${process.version}, ${os.cpus().length} × ${os.cpus()[0]?.model}; load average at start ${load()}`);

let cluster: TestCluster | undefined;
let url = process.env.MOTCUA_PG_URL;
if (!url) {
  const binDir = findPgBinDir();
  if (!binDir) throw new Error('no PostgreSQL binaries (initdb): apt-get install postgresql, or set MOTCUA_PG_URL');
  cluster = await startTestCluster(binDir, { durable: true });
  url = cluster.url;
}
const pgUrl = url;
const tag = `b${process.pid}`;
try {
  console.log(
    `PostgreSQL: fsync on, synchronous_commit on; ${CLIENTS} clients, pools of ${POOL}; SQLite: synchronous = FULL\n`,
  );

  // 1. Receives through group commit, then the floor: the same rows, one raw INSERT per commit.
  const receiveSchema = `${tag}_receive`;
  const store = await openPostgresStore({ connectionString: pgUrl, schema: receiveSchema, poolSize: POOL });
  const group = groupCommitOn(store);
  const receive = await closedLoop(RECEIVES, CLIENTS, (i) => group.append(receipt(i)));
  await group.drain();
  const direct = await closedLoop(SLOW, CLIENTS, (i) => {
    const r = receipt(RECEIVES + i);
    return store.append(r.streamId, r.events, r.expectedRevision);
  });
  // Two instances on the same log (two stores, two pools, two group commits), the clients split
  // between them: their batches queue on the one head lock.
  const second = await openPostgresStore({ connectionString: pgUrl, schema: receiveSchema, poolSize: POOL });
  const groups = [groupCommitOn(store), groupCommitOn(second)];
  const twoInstances = await closedLoop(RECEIVES, CLIENTS, (i) => groups[i % 2]!.append(receipt(RECEIVES + SLOW + i)));
  await Promise.all(groups.map((g) => g.drain()));
  await second.close();
  const verified = await store.verify();
  await store.close();
  if (!verified.ok) throw new Error(`the receive log does not verify: ${verified.reason}`);

  const rows = (await rowsOf(pgUrl, receiveSchema)).slice(0, RECEIVES);
  await floorTable(pgUrl, receiveSchema, `${tag}_floor_receive`);
  const pool = new pg.Pool({ connectionString: pgUrl, max: POOL });
  const insertOne = `INSERT INTO ${tag}_floor_receive.events (${COLUMNS})
                     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12)`;
  const floor = await closedLoop(RECEIVES, CLIENTS, (i) => pool.query(insertOne, rows[i]));
  await pool.end();

  say('PG floor: raw INSERT, one per commit', runLine(floor, 'rows'));
  say('PG receive (group commit, as serve does)', runLine(receive, 'ev'));
  say('PG receive (append, one transaction each)', runLine(direct, 'ev'));
  say('PG receive, 2 instances (in this process)', runLine(twoInstances, 'ev'));
  say('  receive / floor', `${(perSecond(receive) / perSecond(floor)).toFixed(2)} × throughput (goal ≥ 0.5)`);
  say('  receive p99 / floor p99', `${(p99(receive) / p99(floor)).toFixed(2)} ×`);
  say('  2 instances / 1', `${(perSecond(twoInstances) / perSecond(receive)).toFixed(2)} × throughput`);

  // 2. Import: one bulk transaction, then the floor: the same rows in one transaction of unnest INSERTs.
  const importSchema = `${tag}_import`;
  const importer = await openPostgresStore({ connectionString: pgUrl, schema: importSchema, poolSize: POOL });
  // Numbered after the receives: SQLite holds both in one file.
  const dossiers = Array.from({ length: DOSSIERS }, (_, i) => dossier(1_000_000 + i));
  const t0 = performance.now();
  const bulk = await importer.beginBulk();
  for (let i = 0; i < dossiers.length; i += CHUNK) await bulk.append(dossiers.slice(i, i + CHUNK));
  await bulk.commit();
  const imported: Run = { count: bulk.written, ms: performance.now() - t0 };
  await importer.close();

  const importRows = await rowsOf(pgUrl, importSchema);
  await floorTable(pgUrl, importSchema, `${tag}_floor_import`);
  const fc = new pg.Client({ connectionString: pgUrl });
  await fc.connect();
  const rowsPerChunk = CHUNK * 5;
  const t1 = performance.now();
  await fc.query('BEGIN');
  for (let i = 0; i < importRows.length; i += rowsPerChunk) {
    await fc.query(unnestInsert(`${tag}_floor_import`), columnsOf(importRows.slice(i, i + rowsPerChunk)));
  }
  await fc.query('COMMIT');
  const importFloor: Run = { count: importRows.length, ms: performance.now() - t1 };
  await fc.end();
  say('PG floor: raw unnest INSERTs, one transaction', runLine(importFloor, 'rows'));
  say('PG import (beginBulk, one transaction)', runLine(imported, 'rows'));
  say('  import / floor', `${(perSecond(imported) / perSecond(importFloor)).toFixed(2)} ×`);

  // 3. SQLite beside it: the same receives (group commit on the main thread) and import, and its floors.
  const sqlitePath = join(values.dir, 'bench-pg-sqlite.db');
  const floorPath = join(values.dir, 'bench-pg-sqlite-floor.db');
  for (const p of [sqlitePath, floorPath]) for (const f of [p, `${p}-wal`, `${p}-shm`]) rmSync(f, { force: true });
  const lite = openSqliteStore({ path: sqlitePath });
  const liteGroup = groupCommitOn(lite);
  const liteReceive = await closedLoop(RECEIVES, CLIENTS, (i) => liteGroup.append(receipt(i)));
  await liteGroup.drain();
  const lt0 = performance.now();
  const liteBulk = lite.beginBulk();
  for (let i = 0; i < dossiers.length; i += CHUNK) liteBulk.append(dossiers.slice(i, i + CHUNK));
  liteBulk.commit();
  const liteImport: Run = { count: liteBulk.written, ms: performance.now() - lt0 };
  lite.close();

  // SQLite's floor: the same rows, raw INSERTs into a copy of its events table, synchronous = FULL.
  const db = new Database(floorPath);
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = FULL');
  db.exec(`ATTACH '${sqlitePath}' AS src`);
  // The events table as the store made it: its keys, constraints and indexes.
  const ddl = db
    .prepare(`SELECT sql FROM src.sqlite_master WHERE tbl_name = 'events' AND sql IS NOT NULL ORDER BY type DESC`)
    .pluck()
    .all() as string[];
  for (const sql of ddl) db.exec(sql);
  const liteRows = db.prepare('SELECT * FROM src.events ORDER BY position').raw().all() as unknown[][];
  db.exec('DETACH src');
  const put = db.prepare(`INSERT INTO events VALUES (${liteRows[0]!.map(() => '?').join(', ')})`);
  const lf0 = performance.now();
  for (let i = 0; i < SLOW; i++) put.run(liteRows[i]!); // one commit (and fsync) each, one writer
  const liteFloor: Run = { count: SLOW, ms: performance.now() - lf0 };
  const lf1 = performance.now();
  db.transaction(() => {
    for (let i = RECEIVES; i < liteRows.length; i++) put.run(liteRows[i]!);
  })();
  if (liteRows.length !== RECEIVES + liteImport.count) throw new Error('SQLite holds other rows than expected');
  const liteImportFloor: Run = { count: liteRows.length - RECEIVES, ms: performance.now() - lf1 };
  db.close();
  say('SQLite floor: raw INSERT, one per commit (1 writer)', runLine(liteFloor, 'rows'));
  say('SQLite receive (group commit)', runLine(liteReceive, 'ev'));
  say('  receive / floor', `${(perSecond(liteReceive) / perSecond(liteFloor)).toFixed(2)} ×`);
  say('SQLite floor: raw INSERTs, one transaction', runLine(liteImportFloor, 'rows'));
  say('SQLite import (beginBulk, one transaction)', runLine(liteImport, 'rows'));
  say('  import / floor', `${(perSecond(liteImport) / perSecond(liteImportFloor)).toFixed(2)} ×`);
  say('PG receive / SQLite receive', `${(perSecond(receive) / perSecond(liteReceive)).toFixed(2)} ×`);
  say('PG import / SQLite import', `${(perSecond(imported) / perSecond(liteImport)).toFixed(2)} ×`);
  console.log(`\nload average at end ${load()}`);
} finally {
  cluster?.stop();
}
