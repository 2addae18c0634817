// The reliability checks of issue 16 as plain functions over real processes: the test run calls them small
// (tests/reliability.test.ts) and `pnpm bench:soak` calls them at scale (bench/soak.ts). Nothing is mocked:
// the built `motcua` on a SQLite file and a port, kill -9, and HTTP over loopback. Every loop is bounded in
// count and in time. No vitest here, so the soak runs under plain node.
import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { createWriteStream, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { trackingBook } from '../bench/book.js';
import { listeningUrl, MAIN } from './cli-support.js';

const trackingBookText = (rows: number, variant: number): string =>
  trackingBook(rows, variant % 2 === 0 ? ['Hộ tịch', 'Chứng thực'] : ['Đất đai', 'Bảo trợ xã hội'], variant % 3 === 0);

// Started with the flag `motcua serve` would restart itself with, so the server is this very process and
// a kill -9 hits it (not a parent that would stop it gracefully).
const SERVE_FLAGS = ['--max-semi-space-size=64'];

export const ADMIN_KEY = 'reliability-admin-0123456789abcdef';
export const CLERK_KEY = 'reliability-clerk-0123456789abcdef';
const KEYS = [
  { key: ADMIN_KEY, role: 'admin', offices: ['*'], name: 'admin' },
  { key: CLERK_KEY, role: 'clerk', offices: ['A'], name: 'clerk-a' },
];
export const OFFICE = 'A';

export interface Served {
  readonly child: ChildProcess;
  readonly url: string;
}

/** `motcua serve` on a free port; resolves once it says where it listens. Logs (JSON) go to `logFile`. */
export async function startServe(dir: string, db: string, logFile?: string): Promise<Served> {
  const keys = join(dir, 'keys.json');
  writeFileSync(keys, JSON.stringify(KEYS));
  const args = [...SERVE_FLAGS, MAIN, 'serve', '--db', db, '--create', '--allow-new-offices', '--port', '0'];
  const child = spawn(process.execPath, [...args, '--keys', keys, '--lang', 'en'], {
    stdio: ['ignore', logFile ? 'pipe' : 'ignore', 'pipe'],
  });
  if (logFile && child.stdout) child.stdout.pipe(createWriteStream(logFile, { flags: 'a' }));
  const url = await listeningUrl(child, 30_000);
  return { child, url };
}

export async function stop(served: Served, signal: NodeJS.Signals): Promise<void> {
  if (served.child.exitCode !== null || served.child.signalCode !== null) return;
  const exited = new Promise((r) => served.child.once('exit', r));
  served.child.kill(signal);
  await exited;
}

const receive = (code: string) => ({
  dossierCode: code,
  procedureCode: '1.001193',
  channel: 'online',
  receivedAt: '2024-01-15T08:30:00+07:00',
  applicantRef: `APPLICANT-SECRET-${code}`,
});

/** `motcua verify` on the ledger (the server stopped): true when it passes. */
export function verifies(db: string): { ok: boolean; output: string } {
  const r = spawnSync(process.execPath, [MAIN, 'verify', '--db', db, '--lang', 'en'], {
    encoding: 'utf8',
    timeout: 120_000,
  });
  return { ok: r.status === 0, output: r.stdout + r.stderr };
}

export interface KillReport {
  cycles: number;
  acknowledged: number;
  lost: string[];
  verifyFailures: string[];
}

/**
 * Cycles of: serve, `clients` concurrent writers receiving dossiers for `loadMs`, kill -9 mid-load, restart;
 * then every dossier acknowledged with a 2xx must be in the ledger (read back through the API after the
 * restart, so the check does not depend on how streams are named) and `motcua verify` must pass.
 */
export async function serveKillCycles(opts: {
  cycles: number;
  loadMs: number;
  clients: number;
  deadlineMs: number;
}): Promise<KillReport> {
  const dir = mkdtempSync(join(tmpdir(), 'motcua-kill-'));
  const db = join(dir, 'ledger.db');
  const acked = new Set<string>();
  const report: KillReport = { cycles: 0, acknowledged: 0, lost: [], verifyFailures: [] };
  const deadline = Date.now() + opts.deadlineMs;
  let next = 0;
  try {
    for (let cycle = 0; cycle < opts.cycles && Date.now() < deadline; cycle++) {
      const served = await startServe(dir, db);
      const until = Date.now() + opts.loadMs;
      let killed = false;
      const client = async () => {
        while (!killed && Date.now() < until) {
          const code = `K${cycle}-${next++}`;
          try {
            const res = await fetch(`${served.url}/v1/offices/${OFFICE}/dossiers`, {
              method: 'POST',
              headers: {
                authorization: `Bearer ${ADMIN_KEY}`,
                'content-type': 'application/json',
                'idempotency-key': `idem-${code}`,
              },
              body: JSON.stringify(receive(code)),
              signal: AbortSignal.timeout(10_000),
            });
            if (res.status >= 200 && res.status < 300) acked.add(code);
            await res.arrayBuffer();
          } catch {
            // The server was killed under this request: not acknowledged, so it may or may not be there.
          }
        }
      };
      const load = Promise.all(Array.from({ length: opts.clients }, client));
      // Killed while the writers are still writing, somewhere past the middle of the load.
      await new Promise((r) => setTimeout(r, opts.loadMs * (0.5 + Math.random() * 0.4)));
      killed = true;
      await stop(served, 'SIGKILL');
      await load;
      report.cycles++;
      const check = verifies(db);
      if (!check.ok) report.verifyFailures.push(`cycle ${cycle}: ${check.output.slice(0, 500)}`);
    }
    // Read back through a fresh server: every acknowledged dossier is counted in received.total.
    const served = await startServe(dir, db);
    try {
      const res = await fetch(
        `${served.url}/v1/offices/${OFFICE}/reports/form06/drill-down?from=2024-01-01&to=2024-12-31&cell=received.total`,
        { headers: { authorization: `Bearer ${ADMIN_KEY}` } },
      );
      const body = (await res.json()) as { dossiers?: string[] };
      const stored = new Set(body.dossiers ?? []);
      for (const code of acked) if (!stored.has(code)) report.lost.push(code);
    } finally {
      await stop(served, 'SIGTERM');
    }
    report.acknowledged = acked.size;
    return report;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

interface Operation {
  readonly method: string;
  readonly path: string;
  readonly query: readonly string[];
  readonly hasBody: boolean;
}

/** Every operation of the served OpenAPI document, with its query parameter names. */
export async function operationsOf(url: string): Promise<Operation[]> {
  const doc = (await (await fetch(`${url}/openapi.json`)).json()) as {
    paths: Record<string, Record<string, { parameters?: Array<{ in: string; name: string }>; requestBody?: unknown }>>;
  };
  const ops: Operation[] = [];
  for (const [path, methods] of Object.entries(doc.paths)) {
    for (const [method, op] of Object.entries(methods)) {
      if (!['get', 'post', 'put', 'patch', 'delete', 'head'].includes(method)) continue;
      const query = (op.parameters ?? []).filter((p) => p.in === 'query').map((p) => p.name);
      ops.push({ method: method.toUpperCase(), path, query, hasBody: op.requestBody !== undefined });
    }
  }
  return ops;
}

const segment = fc.oneof(
  fc.constantFrom(OFFICE, 'B', 'MADEUP', 'received.total', 'resolved.late', 'K0-1', 'F-1', 'P', 'D1'),
  fc.string({ maxLength: 80 }),
  fc.constantFrom('..', '%00', '%', '%E2%82', 'a'.repeat(300), 'Hộ tịch', '-', '.', '_'),
);
const queryValue = fc.oneof(
  fc.constantFrom('2024', '1', '13', '-1', '2024-01-01', '2024-13-45', 'calendar', 'cutoff', 'received.total', ''),
  fc.constantFrom('2024-04-01T00:00:00+07:00', 'not-a-time', '9'.repeat(40), 'Hộ tịch'),
  fc.string({ maxLength: 60 }),
);
const header = (values: readonly string[]) =>
  fc.option(fc.oneof(fc.constantFrom(...values), fc.string({ maxLength: 40 })));
const body = fc.oneof(
  fc.record({
    dossierCode: fc.oneof(fc.constantFrom('F-1', 'F-2'), fc.string({ maxLength: 40 })),
    procedureCode: fc.oneof(fc.constant('1.001193'), fc.string({ maxLength: 12 })),
    channel: fc.constantFrom('online', 'direct', 'postal', 'pigeon'),
    receivedAt: fc.constantFrom('2024-01-15T08:30:00+07:00', '2024-02-30', 'yesterday'),
    at: fc.constantFrom('2024-01-20T08:30:00+07:00', 'soon'),
    applicantRef: fc.constant('APPLICANT-SECRET-FUZZ'),
  }),
  fc.json({ maxDepth: 3 }).map((j) => JSON.parse(j) as unknown),
  fc.string({ maxLength: 200 }),
);

export interface FuzzRequest {
  method: string;
  path: string;
  headers: Record<string, string>;
  body?: string;
}

const requestOf = (ops: readonly Operation[]) =>
  fc
    .record({
      op: fc.constantFrom(...ops),
      segments: fc.array(segment, { minLength: 3, maxLength: 3 }),
      query: fc.array(fc.tuple(fc.nat(), queryValue), { maxLength: 5 }),
      auth: fc.constantFrom('admin', 'clerk', 'bad', 'none'),
      lang: header(['en', 'vi', 'en-US,en;q=0.9', 'vi;q=0.1, en;q=0.9', '*']),
      lastEventId: header(['0', '1', '99999999999999999999', '-1']),
      idem: header(['idem-1', 'x'.repeat(300)]),
      ifMatch: header(['"1"', 'W/"2"', '*', '"abc"']),
      body: fc.option(body),
      contentType: fc.constantFrom('application/json', 'text/plain', 'application/json; charset=utf-8'),
    })
    .map((r): FuzzRequest => {
      let i = 0;
      const path = r.op.path.replace(/\{[^}]+\}/g, () => encodeURIComponent(r.segments[i++ % 3] ?? ''));
      const params = new URLSearchParams();
      for (const [k, v] of r.query) if (r.op.query.length > 0) params.append(r.op.query[k % r.op.query.length]!, v);
      const headers: Record<string, string> = {};
      if (r.auth === 'admin') headers.authorization = `Bearer ${ADMIN_KEY}`;
      if (r.auth === 'clerk') headers.authorization = `Bearer ${CLERK_KEY}`;
      if (r.auth === 'bad') headers.authorization = 'Bearer not-a-key-0123456789';
      if (r.lang !== null) headers['accept-language'] = r.lang;
      if (r.lastEventId !== null) headers['last-event-id'] = r.lastEventId;
      if (r.idem !== null) headers['idempotency-key'] = r.idem;
      if (r.ifMatch !== null) headers['if-match'] = r.ifMatch;
      const q = params.toString();
      const req: FuzzRequest = { method: r.op.method, path: q ? `${path}?${q}` : path, headers };
      if (r.body !== null && r.op.method !== 'GET' && r.op.method !== 'HEAD') {
        req.body = typeof r.body === 'string' ? r.body : JSON.stringify(r.body);
        headers['content-type'] = r.contentType;
      }
      return req;
    });

/**
 * Sends one request: the answer's status, 'hang' when it did not finish within `timeoutMs`, or 'no answer'
 * when the connection failed without one.
 */
export async function send(url: string, req: FuzzRequest, timeoutMs: number): Promise<number | 'hang' | 'no answer'> {
  const ctl = new AbortController();
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    ctl.abort();
  }, timeoutMs);
  try {
    const res = await fetch(url + req.path, {
      method: req.method,
      headers: req.headers,
      ...(req.body !== undefined ? { body: req.body } : {}),
      signal: ctl.signal,
    });
    // A live stream answers with headers and then stays open: the headers are the answer.
    if ((res.headers.get('content-type') ?? '').includes('text/event-stream')) ctl.abort();
    else await res.arrayBuffer();
    return res.status;
  } catch {
    return timedOut ? 'hang' : 'no answer';
  } finally {
    clearTimeout(timer);
  }
}

export interface FuzzReport {
  requests: number;
  serverErrors: string[];
  hangs: string[];
  /** Connections closed with no answer at all. */
  unanswered: string[];
  leaks: string[];
  /** How many answers of each status (or hang / no answer): shows what the fuzzer reached. */
  statuses: Record<string, number>;
}

/**
 * Property-based requests against a real `motcua serve`, over every route of its /openapi.json: no 5xx, no
 * request left without an answer, and neither a key nor an applicant's reference in the server's log.
 */
export async function fuzzServer(opts: { runs: number; seed?: number; timeoutMs: number }): Promise<FuzzReport> {
  const dir = mkdtempSync(join(tmpdir(), 'motcua-fuzz-'));
  const log = join(dir, 'server.log');
  const served = await startServe(dir, join(dir, 'ledger.db'), log);
  const report: FuzzReport = { requests: 0, serverErrors: [], hangs: [], unanswered: [], leaks: [], statuses: {} };
  try {
    // Something to read and to act on: dossier F-1 of office A.
    await fetch(`${served.url}/v1/offices/${OFFICE}/dossiers`, {
      method: 'POST',
      headers: { authorization: `Bearer ${ADMIN_KEY}`, 'content-type': 'application/json' },
      body: JSON.stringify(receive('F-1')),
    });
    const ops = await operationsOf(served.url);
    await fc.assert(
      fc.asyncProperty(requestOf(ops), async (req) => {
        report.requests++;
        const status = await send(served.url, req, opts.timeoutMs);
        const shown = `${req.method} ${req.path.slice(0, 200)}`;
        report.statuses[status] = (report.statuses[status] ?? 0) + 1;
        if (status === 'hang') report.hangs.push(shown);
        else if (status === 'no answer') report.unanswered.push(shown);
        else if (status >= 500) report.serverErrors.push(`${status} ${shown}`);
        return true;
      }),
      { numRuns: opts.runs, ...(opts.seed !== undefined ? { seed: opts.seed } : {}) },
    );
  } finally {
    await stop(served, 'SIGTERM');
    const text = readFileSync(log, 'utf8');
    for (const secret of [ADMIN_KEY, CLERK_KEY, 'APPLICANT-SECRET']) {
      if (text.includes(secret)) report.leaks.push(secret.slice(0, 24));
    }
    if (text.length === 0) report.leaks.push('(the server wrote no log at all: nothing was checked)');
    rmSync(dir, { recursive: true, force: true });
  }
  return report;
}

export interface BookFuzzReport {
  books: number;
  rows: number;
  imported: number;
  refused: number;
  /** Runs that ended other than 0 (imported) or 1 (refused with a message), or printed a stack trace. */
  crashes: string[];
  /** Refused books that left a ledger behind (a refusal must write nothing). */
  leftovers: string[];
}

const BAD_CELLS = [
  '',
  '"',
  '""',
  'x'.repeat(5000),
  '2024-13-45',
  '15/01/2024',
  '2024-02-30T25:61:00+07:00',
  'Hộ tịch',
  'pigeon',
  '\u0000',
  '=cmd|calc',
  '-1',
  '1e309',
  '😀',
  'DS,1',
  '\r',
];

/**
 * Tracking books with random rows spoiled (a bad cell, a short or long row, a quote left open), each imported
 * into a new ledger by the built CLI: every run ends in an import (0) or a refusal with a message (1), never
 * a crash, and a refusal leaves no ledger behind.
 */
export function fuzzBooks(opts: {
  books: number;
  rowsPerBook: number;
  spoilRate: number;
  seed: number;
  deadlineMs: number;
}): BookFuzzReport {
  const dir = mkdtempSync(join(tmpdir(), 'motcua-book-fuzz-'));
  const report: BookFuzzReport = { books: 0, rows: 0, imported: 0, refused: 0, crashes: [], leftovers: [] };
  let seed = opts.seed;
  const rnd = () => {
    seed = (seed * 1103515245 + 12345) & 0x7fffffff;
    return seed / 0x7fffffff;
  };
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)] as T;
  const deadline = Date.now() + opts.deadlineMs;
  try {
    for (let b = 0; b < opts.books && Date.now() < deadline; b++) {
      const lines = trackingBookText(opts.rowsPerBook, b).split('\n');
      for (let i = 1; i < lines.length; i++) {
        if (rnd() >= opts.spoilRate || !lines[i]) continue;
        const cells = (lines[i] as string).split(',');
        const how = rnd();
        if (how < 0.7) cells[Math.floor(rnd() * cells.length)] = pick(BAD_CELLS);
        else if (how < 0.85) cells.pop();
        else cells.push(pick(BAD_CELLS));
        lines[i] = cells.join(',');
      }
      const book = join(dir, `book-${b}.csv`);
      writeFileSync(book, lines.join('\n'));
      const db = join(dir, `ledger-${b}.db`);
      const r = spawnSync(process.execPath, [MAIN, 'import', '--db', db, '--office', `F${b}`, book], {
        encoding: 'utf8',
        timeout: 120_000,
      });
      report.books++;
      report.rows += lines.length - 1;
      const trace = /\n\s+at .+:\d+:\d+\)?\n/.test(r.stderr);
      if (r.status === 0 && !trace) report.imported++;
      else if (r.status === 1 && !trace && r.stderr.trim() !== '') {
        report.refused++;
        if (existsSync(db)) report.leftovers.push(`book ${b}`);
      } else report.crashes.push(`book ${b}: exit ${r.status} ${r.signal ?? ''} ${r.stderr.slice(0, 300)}`);
      rmSync(db, { force: true });
      rmSync(book, { force: true });
    }
    return report;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
