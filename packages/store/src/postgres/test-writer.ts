// Test support: a writer in a child process, as a `motcua serve` instance would be: it opens the
// PostgreSQL store (the built dist, like a user's process) and receives new dossiers on several lanes at
// once, some by single appends and some by group commits (appendBatchSettled), and tells the parent on
// stdout about every write the store acknowledged: `ack <commandId> <position> <deduplicated 0|1>`.
// A write that fails (the server gone) is retried with the same command id, as a client retries a
// request, until it is acknowledged; so a retry of a write that did commit is answered from the log.
// On `stop` (stdin) each lane finishes its current command and the process says `done` and exits.
import { type ChildProcess, spawn } from 'node:child_process';
import { createInterface } from 'node:readline';

const STORE = new URL('../../dist/index.js', import.meta.url).href;
const DOMAIN = new URL('../../../domain/dist/index.js', import.meta.url).href;

const WRITER_SOURCE = `
import { randomUUID } from 'node:crypto';
const { openPostgresStore } = await import(${JSON.stringify(STORE)});
const { dossierStreamId } = await import(${JSON.stringify(DOMAIN)});
const { url, prefix, lanes, office } = JSON.parse(process.env.MOTCUA_WRITER);
const out = (line) => process.stdout.write(line + '\\n');
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
const store = await openPostgresStore({ connectionString: url, poolSize: lanes + 1, connectTimeoutMs: 2000 });
let stopping = false;
process.stdin.on('data', (d) => { if (String(d).includes('stop')) stopping = true; });
let n = 0;
function receive() {
  const code = prefix + (n++);
  const commandId = randomUUID();
  const at = new Date().toISOString();
  return {
    commandId,
    request: {
      streamId: dossierStreamId(office, code),
      expectedRevision: 'no-stream',
      events: [{
        type: 'DossierReceived', schemaVersion: 1,
        data: { office, dossierCode: code, procedureCode: '1.001612', field: 'Hộ tịch', channel: 'online',
                receivedAt: '2024-01-15T08:30:00+07:00', dueAt: '2024-01-18T17:00:00+07:00', applicantRef: null },
        meta: { eventId: randomUUID(), occurredAt: at, actor: 'failover-writer', office, correlationId: commandId,
                causationId: null, commandId },
      }],
    },
  };
}
async function lane(group) {
  while (!stopping) {
    let pending = Array.from({ length: group }, receive);
    for (let attempt = 0; pending.length > 0; attempt++) {
      if (attempt > 0) await sleep(50);
      if (attempt > 400) { for (const p of pending) out('gaveup ' + p.commandId); break; }
      try {
        const results = group === 1
          ? [await store.append(pending[0].request.streamId, pending[0].request.events, 'no-stream')]
          : await store.appendBatchSettled(pending.map((p) => p.request));
        const left = [];
        results.forEach((r, i) => {
          if (r instanceof Error) { out('err ' + pending[i].commandId + ' ' + (r.code ?? r.message)); left.push(pending[i]); }
          else out('ack ' + pending[i].commandId + ' ' + r.position + ' ' + (r.deduplicated ? 1 : 0));
        });
        pending = left;
      } catch (e) {
        for (const p of pending) out('err ' + p.commandId + ' ' + (e.code ?? e.message));
      }
    }
  }
}
out('ready');
await Promise.all(Array.from({ length: lanes }, (_, i) => lane(i % 2 === 0 ? 1 : 3)));
await store.close();
out('done');
process.exit(0);
`;

export interface Ack {
  readonly position: bigint;
  readonly deduplicated: boolean;
  /** Index of the ack in arrival order. */
  readonly seq: number;
}

export interface Writer {
  /** Every acknowledged command id with its position, in arrival order. */
  readonly acks: Map<string, Ack>;
  /** Failed attempts (retried), and commands given up on (never acknowledged). */
  readonly errors: number;
  readonly gaveUp: Set<string>;
  /** Resolves once `acks.size` reaches `count` (rejects after `timeoutMs`, or if the writer dies). */
  acked(count: number, timeoutMs: number): Promise<void>;
  /** Asks the lanes to finish and waits (bounded) for the process to end. */
  stop(timeoutMs?: number): Promise<void>;
}

export async function startWriter(url: string, options: { lanes?: number; prefix?: string } = {}): Promise<Writer> {
  const config = { url, prefix: options.prefix ?? 'F', lanes: options.lanes ?? 4, office: 'DS01' };
  const child: ChildProcess = spawn(process.execPath, ['--input-type=module', '-e', WRITER_SOURCE], {
    env: { ...process.env, MOTCUA_WRITER: JSON.stringify(config) },
    stdio: ['pipe', 'pipe', 'pipe'],
  });
  let stderr = '';
  child.stderr!.on('data', (d) => {
    stderr = (stderr + String(d)).slice(-4000);
  });
  const acks = new Map<string, Ack>();
  const gaveUp = new Set<string>();
  let errors = 0;
  let ready = false;
  let ended = false;
  const waiters = new Set<() => void>();
  const wake = () => {
    for (const w of [...waiters]) w();
  };
  createInterface({ input: child.stdout! }).on('line', (line) => {
    const [kind, id, position, dedup] = line.split(' ');
    if (kind === 'ack') acks.set(id!, { position: BigInt(position!), deduplicated: dedup === '1', seq: acks.size });
    else if (kind === 'err') errors++;
    else if (kind === 'gaveup') gaveUp.add(id!);
    else if (kind === 'ready') ready = true;
    wake();
  });
  const exited = new Promise<number | null>((resolve) =>
    child.once('exit', (code) => {
      ended = true;
      wake();
      resolve(code);
    }),
  );
  const until = (cond: () => boolean, timeoutMs: number, what: string) =>
    new Promise<void>((resolve, reject) => {
      const check = () => {
        if (cond()) done(resolve);
        else if (ended) done(() => reject(new Error(`the writer ended before ${what}: ${stderr}`)));
      };
      const timer = setTimeout(
        () => done(() => reject(new Error(`the writer: no ${what} within ${timeoutMs} ms`))),
        timeoutMs,
      );
      const done = (f: () => void) => {
        clearTimeout(timer);
        waiters.delete(check);
        f();
      };
      waiters.add(check);
      check();
    });
  await until(() => ready, 30_000, 'start');
  return {
    acks,
    gaveUp,
    get errors() {
      return errors;
    },
    acked: (count, timeoutMs) => until(() => acks.size >= count, timeoutMs, `${count} acknowledged writes`),
    async stop(timeoutMs = 30_000) {
      if (!child.stdin!.writableEnded) child.stdin!.end('stop\n');
      const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
      const code = await exited;
      clearTimeout(timer);
      if (code !== 0) throw new Error(`the writer exited with ${code}: ${stderr}`);
    },
  };
}
