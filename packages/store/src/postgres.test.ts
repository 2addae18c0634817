// PostgreSQL runs against a real server: a throwaway cluster this file starts (initdb + pg_ctl on a
// free loopback port), or the one MOTCUA_PG_URL names. Skipped, and saying so, only off CI.
import pg from 'pg';
import { describe, expect, it } from 'vitest';
import { generateKeyPair, signCheckpoint, verifyCheckpoint } from './checkpoint.js';
import { runStoreContract } from './contract.js';
import { StoreError, WrongExpectedRevision } from './port.js';
import { openPostgresStore, type PostgresStore } from './postgres/postgres.js';
import { freePort, freshSchema, pgForTests } from './postgres/test-cluster.js';
import { rehashLog } from './postgres/test-rehash.js';
import { digitised, received, streamOf } from './test-support.js';
import { verifyChain } from './verify.js';

const pgt = pgForTests('PostgreSQL contract suite');

// Each store gets a schema of its own: a fresh log, as the suite's clock test needs.
runStoreContract(
  'PostgreSQL',
  ({ clock }) =>
    openPostgresStore({ connectionString: pgt.url(), schema: freshSchema('contract'), ...(clock ? { clock } : {}) }),
  { skip: pgt.skip },
);

/** Runs SQL on the test database outside any store (what an operator, or an attacker, could do). */
async function sql<T extends pg.QueryResultRow = Record<string, unknown>>(text: string, values: unknown[] = []) {
  const c = new pg.Client({ connectionString: pgt.url() });
  await c.connect();
  try {
    return (await c.query<T>(text, values)).rows;
  } finally {
    await c.end();
  }
}

async function refusal(p: Promise<unknown>): Promise<StoreError> {
  const e = await p.then(
    () => undefined,
    (x: unknown) => x,
  );
  expect(e).toBeInstanceOf(StoreError);
  return e as StoreError;
}

const tablesOf = async (schema: string) =>
  (await sql<{ t: string }>('SELECT tablename AS t FROM pg_tables WHERE schemaname = $1 ORDER BY 1', [schema])).map(
    (r) => r.t,
  );

describe.skipIf(pgt.skip)('PostgreSQL specifics', () => {
  const open = (schema: string, extra: Partial<Parameters<typeof openPostgresStore>[0]> = {}) =>
    openPostgresStore({ connectionString: pgt.url(), schema, ...extra });

  it('versions its schema and names the log', async () => {
    const schema = freshSchema();
    const s = await open(schema);
    expect(await tablesOf(schema)).toEqual([
      'commands',
      'events',
      'log_head',
      'schema_version',
      'server_idempotency',
      'store_info',
    ]);
    expect(await sql(`SELECT version FROM ${schema}.schema_version`)).toEqual([{ version: 1 }, { version: 2 }]);
    expect(s.logId).toMatch(/^[0-9a-f]{32}$/);
    await s.close();
    const again = await open(schema); // reopening migrates nothing and keeps the log's name
    expect(again.logId).toBe(s.logId);
    expect(await sql(`SELECT version FROM ${schema}.schema_version`)).toEqual([{ version: 1 }, { version: 2 }]);
    await again.close();
  });

  it('refuses a log of a newer schema version, writing nothing', async () => {
    const schema = freshSchema();
    const s = await open(schema);
    await s.append(streamOf('N1'), [received('N1')], 'no-stream');
    await s.close();
    await sql(`INSERT INTO ${schema}.schema_version (version, why) VALUES (99, 'from the future')`);
    const e = await refusal(open(schema));
    expect(e.code).toBe('UNSUPPORTED');
    expect(e.message).toMatch(/schema version 99, newer than this program's 2; upgrade motcua/);
    expect(await sql(`SELECT count(*)::int AS n FROM ${schema}.events`)).toEqual([{ n: 1 }]);
  });

  it("refuses a schema holding someone else's tables, naming them, and creates nothing", async () => {
    const schema = freshSchema();
    await sql(`CREATE SCHEMA ${schema}; CREATE TABLE ${schema}.invoices (id int)`);
    const e = await refusal(open(schema));
    expect(e.code).toBe('STORE_CORRUPT');
    expect(e.message).toContain('invoices');
    expect(e.message).toContain('not a motcua event log');
    expect(await tablesOf(schema)).toEqual(['invoices']);
    // Tables that merely share our names are not ours either.
    const lookalike = freshSchema();
    await sql(
      `CREATE SCHEMA ${lookalike}; CREATE TABLE ${lookalike}.schema_version (v int);
       CREATE TABLE ${lookalike}.store_info (k text)`,
    );
    const e2 = await refusal(open(lookalike));
    expect(e2.message).toContain('schema_version, store_info');
    expect(await tablesOf(lookalike)).toEqual(['schema_version', 'store_info']);
  });

  it('says what to fix for a wrong connection string, a server that is down, a missing database', async () => {
    const bad = await refusal(openPostgresStore({ connectionString: 'mysql://root@localhost/x' }));
    expect(bad.code).toBe('STORE_UNAVAILABLE');
    expect(bad.message).toContain('postgres://user[:password]@host[:port]/database');
    const port = await refusal(openPostgresStore({ connectionString: 'postgres://u:p@127.0.0.1:99999/d' }));
    expect(port).toMatchObject({ code: 'STORE_UNAVAILABLE', message: expect.stringContaining('the port (1-65535)') });
    const down = await refusal(
      openPostgresStore({ connectionString: `postgres://motcua:s3cret@127.0.0.1:${await freePort()}/x` }),
    );
    expect(down.code).toBe('STORE_UNAVAILABLE');
    expect(down.message).toContain('connection refused: is the server running');
    expect(down.message).toContain('127.0.0.1');
    expect(down.message).not.toContain('s3cret');
    const url = new URL(pgt.url());
    url.pathname = '/no_such_db';
    const missing = await refusal(openPostgresStore({ connectionString: url.href }));
    expect(missing.message).toContain('the database does not exist');
  });

  it('read-only: reads a current log, refuses appends, and creates nothing in an empty schema', async () => {
    const schema = freshSchema();
    const w = await open(schema);
    await w.append(streamOf('RO1'), [received('RO1')], 'no-stream');
    const r = await open(schema, { readonly: true });
    expect(await r.readStream(streamOf('RO1'))).toHaveLength(1);
    await expect(r.append(streamOf('RO2'), [received('RO2')], 'no-stream')).rejects.toMatchObject({
      code: 'UNSUPPORTED',
    });
    await expect(r.beginBulk()).rejects.toMatchObject({ code: 'UNSUPPORTED' });
    expect(await verifyChain(r)).toMatchObject({ ok: true, size: 1n });
    await Promise.all([r.close(), w.close()]);
    const empty = freshSchema();
    const e = await refusal(open(empty, { readonly: true }));
    expect(e).toMatchObject({ code: 'UNSUPPORTED', message: expect.stringContaining('holds no motcua event log') });
    expect(await tablesOf(empty)).toEqual([]);
  });

  it('two instances migrating one empty schema at once create it once', async () => {
    const schema = freshSchema();
    const [a, b] = await Promise.all([open(schema), open(schema)]);
    expect(a.logId).toBe(b.logId);
    expect(await sql(`SELECT version FROM ${schema}.schema_version`)).toEqual([{ version: 1 }, { version: 2 }]);
    await Promise.all([a.close(), b.close()]);
  });

  it('instances on one log share its chain, its conflicts and its idempotency', async () => {
    const schema = freshSchema();
    const a = await open(schema);
    const b = await open(schema);
    await a.append(streamOf('W1'), [received('W1')], 'no-stream');
    await b.append(streamOf('W1'), [digitised()], 0n);
    await expect(a.append(streamOf('W1'), [digitised()], 0n)).rejects.toBeInstanceOf(WrongExpectedRevision);
    const cmd = [digitised()];
    const r = await a.append(streamOf('W1'), cmd, 1n);
    // A retry sent to the other instance writes nothing, even to another stream.
    expect(await b.append(streamOf('W1'), cmd, 1n)).toEqual({ ...r, deduplicated: true });
    const other = [{ ...received('W2'), meta: { ...received('W2').meta, commandId: cmd[0]!.meta.commandId } }];
    expect(await b.append(streamOf('W2'), other, 'no-stream')).toEqual({ ...r, deduplicated: true });
    expect(await b.streamExists(streamOf('W2'))).toBe(false);
    expect(await verifyChain(b)).toMatchObject({ ok: true, size: 3n });
    await a.close();
    await b.close();
  });

  it("a subscription wakes on another instance's commit at once (LISTEN/NOTIFY), not at its next poll", async () => {
    const schema = freshSchema();
    const writer = await open(schema);
    const reader = await open(schema, { pollMs: 3_600_000 }); // polling would wait an hour
    await writer.append(streamOf('L1'), [received('L1')], 'no-stream');
    const sub = reader.subscribe(1n);
    const seen: bigint[] = [];
    const following = (async () => {
      for await (const e of sub) {
        seen.push(e.position);
        if (seen.length === 3) return;
      }
    })();
    await writer.append(streamOf('L1'), [digitised()], 0n);
    const bulk = await writer.beginBulk();
    await bulk.append([{ streamId: streamOf('L1'), events: [digitised()], expectedRevision: 1n }]);
    await bulk.commit();
    // Bounded: a missing notification fails here instead of hanging the run.
    let timer: NodeJS.Timeout | undefined;
    const outcome = await Promise.race([
      following.then(() => 'woken'),
      new Promise((r) => {
        timer = setTimeout(r, 10_000, 'stuck');
      }),
    ]);
    clearTimeout(timer);
    expect(outcome).toBe('woken');
    expect(seen).toEqual([1n, 2n, 3n]);
    await sub.close();
    await Promise.all([writer.close(), reader.close()]);
  });

  it('group commit: one transaction, a refused request refuses only itself', async () => {
    const s = await open(freshSchema());
    await s.append(streamOf('G1'), [received('G1')], 'no-stream');
    const results = await s.appendBatchSettled([
      { streamId: streamOf('G2'), events: [received('G2')], expectedRevision: 'no-stream' },
      { streamId: streamOf('G1'), events: [digitised()], expectedRevision: 5n },
      { streamId: streamOf('G3'), events: [{ ...digitised(), schemaVersion: 99 }], expectedRevision: 'any' },
      { streamId: streamOf('G1'), events: [digitised()], expectedRevision: 0n },
    ]);
    expect(results[0]).toMatchObject({ nextRevision: 0n, position: 2n, deduplicated: false });
    expect(results[1]).toBeInstanceOf(WrongExpectedRevision);
    expect((results[2] as StoreError).code).toBe('INVALID_EVENT');
    expect(results[3]).toMatchObject({ nextRevision: 1n, position: 3n });
    expect(await verifyChain(s)).toMatchObject({ ok: true, size: 3n });
    await s.close();
  });

  it('a bulk write is one transaction: invisible until commit, nothing after a rollback', async () => {
    const schema = freshSchema();
    const s = await open(schema);
    const other = await open(schema);
    await s.append(streamOf('B0'), [received('B0')], 'no-stream');
    const bulk = await s.beginBulk();
    const openB2 = { streamId: streamOf('B2'), events: [received('B2')], expectedRevision: 'no-stream' as const };
    const first = await bulk.append([
      { streamId: streamOf('B1'), events: [received('B1'), digitised()], expectedRevision: 'no-stream' },
      openB2,
    ]);
    expect(first.map((r) => r.position)).toEqual([3n, 4n]);
    // A later call sees the earlier ones: revisions, and a retried command is answered, not rewritten.
    await bulk.append([{ streamId: streamOf('B1'), events: [digitised()], expectedRevision: 1n }]);
    expect(await bulk.append([openB2])).toEqual([{ nextRevision: 0n, position: 4n, deduplicated: true }]);
    expect(bulk.written).toBe(4);
    await expect(s.append(streamOf('B9'), [received('B9')], 'no-stream')).rejects.toMatchObject({
      code: 'UNSUPPORTED',
    });
    expect(await other.headPosition()).toBe(1n); // nothing visible outside the transaction
    // A refused request throws, having written none of its rows.
    await expect(
      bulk.append([{ streamId: streamOf('B2'), events: [digitised()], expectedRevision: 7n }]),
    ).rejects.toBeInstanceOf(WrongExpectedRevision);
    await bulk.commit();
    expect(await other.headPosition()).toBe(5n);
    expect((await other.readStream(streamOf('B1'))).map((e) => e.revision)).toEqual([0n, 1n, 2n]);
    expect(await verifyChain(other)).toMatchObject({ ok: true, size: 5n });
    // Rolled back: nothing stays, and the store writes again.
    const again = await s.beginBulk();
    await again.append([{ streamId: streamOf('B3'), events: [received('B3')], expectedRevision: 'no-stream' }]);
    await again.rollback();
    await expect(again.commit()).rejects.toMatchObject({ code: 'UNSUPPORTED' });
    expect(await other.streamExists(streamOf('B3'))).toBe(false);
    expect((await s.append(streamOf('B3'), [received('B3')], 'no-stream')).position).toBe(6n);
    // A bulk left open when the store closes is rolled back.
    const abandoned = await s.beginBulk();
    await abandoned.append([{ streamId: streamOf('B4'), events: [received('B4')], expectedRevision: 'no-stream' }]);
    await s.close();
    expect(await other.streamExists(streamOf('B4'))).toBe(false);
    expect(await verifyChain(other)).toMatchObject({ ok: true, size: 6n });
    await other.close();
  });

  it('signs a checkpoint that holds while the log is appended to, and fails once history is rewritten', async () => {
    const schema = freshSchema();
    const s = await open(schema);
    await s.append(streamOf('K1'), [received('K1'), digitised()], 'no-stream');
    const { privateKeyPem, publicKeyPem } = generateKeyPair();
    const { checkpoint, text } = await signCheckpoint({ log: s, privateKey: privateKeyPem });
    expect(checkpoint).toMatchObject({ logName: s.logId, size: 2n });
    await s.append(streamOf('K1'), [digitised()], 1n);
    expect(await verifyCheckpoint({ log: s, checkpoint: text, publicKey: publicKeyPem })).toMatchObject({
      ok: true,
      checkpointSize: 2n,
      size: 3n,
    });
    // Rewrite position 2 and re-chain everything after it, as someone with the database could:
    // the chain verifies again, but not against what was signed.
    await sql(`UPDATE ${schema}.events SET data = replace(data, 'papers', 'scans') WHERE position = 2`);
    await rehashLog(pgt.url(), schema);
    expect(await verifyChain(s)).toMatchObject({ ok: true, size: 3n });
    expect(await verifyCheckpoint({ log: s, checkpoint: text, publicKey: publicKeyPem })).toMatchObject({
      ok: false,
      reason: expect.stringContaining('rewritten'),
    });
    await s.close();
  });

  describe('verify names the first bad position', () => {
    const tampered = async (edit: (schema: string) => string, want: RegExp, position: bigint) => {
      const schema = freshSchema();
      const s: PostgresStore = await open(schema);
      await s.append(streamOf('T1'), [received('T1'), digitised(), digitised()], 'no-stream');
      await s.append(streamOf('T2'), [received('T2')], 'no-stream');
      expect(await s.verify()).toMatchObject({ ok: true, size: 4n });
      await sql(edit(schema));
      const v = await verifyChain(s);
      expect(v).toMatchObject({ ok: false, firstBadPosition: position, reason: expect.stringMatching(want) });
      await s.close();
    };
    it('an edited payload', () =>
      tampered(
        (s) => `UPDATE ${s}.events SET data = replace(data, 'Hộ tịch', 'Đất đai') WHERE position = 1`,
        /hash/,
        1n,
      ));
    it('a deleted row', () =>
      tampered(
        (s) => `DELETE FROM ${s}.commands WHERE position = 2; DELETE FROM ${s}.events WHERE position = 2`,
        /missing/,
        2n,
      ));
    it('a cut tail', () =>
      tampered(
        (s) => `DELETE FROM ${s}.commands WHERE position >= 3; DELETE FROM ${s}.events WHERE position >= 3`,
        /handed out/,
        3n,
      ));
    it('an edited event_id column', () =>
      tampered((s) => `UPDATE ${s}.events SET event_id = 'forged' WHERE position = 2`, /event_id/, 2n));
    it('a forged command index', () =>
      tampered((s) => `UPDATE ${s}.commands SET position = 1 WHERE position = 4`, /command/, 1n));
  });
});
