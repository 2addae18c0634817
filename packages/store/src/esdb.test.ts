// EventStoreDB runs only against a real server: set MOTCUA_ESDB_URL (e.g. esdb://localhost:2113?tls=false).
import { describe, expect, it } from 'vitest';
import { runStoreContract } from './contract.js';
import { connectEsdbStore, esdbEventId } from './esdb.js';

const url = process.env.MOTCUA_ESDB_URL;
if (!url) {
  console.log('EventStoreDB contract suite SKIPPED: MOTCUA_ESDB_URL is not set (no server to run against).');
}

runStoreContract('EventStoreDB', () => connectEsdbStore({ connectionString: url ?? 'esdb://unset:2113?tls=false' }), {
  skip: !url,
  capabilities: { atomicAppendMany: false, hashChain: false, clock: false },
});

// Pure mapping, no server needed.
describe('EventStoreDB event ids', () => {
  it('keeps a UUID event id and maps anything else to a stable v5 UUID', () => {
    const u = '3f2b8c1e-5d4a-4b6c-8e9f-0a1b2c3d4e5f';
    expect(esdbEventId(u)).toBe(u);
    const a = esdbEventId('cmd-42/0');
    expect(a).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(esdbEventId('cmd-42/0')).toBe(a);
    expect(esdbEventId('cmd-42/1')).not.toBe(a);
  });
});
