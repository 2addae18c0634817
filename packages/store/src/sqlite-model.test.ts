// Model-based test: random sequences of appends (right and wrong expected revisions), retries,
// close-and-reopen and raw-SQL tampering run against a real SQLite file and a tiny model.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import fc from 'fast-check';
import { afterAll, expect, it } from 'vitest';
import type { AppendResult, ExpectedRevision, NewEvent } from './port.js';
import { WrongExpectedRevision } from './port.js';
import { openSqliteStore, type SqliteStore } from './sqlite/sqlite.js';
import { digitised, received, streamOf } from './test-support.js';

const dir = mkdtempSync(join(tmpdir(), 'motcua-model-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const CODES = ['M0', 'M1', 'M2'];

interface Model {
  readonly streams: Map<string, number>; // events per stream
  size: number; // events in the log
  readonly done: Array<{ streamId: string; events: NewEvent[]; expected: ExpectedRevision; result: AppendResult }>;
  /** Lowest position touched by tampering, once tampered. */
  tamperedAt: number | null;
}

interface Real {
  store: SqliteStore;
  readonly path: string;
}

type Cmd = fc.AsyncCommand<Model, Real>;

const expectedFor = (count: number | undefined): ExpectedRevision =>
  count === undefined ? 'no-stream' : BigInt(count - 1);

function eventsFor(code: string, existing: number | undefined, n: number): NewEvent[] {
  return Array.from({ length: n }, (_, i) => (existing === undefined && i === 0 ? received(code) : digitised()));
}

const appendRight = (s: number, n: number): Cmd => ({
  check: (m) => m.tamperedAt === null,
  async run(m, r) {
    const code = CODES[s]!;
    const streamId = streamOf(code);
    const count = m.streams.get(streamId);
    const events = eventsFor(code, count, n);
    const expected = expectedFor(count);
    const result = await r.store.append(streamId, events, expected);
    expect(result).toEqual({
      nextRevision: BigInt((count ?? 0) + n - 1),
      position: BigInt(m.size + n),
      deduplicated: false,
    });
    m.streams.set(streamId, (count ?? 0) + n);
    m.size += n;
    m.done.push({ streamId, events, expected, result });
  },
  toString: () => `appendRight(${CODES[s]}, ${n})`,
});

const appendWrong = (s: number, off: number): Cmd => ({
  check: (m) => m.tamperedAt === null,
  async run(m, r) {
    const code = CODES[s]!;
    const streamId = streamOf(code);
    const count = m.streams.get(streamId);
    const wrong: ExpectedRevision =
      count === undefined
        ? off % 2 === 0
          ? 'stream-exists'
          : BigInt(off)
        : off === 0
          ? 'no-stream'
          : BigInt(count - 1 + off);
    await expect(r.store.append(streamId, eventsFor(code, count, 1), wrong)).rejects.toBeInstanceOf(
      WrongExpectedRevision,
    );
    expect(await r.store.headPosition()).toBe(m.size === 0 ? -1n : BigInt(m.size));
  },
  toString: () => `appendWrong(${CODES[s]}, +${off})`,
});

const retry = (k: number): Cmd => ({
  check: (m) => m.tamperedAt === null && m.done.length > 0,
  async run(m, r) {
    const d = m.done[k % m.done.length]!;
    const again = await r.store.append(d.streamId, d.events, d.expected);
    expect(again).toEqual({ ...d.result, deduplicated: true });
    expect(await r.store.headPosition()).toBe(BigInt(m.size));
  },
  toString: () => `retry(#${k})`,
});

const reopen = (): Cmd => ({
  check: () => true,
  async run(m, r) {
    await r.store.close();
    r.store = openSqliteStore({ path: r.path });
    if (m.tamperedAt === null) {
      for (const [streamId, count] of m.streams) expect(await r.store.readStream(streamId)).toHaveLength(count);
    }
  },
  toString: () => 'reopen',
});

const tamper = (kind: 'update' | 'delete', at: number): Cmd => ({
  check: (m) => m.size > 0,
  async run(m, r) {
    const position = (at % m.size) + 1;
    const db = new Database(r.path);
    const sql =
      kind === 'update'
        ? `UPDATE events SET data = json_set(data, '$.tampered', 1) WHERE position = ?`
        : 'DELETE FROM events WHERE position = ?';
    const changed = db.prepare(sql).run(position).changes;
    db.close();
    if (changed > 0) m.tamperedAt = Math.min(m.tamperedAt ?? position, position);
  },
  toString: () => `tamper(${kind}, ${at})`,
});

const verify = (): Cmd => ({
  check: () => true,
  async run(m, r) {
    const v = await r.store.verify();
    if (m.tamperedAt === null) {
      expect(v).toMatchObject({ ok: true, size: BigInt(m.size) });
    } else {
      expect(v).toMatchObject({ ok: false, firstBadPosition: BigInt(m.tamperedAt) });
    }
  },
  toString: () => 'verify',
});

it('SQLite store agrees with the model through appends, conflicts, retries, reopen and tampering', async () => {
  let run = 0;
  const commands = [
    fc.tuple(fc.nat(2), fc.integer({ min: 1, max: 4 })).map(([s, n]) => appendRight(s, n)),
    fc.tuple(fc.nat(2), fc.integer({ min: 0, max: 3 })).map(([s, o]) => appendWrong(s, o)),
    fc.nat(50).map(retry),
    fc.constant(null).map(reopen),
    fc.tuple(fc.constantFrom('update' as const, 'delete' as const), fc.nat(40)).map(([k, a]) => tamper(k, a)),
    fc.constant(null).map(verify),
  ];
  await fc.assert(
    fc.asyncProperty(fc.commands(commands, { maxCommands: 30 }), async (cmds) => {
      const path = join(dir, `model-${++run}.db`);
      const real: Real = { store: openSqliteStore({ path }), path };
      const model: Model = { streams: new Map(), size: 0, done: [], tamperedAt: null };
      try {
        await fc.asyncModelRun(() => ({ model, real }), cmds);
        // Whatever happened, a final verify agrees with the model.
        await verify().run(model, real);
      } finally {
        await real.store.close();
        rmSync(path, { force: true });
      }
    }),
    { numRuns: 40 },
  );
});
