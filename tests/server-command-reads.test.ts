// How often a command reads its dossier's stream. A command to an office that took over from others asks
// "does this dossier exist here, or at a predecessor?" (issue 14): that question must cost a cheap
// existence check, not a full read and fold of the stream, so each command reads its stream once (the
// decision's own load). The units catalogue is imported by the built CLI into a real SQLite file; the
// server runs over it on a real port. The store is wrapped in a counting spy at the port boundary.
import { join } from 'node:path';
import { SAMPLE_UNITS_FILE } from '@motcua/projections';
import { buildServer } from '@motcua/server';
import { type EventStore, openSqliteStore, type SqliteStore } from '@motcua/store';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { motcua, tempDir } from './cli-support.js';
import { listenLocal } from './server-helpers.js';

const ADMIN = 'reads-admin-0123456789';
const t = tempDir('motcua-reads-');
const db = join(t.dir, 'ledger.db');
let app: ReturnType<typeof buildServer>;
let base: string;

/** Spy at the store port: counts full stream reads per stream, everything else passes through. */
const fullReads = new Map<string, number>();
function countingStore(store: SqliteStore): SqliteStore {
  return new Proxy(store, {
    get(target, prop, receiver) {
      if (prop === 'readStream') {
        return (streamId: string, ...rest: unknown[]) => {
          fullReads.set(streamId, (fullReads.get(streamId) ?? 0) + 1);
          return (target.readStream as (...a: unknown[]) => ReturnType<EventStore['readStream']>)(streamId, ...rest);
        };
      }
      const v = Reflect.get(target, prop, receiver);
      return typeof v === 'function' ? v.bind(target) : v;
    },
  });
}

async function post(path: string, body: unknown) {
  const res = await fetch(base + path, {
    method: 'POST',
    headers: { authorization: `Bearer ${ADMIN}`, 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  return { status: res.status, json: (await res.json()) as { office?: string } };
}

beforeAll(async () => {
  const r = motcua(['units', 'import', SAMPLE_UNITS_FILE, '--db', db]);
  expect(r.status, r.stderr).toBe(0);
  app = buildServer({
    store: countingStore(openSqliteStore({ path: db })),
    keys: [{ key: ADMIN, role: 'admin', offices: ['*'], name: 'admin' }],
    logger: false,
    closeStore: true,
  });
  base = await listenLocal(app);
}, 60_000);
afterAll(async () => {
  await app?.close();
  t.cleanup();
});

const readsOf = (streamId: string) => fullReads.get(streamId) ?? 0;

/** Receives a dossier at one office, resolves it through another; the full reads of its stream by the resolve. */
async function resolveReads(receivedBy: string, resolvedBy: string, code: string, receivedAt: string) {
  const received = await post(`/v1/offices/${receivedBy}/dossiers`, {
    dossierCode: code,
    procedureCode: '1.001193',
    channel: 'direct',
    receivedAt,
    dueAt: '2025-07-10T17:00:00+07:00',
  });
  expect(received.status, JSON.stringify(received.json)).toBe(201);
  const stream = `dossier-${receivedBy}-${code}`;
  const before = readsOf(stream);
  const resolve = await post(`/v1/offices/${resolvedBy}/dossiers/${code}/resolve`, {
    decision: 'approved',
    at: '2025-07-03T10:00:00+07:00',
  });
  expect(resolve.status, JSON.stringify(resolve.json)).toBe(200);
  expect(resolve.json.office).toBe(receivedBy);
  return readsOf(stream) - before;
}

describe('a command reads its dossier stream once', () => {
  it("through the successor's office, for a dossier a predecessor received", async () => {
    expect(await resolveReads('DONGSON', '07294', 'RD-2025-001', '2025-06-25T09:00:00+07:00')).toBe(1);
    expect(readsOf('dossier-07294-RD-2025-001')).toBe(0);
  });

  it("through the successor's office, for its own dossier", async () => {
    expect(await resolveReads('07294', '07294', 'RD-2025-002', '2025-07-02T09:00:00+07:00')).toBe(1);
  });
});
