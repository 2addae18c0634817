// Event-store benchmark (never part of the test run): SQLite with synchronous = FULL on a real disk.
//   pnpm bench:store                      # 1M events, 5k single appends, files under bench/out/
//   pnpm bench:store -- --events 200000   # smaller run
// Measures, in one run: single-event appends (one transaction + fsync each), batched appends
// (appendMany, one transaction per batch), readAll, the floor (the same rows read with the same
// paging and JSON.parse alone), and verify. Event generation is outside the timed sections.
import { randomUUID } from 'node:crypto';
import { mkdirSync, rmSync, statSync } from 'node:fs';
import os from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { type AppendRequest, type NewEvent, openSqliteStore, verifyChain } from '@motcua/store';
import Database from 'better-sqlite3';

const { values } = parseArgs({
  args: process.argv.slice(2).filter((a) => a !== '--'),
  options: {
    events: { type: 'string', default: '1000000' },
    single: { type: 'string', default: '5000' },
    batch: { type: 'string', default: '1000' },
    dir: { type: 'string', default: resolve(import.meta.dirname, 'out') },
    keep: { type: 'boolean', default: false },
  },
});
const TOTAL = Number(values.events);
const SINGLE = Number(values.single);
const BATCH = Number(values.batch);
const EVENTS_PER_DOSSIER = 5;
const OFFICE = 'BENCH01';
mkdirSync(values.dir, { recursive: true });

const meta = (i: number) => {
  const commandId = randomUUID();
  return {
    eventId: randomUUID(),
    occurredAt: `2024-0${1 + (i % 3)}-1${i % 10}T0${i % 10}:15:00+07:00`,
    actor: `officer-${i % 5}`,
    office: OFFICE as never,
    correlationId: commandId,
    causationId: null,
    commandId,
  };
};

/** One dossier's life: receipt, digitisation, decision, result, rating. Every event its own command. */
function dossier(n: number): AppendRequest {
  const code = `HS-${n}`;
  const events: NewEvent[] = [
    {
      type: 'DossierReceived',
      schemaVersion: 1,
      meta: meta(n),
      data: {
        office: OFFICE,
        dossierCode: code,
        procedureCode: '1.001612',
        field: n % 3 === 0 ? 'Hộ tịch' : n % 3 === 1 ? 'Chứng thực' : 'Bảo trợ xã hội',
        channel: n % 10 === 0 ? 'direct' : 'online',
        receivedAt: '2024-01-15T08:30:00+07:00',
        dueAt: '2024-01-18T17:00:00+07:00',
        applicantRef: `ref-${n}`,
      },
    },
    { type: 'DossierDigitised', schemaVersion: 1, meta: meta(n + 1), data: { what: 'papers' } },
    { type: 'DossierResolved', schemaVersion: 1, meta: meta(n + 2), data: { decision: 'approved', note: null } },
    { type: 'ResultReturned', schemaVersion: 1, meta: meta(n + 3), data: {} },
    {
      type: 'SatisfactionRated',
      schemaVersion: 1,
      meta: meta(n + 4),
      data: { score: 1 + (n % 5), complaint: false, comment: 'Cán bộ hướng dẫn tận tình' },
    },
  ];
  return { streamId: `dossier-${OFFICE}-${code}`, events, expectedRevision: 'no-stream' };
}

const ms = (t0: bigint) => Number(process.hrtime.bigint() - t0) / 1e6;
const rate = (n: number, msec: number) => Math.round((n / msec) * 1000);
const fmt = (n: number) => n.toLocaleString('en-US');
const results: Record<string, unknown> = {};
const line = (label: string, n: number, msec: number) => {
  console.log(
    `${label.padEnd(34)} ${fmt(n).padStart(10)} events ${(msec / 1000).toFixed(2).padStart(8)} s ${fmt(rate(n, msec)).padStart(10)} ev/s`,
  );
  results[label] = { events: n, ms: Math.round(msec), perSecond: rate(n, msec) };
};

console.log(
  `node ${process.version}, ${os.cpus().length} × ${os.cpus()[0]?.model}, ${Math.round(os.totalmem() / 2 ** 30)} GiB, ${os.platform()} ${os.release()}`,
);
console.log(`files in ${values.dir}; synchronous = FULL, journal = WAL\n`);

// 1. Single-event appends: one transaction and one fsync each.
{
  const path = join(values.dir, 'bench-single.db');
  rmSync(path, { force: true });
  rmSync(`${path}-wal`, { force: true });
  const store = openSqliteStore({ path });
  let total = 0;
  for (let i = 0; i < SINGLE; i++) {
    const req = dossier(i);
    const first = req.events[0]!;
    const t0 = process.hrtime.bigint();
    await store.append(req.streamId, [first], 'no-stream');
    total += ms(t0);
  }
  line('single-event append', SINGLE, total);
  await store.close();
  rmSync(path, { force: true });
}

// 2. Batched appends: appendMany, BATCH events per transaction.
const path = join(values.dir, 'bench-1m.db');
for (const f of [path, `${path}-wal`, `${path}-shm`]) rmSync(f, { force: true });
{
  const store = openSqliteStore({ path });
  let appended = 0;
  let total = 0;
  let n = 0;
  while (appended < TOTAL) {
    const reqs: AppendRequest[] = [];
    for (let k = 0; k < BATCH / EVENTS_PER_DOSSIER && appended < TOTAL; k++) {
      reqs.push(dossier(n++));
      appended += EVENTS_PER_DOSSIER;
    }
    const t0 = process.hrtime.bigint();
    await store.appendMany(reqs);
    total += ms(t0);
  }
  line(`batched append (${BATCH}/transaction)`, appended, total);
  await store.close();
}
console.log(`ledger file: ${(statSync(path).size / 2 ** 20).toFixed(0)} MiB`);

// 3. readAll against the floor, alternated twice so neither gets the colder cache; best of two.
{
  const store = openSqliteStore({ path, readonly: true });
  const raw = new Database(path, { readonly: true });
  const page = raw
    .prepare(
      'SELECT position, stream_id, revision, type, schema_version, recorded_at, data, meta, hash FROM events WHERE position >= ? AND position <= ? ORDER BY position LIMIT ?',
    )
    .raw();
  const floor = () => {
    const t0 = process.hrtime.bigint();
    let count = 0;
    let from = 0;
    let sink = 0;
    for (;;) {
      const rows = page.all(from, Number.MAX_SAFE_INTEGER, 1000) as Array<
        [number, string, number, string, number, string, string, string, string]
      >;
      for (const r of rows) {
        const d = JSON.parse(r[6]);
        const m = JSON.parse(r[7]);
        if (d && m) sink++;
      }
      count += rows.length;
      if (rows.length < 1000) break;
      from = rows[rows.length - 1]![0] + 1;
    }
    if (sink !== count) throw new Error('floor sink mismatch');
    return { count, msec: ms(t0) };
  };
  const readAll = async () => {
    const t0 = process.hrtime.bigint();
    let count = 0;
    for await (const b of store.readAll({ batchSize: 1000 })) count += b.length;
    return { count, msec: ms(t0) };
  };
  const f1 = floor();
  const r1 = await readAll();
  const f2 = floor();
  const r2 = await readAll();
  const f = f1.msec < f2.msec ? f1 : f2;
  const r = r1.msec < r2.msec ? r1 : r2;
  line('floor (same rows + JSON.parse)', f.count, f.msec);
  line('readAll', r.count, r.msec);
  const ratio = f.msec / r.msec;
  console.log(`readAll / floor throughput: ${ratio.toFixed(2)} (target >= 0.80)`);
  results.readAllToFloor = Number(ratio.toFixed(3));
  raw.close();
  await store.close();
}

// 4. verify: recompute the whole hash chain.
{
  const t0 = process.hrtime.bigint();
  const v = await verifyChain(path);
  const msec = ms(t0);
  if (!v.ok) throw new Error(`verify failed at ${v.firstBadPosition}: ${v.reason}`);
  line('verify', Number(v.size), msec);
}

console.log(`\ntargets: batched append >= 50,000 ev/s; readAll >= 0.8 x floor; verify >= 300,000 ev/s`);
console.log(
  JSON.stringify({ machine: `${os.cpus().length} cores ${os.cpus()[0]?.model}`, node: process.version, results }),
);
if (!values.keep) for (const f of [path, `${path}-wal`, `${path}-shm`]) rmSync(f, { force: true });
