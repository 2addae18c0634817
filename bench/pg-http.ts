// Receive POST through `motcua serve` on PostgreSQL, 1 and 2 instances, beside one on SQLite (issue 13,
// item 7; never in the tests): pnpm bench:pg-http [-- --seconds 10 --connections 32]
// Each server is the built CLI in its own process (spawnServeItself); PostgreSQL is a throwaway cluster
// with fsync on and synchronous_commit on, SQLite a file (synchronous = FULL). autocannon sends new
// dossiers, each its own code (the key's rate limit lifted); with 2 instances the connections are split
// between them and the rates summed. Figures are printed as ratios to the SQLite run of the same invocation.
// Then report reads (GET Form 06 of the year) through 1 and 2 PostgreSQL instances, as a ratio to one.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import autocannon from 'autocannon';
import { findPgBinDir, startTestCluster } from '../packages/store/src/postgres/test-cluster.js';
import { spawnServeItself } from '../tests/cli-support.js';

const { values } = parseArgs({
  args: process.argv.slice(2).filter((a) => a !== '--'),
  options: { seconds: { type: 'string', default: '10' }, connections: { type: 'string', default: '32' } },
});
const SECONDS = Number(values.seconds);
const CONNECTIONS = Number(values.connections);
const KEY = 'bench-clerk-0123456789abcdef';
const binDir = findPgBinDir();
if (!binDir) {
  console.error('no PostgreSQL binaries (initdb) found: apt-get install postgresql, or set MOTCUA_PG_BINDIR');
  process.exit(2);
}
const dir = mkdtempSync(join(tmpdir(), 'motcua-bench-pg-http-'));
const keys = join(dir, 'keys.json');
writeFileSync(
  keys,
  JSON.stringify([{ key: KEY, role: 'clerk', offices: ['A'], name: 'bench', rateLimit: 100_000_000 }]),
);

let seq = 0;
const receive = (prefix: string): autocannon.Request => ({
  method: 'POST',
  path: '/v1/offices/A/dossiers',
  headers: { authorization: `Bearer ${KEY}`, 'content-type': 'application/json' },
  setupRequest: (req) => ({
    ...req,
    body: JSON.stringify({
      dossierCode: `${prefix}-${seq++}`,
      procedureCode: '1.001193',
      channel: 'online',
      receivedAt: '2024-01-15T08:30:00+07:00',
    }),
  }),
});

interface Figures {
  readonly perSecond: number;
  readonly p99: number;
  readonly errors: number;
}

/** Form 06 of the office for the year the receipts fall in: the read a dashboard makes most. */
const report: autocannon.Request = {
  method: 'GET',
  path: '/v1/offices/A/reports/form06?year=2024',
  headers: { authorization: `Bearer ${KEY}` },
};

/** autocannon against each url at once (connections split), rates summed, the worst p99. `prefix` names the
 *  receipts' dossier codes; null sends report reads instead. */
async function load(urls: string[], prefix: string | null, seconds: number): Promise<Figures> {
  const runs = await Promise.all(
    urls.map((url, i) =>
      autocannon({
        url,
        connections: Math.ceil(CONNECTIONS / urls.length),
        duration: seconds,
        requests: [prefix === null ? report : receive(`${prefix}${i}`)],
      }),
    ),
  );
  return {
    perSecond: runs.reduce((s, r) => s + r['2xx'] / (r.duration || seconds), 0),
    p99: Math.max(...runs.map((r) => r.latency.p99)),
    errors: runs.reduce((s, r) => s + r.errors + r.timeouts + r.non2xx, 0),
  };
}

const serve = (db: string, create: boolean) =>
  spawnServeItself(['--db', db, '--keys', keys, '--allow-new-offices', ...(create ? ['--create'] : [])]);

const cluster = await startTestCluster(binDir, { durable: true });
const started: Array<Awaited<ReturnType<typeof serve>>> = [];
const results: Array<[string, Figures]> = [];
const reads: Array<[string, Figures]> = [];
try {
  const sqlite = await serve(join(dir, 'ledger.db'), true);
  started.push(sqlite);
  await load([sqlite.url], 'W', 2);
  results.push(['SQLite, 1 instance', await load([sqlite.url], 'S', SECONDS)]);
  sqlite.child.kill('SIGKILL');

  const a = await serve(cluster.url, true);
  started.push(a);
  await load([a.url], 'WA', 2);
  results.push(['PostgreSQL, 1 instance', await load([a.url], 'P1-', SECONDS)]);
  const b = await serve(cluster.url, false);
  started.push(b);
  await load([b.url], 'WB', 2);
  results.push(['PostgreSQL, 2 instances', await load([a.url, b.url], 'P2-', SECONDS)]);
  // Reads of the report once the log stands still: every instance answers from its own in-memory ledger.
  await new Promise((r) => setTimeout(r, 1500)); // both instances caught up
  reads.push(['PostgreSQL, 1 instance', await load([a.url], null, SECONDS)]);
  reads.push(['PostgreSQL, 2 instances', await load([a.url, b.url], null, SECONDS)]);
} finally {
  for (const s of started) s.child.kill('SIGKILL');
  cluster.stop();
  rmSync(dir, { recursive: true, force: true });
}
const base = results[0]![1].perSecond;
console.log(`receive POST, ${CONNECTIONS} connections, ${SECONDS} s each:`);
for (const [name, f] of results) {
  console.log(
    `  ${name.padEnd(24)} ${Math.round(f.perSecond).toString().padStart(6)} req/s (${(f.perSecond / base).toFixed(2)} × SQLite), p99 ${f.p99} ms, errors ${f.errors}`,
  );
}
if (reads.length === 2) {
  const one = reads[0]![1].perSecond;
  console.log(`report GET (Form 06 of the year), ${CONNECTIONS} connections, ${SECONDS} s each:`);
  for (const [name, f] of reads) {
    console.log(
      `  ${name.padEnd(24)} ${Math.round(f.perSecond).toString().padStart(6)} req/s (${(f.perSecond / one).toFixed(2)} × one instance; goal for 2: >= 1.6), p99 ${f.p99} ms, errors ${f.errors}`,
    );
  }
}
console.log(
  `load average ${loadavg()
    .map((l) => l.toFixed(2))
    .join(' ')} on ${cpus().length} cores`,
);
