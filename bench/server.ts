// Server benchmark (never part of the test run): the real server in a child process over SQLite with
// synchronous = FULL, driven by autocannon.
//   pnpm bench:server                                  # defaults below
//   pnpm bench:server -- --duration 20 --connections 100 --log info
// 1. receive: POST /v1/offices/{office}/dossiers, every request a new dossier (group commit batches them);
//    afterwards the file is reopened and every acknowledged receipt must be in it.
// 2. report: GET /v1/offices/{office}/reports/form06 over the ledger the first phase wrote.
// Targets (issue 6): report GET >= 3000 req/s; receive >= 5000 commands/s; p99 < 50 ms for both.
import { spawn } from 'node:child_process';
import { closeSync, mkdirSync, openSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { join, resolve } from 'node:path';
import { createInterface } from 'node:readline';
import { parseArgs } from 'node:util';
import { openSqliteStore } from '@motcua/store';
import autocannon from 'autocannon';

const { values } = parseArgs({
  args: process.argv.slice(2).filter((a) => a !== '--'),
  options: {
    duration: { type: 'string', default: '10' },
    connections: { type: 'string', default: '64' },
    offices: { type: 'string', default: '8' },
    log: { type: 'string', default: 'info' },
    dir: { type: 'string', default: resolve(import.meta.dirname, 'out', 'server') },
  },
});
const DURATION = Number(values.duration);
const CONNECTIONS = Number(values.connections);
const OFFICES = Array.from({ length: Number(values.offices) }, (_, i) => `BENCH${i}`);
const KEY = 'bench-clerk-key-0123456789abcdef';

rmSync(values.dir, { recursive: true, force: true });
mkdirSync(values.dir, { recursive: true });
const dbPath = join(values.dir, 'ledger.db');
const keysFile = join(values.dir, 'keys.json');
// The limit is per key; the benchmark key gets room for the whole run.
writeFileSync(keysFile, JSON.stringify([{ key: KEY, role: 'clerk', offices: ['*'], rateLimit: 100_000_000 }]));

const logFile = join(values.dir, 'server.log');
// The server writes its logs straight into the file, as under systemd or a shell redirect: piping them
// through this process (which also runs autocannon) made the server wait on a full pipe.
const logFd = openSync(logFile, 'w');
const child = spawn(
  process.execPath,
  [
    // The young-generation size `motcua serve` runs with (its bin's shebang and `pnpm motcua`).
    '--max-semi-space-size=64',
    // e.g. BENCH_SERVER_NODE_ARGS="--cpu-prof --cpu-prof-dir=/tmp/prof" to profile the server process
    ...(process.env.BENCH_SERVER_NODE_ARGS?.split(' ').filter(Boolean) ?? []),
    '--import',
    'tsx',
    resolve(import.meta.dirname, 'server-child.ts'),
    dbPath,
    keysFile,
    values.log,
  ],
  { stdio: ['ignore', logFd, 'pipe'] },
);
closeSync(logFd);
const cpuWaiters: Array<(micros: number) => void> = [];
const url = await new Promise<string>((res, rej) => {
  const rl = createInterface({ input: child.stderr! });
  rl.on('line', (line) => {
    try {
      const parsed = JSON.parse(line) as { url?: string; cpuMicros?: number };
      if (parsed.url) res(parsed.url);
      if (parsed.cpuMicros !== undefined) cpuWaiters.shift()?.(parsed.cpuMicros);
    } catch {
      process.stderr.write(`${line}\n`);
    }
  });
  child.on('exit', (code) => rej(new Error(`server exited with ${code}`)));
});
const serverCpu = () =>
  new Promise<number>((res) => {
    cpuWaiters.push(res);
    child.kill('SIGUSR2');
  });

const auth = { authorization: `Bearer ${KEY}`, 'content-type': 'application/json' };

interface Summary {
  name: string;
  requests: number;
  ok: number;
  non2xx: number;
  errors: number;
  perSecond: number;
  p50: number;
  p90: number;
  p99: number;
  max: number;
  /** Server CPU time (user + system) per successful request, in microseconds. */
  cpuPerRequest: number;
}

async function run(name: string, opts: Omit<autocannon.Options, 'url'>): Promise<Summary> {
  const cpu0 = await serverCpu();
  const r = await autocannon({ connections: CONNECTIONS, duration: DURATION, ...opts, url });
  const cpu1 = await serverCpu();
  const ok = r['2xx'];
  return {
    name,
    requests: r.requests.total,
    ok,
    non2xx: r.non2xx,
    errors: r.errors + r.timeouts,
    perSecond: Math.round(ok / (r.duration || DURATION)),
    p50: r.latency.p50,
    p90: r.latency.p90,
    p99: r.latency.p99,
    max: r.latency.max,
    cpuPerRequest: Math.round((cpu1 - cpu0) / Math.max(1, ok)),
  };
}

// Warm-up (JIT, SQLite page cache), then the measured receive phase.
let seq = 0;
const receiveRequest = (prefix: string): autocannon.Request => ({
  method: 'POST',
  path: `/v1/offices/${OFFICES[0]}/dossiers`,
  headers: auth,
  setupRequest: (req) => {
    const n = seq++;
    const office = OFFICES[n % OFFICES.length];
    return {
      ...req,
      path: `/v1/offices/${office}/dossiers`,
      body: JSON.stringify({
        dossierCode: `${prefix}-${n}`,
        procedureCode: '1.001193',
        channel: n % 5 === 0 ? 'direct' : 'online',
        receivedAt: `2024-0${1 + (n % 3)}-15T08:30:00+07:00`,
      }),
    };
  },
});

await run('warm-up', { duration: 3, requests: [receiveRequest('W')] });
const receive = await run('receive POST (new dossier each)', { requests: [receiveRequest('R')] });
await run('warm-up', {
  duration: 2,
  requests: [{ method: 'GET', path: `/v1/offices/${OFFICES[0]}/reports/form06?year=2024&quarter=1`, headers: auth }],
});
let g = 0;
const report = await run('report GET (Form 06, quarter)', {
  requests: [
    {
      method: 'GET',
      headers: auth,
      setupRequest: (req) => ({
        ...req,
        path: `/v1/offices/${OFFICES[g++ % OFFICES.length]}/reports/form06?year=2024&quarter=1`,
      }),
    },
  ],
});

child.kill('SIGTERM');
await new Promise((r) => child.once('exit', r));

// Durability: every acknowledged receipt is in the file (warm-up receipts included).
const store = openSqliteStore({ path: dbPath });
const events = Number(store.db.prepare('SELECT COUNT(*) FROM events').pluck().get());
const syncMode = store.db.pragma('synchronous', { simple: true });
await store.close();

const rows = [receive, report];
console.log(`\nmotcua server benchmark — ${new Date().toISOString()}`);
console.log(`machine: ${os.cpus().length} × ${os.cpus()[0]?.model ?? '?'}, node ${process.version}`);
console.log(
  `settings: ${CONNECTIONS} connections, ${DURATION} s per phase, ${OFFICES.length} offices, logs ${values.log}, ` +
    `SQLite synchronous=${syncMode === 2 ? 'FULL' : syncMode} (store default)`,
);
console.log(
  `load average at the end: ${os
    .loadavg()
    .map((x) => x.toFixed(1))
    .join(' ')} (other work on the machine skews latency)`,
);
console.log('| phase | 2xx/s | p50 ms | p90 ms | p99 ms | max ms | 2xx | non-2xx | errors | server CPU µs/req |');
console.log('|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|');
for (const r of rows) {
  console.log(
    `| ${r.name} | ${r.perSecond} | ${r.p50} | ${r.p90} | ${r.p99} | ${r.max} | ${r.ok} | ${r.non2xx} | ${r.errors} | ${r.cpuPerRequest} |`,
  );
}
const totals = readFileSync(logFile, 'utf8')
  .split('\n')
  .filter((l) => l.includes('group commit totals'))
  .map((l) => JSON.parse(l) as { batches: number; requests: number })[0];
if (totals) {
  console.log(
    `group commit: ${totals.requests} appends in ${totals.batches} transactions (${(totals.requests / Math.max(1, totals.batches)).toFixed(1)} per fsync)`,
  );
}
console.log(`events in the file after the run: ${events} (every acknowledged receipt, warm-up included)`);
const targets = [
  ['receive >= 5000 commands/s', receive.perSecond >= 5000],
  ['receive p99 < 50 ms', receive.p99 < 50],
  ['report >= 3000 req/s', report.perSecond >= 3000],
  ['report p99 < 50 ms', report.p99 < 50],
] as const;
for (const [t, ok] of targets) console.log(`${ok ? 'met ' : 'MISS'} ${t}`);
writeFileSync(join(values.dir, 'result.json'), JSON.stringify({ rows, events, targets }, null, 2));
