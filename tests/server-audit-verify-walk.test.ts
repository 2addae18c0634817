// GET /v1/audit/verify with routine checkpoints and their key: the chain is walked once per request, and
// that one walk answers both "is the chain intact" and "does the newest checkpoint still hold" (it
// remembers the hash after the checkpoint's size). The answer is the same as the checkpoint checked on its
// own (verifyCheckpoint over the ledger file). A real SQLite file, a real server on a port; the store is
// wrapped in a counting spy at the port boundary (verify and readAll, the two ways to walk the chain).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildServer } from '@motcua/server';
import {
  checkpointFailureText,
  generateKeyPair,
  openSqliteStore,
  type SqliteStore,
  verifyCheckpoint,
  writeRoutineCheckpoint,
} from '@motcua/store';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listenLocal } from './server-helpers.js';

const ADMIN = 'verify-walk-admin-0123456789';
const dir = mkdtempSync(join(tmpdir(), 'motcua-verify-walk-'));
const db = join(dir, 'ledger.db');
const folder = join(dir, 'ledger.db.checkpoints');
const signer = generateKeyPair();
let app: ReturnType<typeof buildServer>;
let base: string;

/** Spy at the store port: each chain walk (verify, readAll) with the sizes it was asked to remember. */
const walks: Array<{ via: string; rememberAt: readonly bigint[] }> = [];
function countingStore(store: SqliteStore): SqliteStore {
  return new Proxy(store, {
    get(target, prop, receiver) {
      const v = Reflect.get(target, prop, receiver);
      if (prop === 'verify' || prop === 'readAll') {
        return (opts?: { rememberAt?: readonly bigint[] }) => {
          walks.push({ via: prop, rememberAt: opts?.rememberAt ?? [] });
          return (v as (o?: unknown) => unknown).call(target, opts);
        };
      }
      return typeof v === 'function' ? v.bind(target) : v;
    },
  });
}

async function request(method: string, path: string, body?: unknown) {
  const res = await fetch(base + path, {
    method,
    headers: {
      authorization: `Bearer ${ADMIN}`,
      ...(body === undefined ? {} : { 'content-type': 'application/json' }),
    },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  // biome-ignore lint/suspicious/noExplicitAny: test convenience over arbitrary JSON
  return { status: res.status, json: (await res.json()) as any };
}

const receive = (code: string) =>
  request('POST', '/v1/offices/DONGSON/dossiers', {
    dossierCode: code,
    procedureCode: '1.001193',
    channel: 'direct',
    receivedAt: '2025-03-03T09:00:00+07:00',
    dueAt: '2025-03-10T17:00:00+07:00',
  });

beforeAll(async () => {
  app = buildServer({
    store: countingStore(openSqliteStore({ path: db })),
    keys: [{ key: ADMIN, role: 'admin', offices: ['*'], name: 'admin' }],
    checkpoints: { folder, ledgerPath: db, key: signer.publicKeyPem },
    allowNewOffices: true,
    logger: false,
    closeStore: true,
  });
  base = await listenLocal(app);
  for (const code of ['VW-001', 'VW-002', 'VW-003']) expect((await receive(code)).status).toBe(201);
}, 60_000);
afterAll(async () => {
  await app?.close();
  rmSync(dir, { recursive: true, force: true });
});

/** One GET /v1/audit/verify, the walks it made, and the newest checkpoint checked on its own. */
async function verifyOnce(checkpointPath: string) {
  walks.length = 0;
  const r = await request('GET', '/v1/audit/verify');
  const made = [...walks];
  const alone = await verifyCheckpoint({ log: db, checkpoint: checkpointPath, publicKey: signer.publicKeyPem });
  return { r, made, alone };
}

describe('GET /v1/audit/verify with a checkpoint key', () => {
  it('walks the chain once and says the newest checkpoint holds, as checking it alone does', async () => {
    const { path, checkpoint } = await writeRoutineCheckpoint({
      ledgerPath: db,
      privateKey: signer.privateKeyPem,
      folder,
    });
    expect((await receive('VW-004')).status).toBe(201);
    const { r, made, alone } = await verifyOnce(path);
    expect(r.status).toBe(200);
    expect(r.json.ok).toBe(true);
    expect(alone.ok).toBe(true);
    expect(r.json.checkpoint).toMatchObject({
      file: path,
      size: checkpoint.size.toString(),
      holds: true,
      reason: null,
    });
    expect(made).toEqual([{ via: 'verify', rememberAt: [checkpoint.size] }]);
  });

  it('walks once and gives the same refusal as checking alone, for a checkpoint of another key', async () => {
    const other = generateKeyPair();
    const { path } = await writeRoutineCheckpoint({
      ledgerPath: db,
      privateKey: other.privateKeyPem,
      folder,
      at: new Date(Date.now() + 60_000),
    });
    const { r, made, alone } = await verifyOnce(path);
    expect(r.json.ok).toBe(true);
    expect(alone.ok).toBe(false);
    // In the request's language (Vietnamese here, no Accept-Language): the same failure, worded for a clerk.
    expect(r.json.checkpoint).toMatchObject({
      file: path,
      holds: false,
      reason: alone.ok ? null : checkpointFailureText(alone.why, alone.reason, 'vi'),
    });
    expect(r.json.checkpoint.reason).toMatch(/chữ ký không khớp/);
    expect(made).toHaveLength(1);
  });
});
