// Crash safety: a child process appends to a SQLite ledger in a loop and prints an ack after each
// append resolves; we SIGKILL it mid-stream (several times, same file) and check that every
// acknowledged event is there and the hash chain still verifies.
import { execFileSync, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { openSqliteStore, verifyChain } from '@motcua/store';
import { afterAll, beforeAll, expect, it } from 'vitest';

const root = fileURLToPath(new URL('..', import.meta.url));
const storeDist = join(root, 'packages/store/dist/index.js');
const dir = mkdtempSync(join(tmpdir(), 'motcua-crash-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

// The child runs the built package, as a deployed server would.
beforeAll(() => {
  execFileSync(process.execPath, [join(root, 'node_modules/typescript/bin/tsc'), '-b', 'packages/store'], {
    cwd: root,
    stdio: 'inherit',
  });
}, 120_000);

const CHILD = `
import { randomUUID } from 'node:crypto';
const { openSqliteStore } = await import(process.env.STORE_DIST);
const store = openSqliteStore({ path: process.env.LEDGER });
const office = 'CRASH';
const tag = process.env.CYCLE;
const meta = () => { const c = randomUUID(); return { eventId: randomUUID(), occurredAt: '2024-02-01T09:00:00+07:00',
  actor: 'crash-test', office, correlationId: c, causationId: null, commandId: c }; };
const received = (code) => ({ type: 'DossierReceived', schemaVersion: 1, meta: meta(), data: { office, dossierCode: code,
  procedureCode: null, field: 'Chứng thực', channel: 'direct', receivedAt: '2024-02-01T09:00:00+07:00',
  dueAt: '2024-02-02T17:00:00+07:00', applicantRef: null } });
const digitised = () => ({ type: 'DossierDigitised', schemaVersion: 1, meta: meta(), data: { what: 'papers' } });
const ack = (streamId, events, r) => { for (const e of events) process.stdout.write('ack ' + streamId + ' ' + e.meta.eventId + '\\n'); };
process.stdout.write('ready\\n');
for (let i = 0; ; i++) {
  const code = 'K' + tag + '-' + i;
  const s = 'dossier-' + office + '-' + code;
  if (i % 3 === 0) {
    const t = 'dossier-' + office + '-' + code + 'b';
    const reqs = [{ streamId: s, events: [received(code), digitised()], expectedRevision: 'no-stream' },
                  { streamId: t, events: [received(code + 'b')], expectedRevision: 'no-stream' }];
    const rs = await store.appendMany(reqs);
    reqs.forEach((q, j) => ack(q.streamId, q.events, rs[j]));
  } else {
    const evs = [received(code)];
    ack(s, evs, await store.append(s, evs, 'no-stream'));
    const more = [digitised(), digitised()];
    ack(s, more, await store.append(s, more, 0n));
  }
}
`;

function runAndKill(ledger: string, cycle: number, killAfterAcks: number): Promise<Array<[string, string]>> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--input-type=module', '-e', CHILD], {
      env: { ...process.env, STORE_DIST: storeDist, LEDGER: ledger, CYCLE: String(cycle) },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const acks: Array<[string, string]> = [];
    let buffer = '';
    let stderr = '';
    let killed = false;
    child.stderr.on('data', (d) => {
      stderr += d;
    });
    child.stdout.on('data', (d: Buffer) => {
      buffer += d.toString('utf8');
      const lines = buffer.split('\n');
      buffer = lines.pop()!;
      for (const line of lines) {
        const [word, stream, eventId] = line.split(' ');
        if (word === 'ack') acks.push([stream!, eventId!]);
      }
      if (!killed && acks.length >= killAfterAcks) {
        killed = true;
        child.kill('SIGKILL');
      }
    });
    child.on('exit', (code, signal) => {
      if (signal === 'SIGKILL') resolve(acks);
      else reject(new Error(`child exited on its own (code ${code}): ${stderr}`));
    });
  });
}

it('every acknowledged append survives SIGKILL, and the chain verifies', async () => {
  const ledger = join(dir, 'crash.db');
  const acked: Array<[string, string]> = [];
  for (const [cycle, killAfter] of [
    [1, 150],
    [2, 437],
    [3, 61],
  ] as const) {
    acked.push(...(await runAndKill(ledger, cycle, killAfter)));
    const v = await verifyChain(ledger);
    expect(
      v.ok,
      JSON.stringify(v, (_k, x) => (typeof x === 'bigint' ? String(x) : x)),
    ).toBe(true);
  }
  expect(acked.length).toBeGreaterThanOrEqual(150 + 437 + 61);
  const store = openSqliteStore({ path: ledger });
  try {
    const byStream = new Map<string, Set<string>>();
    for (const [s] of acked) {
      if (!byStream.has(s)) {
        byStream.set(s, new Set((await store.readStream(s)).map((e) => e.meta.eventId)));
      }
    }
    const missing = acked.filter(([s, id]) => !byStream.get(s)!.has(id));
    expect(missing).toEqual([]);
    const v = await store.verify();
    expect(v.ok).toBe(true);
    // The log may hold a few more events than were acknowledged (committed just before the kill),
    // never fewer.
    if (v.ok) expect(v.size >= BigInt(acked.length)).toBe(true);
  } finally {
    await store.close();
  }
});
