// Shared by the server tests: a real server on a port over a temporary SQLite file, the keys of every
// role, and small fetch helpers. Nothing here is mocked.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { bookImporter } from '@motcua/cli';
import { buildServer, type Hierarchy, type KeyEntry, type ServerOptions } from '@motcua/server';
import { openSqliteStore, type SqliteStore } from '@motcua/store';

export const KEYS = {
  clerkA: 'clerk-A-0123456789abcdef',
  clerkB: 'clerk-B-0123456789abcdef',
  leaderA: 'leader-A-0123456789abcdef',
  auditorA: 'auditor-A-0123456789abcdef',
  admin: 'admin-all-0123456789abcdef',
  leaderDistrict: 'leader-D1-0123456789abcdef',
} as const;
export type KeyName = keyof typeof KEYS;

export const KEY_ENTRIES: KeyEntry[] = [
  { key: KEYS.clerkA, role: 'clerk', offices: ['A'], name: 'clerk-a' },
  { key: KEYS.clerkB, role: 'clerk', offices: ['B'], name: 'clerk-b' },
  { key: KEYS.leaderA, role: 'leader', offices: ['A'], name: 'leader-a' },
  { key: KEYS.auditorA, role: 'auditor', offices: ['A'], name: 'auditor-a' },
  { key: KEYS.admin, role: 'admin', offices: ['*'], name: 'admin' },
  { key: KEYS.leaderDistrict, role: 'leader', offices: ['D1'], name: 'leader-d1' },
];

/** Province P holds districts D1 (offices A, B) and D2 (office C). */
export const HIERARCHY: Hierarchy = {
  units: [
    { code: 'P', name: 'Tỉnh P', level: 'province', parent: null },
    { code: 'D1', name: 'Huyện D1', level: 'district', parent: 'P' },
    { code: 'D2', name: 'Huyện D2', level: 'district', parent: 'P' },
  ],
  offices: [
    { code: 'A', name: 'Xã A', unit: 'D1' },
    { code: 'B', name: 'Xã B', unit: 'D1' },
    { code: 'C', name: 'Xã C', unit: 'D2' },
  ],
};

export interface TestServer {
  readonly app: ReturnType<typeof buildServer>;
  readonly base: string;
  readonly dir: string;
  readonly dbPath: string;
  readonly store: SqliteStore;
  close(): Promise<void>;
}

/** Listens on a free loopback port; the base URL. */
export async function listenLocal(app: ReturnType<typeof buildServer>): Promise<string> {
  await app.listen({ port: 0, host: '127.0.0.1' });
  const address = app.server.address();
  if (!address || typeof address === 'string') throw new Error('no port');
  return `http://127.0.0.1:${address.port}`;
}

export async function startTestServer(
  extra: Partial<ServerOptions> & { wrapStore?: (s: SqliteStore) => ServerOptions['store'] } = {},
): Promise<TestServer> {
  const dir = mkdtempSync(join(tmpdir(), 'motcua-server-'));
  const dbPath = join(dir, 'ledger.db');
  const store = openSqliteStore({ path: dbPath });
  const { wrapStore, ...options } = extra;
  const app = buildServer({
    store: wrapStore ? wrapStore(store) : store,
    keys: KEY_ENTRIES,
    hierarchy: HIERARCHY,
    logger: false,
    closeStore: true,
    // As `motcua serve` does: the book importer of the CLI behind POST /v1/offices/{office}/imports.
    bookImporter: bookImporter(),
    ...options,
  });
  const base = await listenLocal(app);
  let closed = false;
  return {
    app,
    base,
    dir,
    dbPath,
    store,
    async close() {
      if (closed) return;
      closed = true;
      await app.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

export const auth = (who: KeyName): Record<string, string> => ({ authorization: `Bearer ${KEYS[who]}` });

export interface Reply {
  status: number;
  headers: Headers;
  text: string;
  // biome-ignore lint/suspicious/noExplicitAny: test convenience over arbitrary JSON
  json: any;
}

export async function call(
  base: string,
  method: string,
  path: string,
  opts: { who?: KeyName; body?: unknown; raw?: string; headers?: Record<string, string> } = {},
): Promise<Reply> {
  const headers: Record<string, string> = { ...(opts.who ? auth(opts.who) : {}), ...(opts.headers ?? {}) };
  let body: string | undefined;
  if (opts.raw !== undefined) body = opts.raw;
  else if (opts.body !== undefined) body = JSON.stringify(opts.body);
  if (body !== undefined && !Object.keys(headers).some((h) => h.toLowerCase() === 'content-type')) {
    headers['content-type'] = 'application/json';
  }
  const res = await fetch(base + path, { method, headers, ...(body !== undefined ? { body } : {}) });
  const text = await res.text();
  let json: unknown = null;
  try {
    json = text ? JSON.parse(text) : null;
  } catch {
    json = null;
  }
  return { status: res.status, headers: res.headers, text, json };
}

/** Count of events in the ledger file, read straight from SQLite. */
export async function eventCount(store: SqliteStore): Promise<number> {
  return Number(
    (await store.headPosition()) < 0n ? 0 : (store.db.prepare('SELECT COUNT(*) FROM events').pluck().get() as number),
  );
}

export const receiveBody = (code: string, extra: Record<string, unknown> = {}) => ({
  dossierCode: code,
  procedureCode: '1.001193',
  channel: 'online',
  receivedAt: '2024-01-15T08:30:00+07:00',
  ...extra,
});

export function writeJson(dir: string, name: string, value: unknown): string {
  const p = join(dir, name);
  writeFileSync(p, JSON.stringify(value));
  return p;
}
