// The store checks every event it is given, including those this process's codec or decider made and a
// caller changed since (validated.ts says why nothing is remembered); these tests make sure such an
// event cannot slip through, and that a large batch crossing the multi-row insert chunks lands intact.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as domain from '@motcua/domain';
import { decide, parseEvent } from '@motcua/domain';
import { trust } from '@motcua/domain/internal';
import { afterAll, describe, expect, it } from 'vitest';
import { createMemoryStore } from './memory.js';
import { StoreError } from './port.js';
import { openSqliteStore } from './sqlite/sqlite.js';
import { OFFICE, received, streamOf } from './test-support.js';
import { verifyChain } from './verify.js';

const dir = mkdtempSync(join(tmpdir(), 'motcua-validated-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
let n = 0;
const stores = [
  ['memory', () => createMemoryStore()],
  ['SQLite', () => openSqliteStore({ path: join(dir, `l-${++n}.db`) })],
] as const;

const parsed = (code: string) => {
  const r = parseEvent(received(code));
  if (!r.ok) throw new Error(r.error.message);
  return r.value;
};

describe.each(stores)('%s store and validated events', (_name, open) => {
  it('writes a parsed event as it was validated', async () => {
    const store = open();
    const e = parsed('HS-1');
    await store.append(streamOf('HS-1'), [e], 'no-stream');
    const [stored] = await store.readStream(streamOf('HS-1'));
    expect(stored!.data).toEqual(e.data);
    expect(stored!.meta).toEqual(e.meta);
    await store.close();
  });

  it('refuses a parsed event changed after validation, naming the field', async () => {
    const store = open();
    const e = parsed('HS-2');
    (e.data as { channel: string }).channel = 'carrier-pigeon';
    const err = await store.append(streamOf('HS-2'), [e], 'no-stream').catch((x: unknown) => x);
    expect(err).toBeInstanceOf(StoreError);
    expect((err as StoreError).code).toBe('INVALID_EVENT');
    expect((err as StoreError).message).toContain('data.channel');
    expect(await store.headPosition()).toBe(-1n);
    await store.close();
  });

  it('refuses a decided event whose meta gained a bad value or lost a key', async () => {
    const store = open();
    const r = decide(
      {
        type: 'ReceiveDossier',
        office: OFFICE,
        dossierCode: 'HS-3',
        field: 'Hộ tịch',
        channel: 'online',
        receivedAt: '2024-01-15T08:30:00+07:00',
        dueAt: '2024-01-18T17:00:00+07:00',
        meta: { commandId: 'cmd-hs-3', actor: 'officer', issuedAt: '2024-01-15T09:00:00+07:00' },
      },
      { status: 'none', eventIds: [], revision: 0, history: [] },
    );
    if (!r.ok) throw new Error(r.error.message);
    const [e] = r.value;
    (e!.meta as { occurredAt: string }).occurredAt = 'yesterday';
    await expect(store.append(streamOf('HS-3'), [e!], 'no-stream')).rejects.toThrow(/meta\.occurredAt/);
    const copy = { ...e!, meta: { ...e!.meta, occurredAt: '2024-01-15T08:30:00+07:00' } };
    delete (copy.meta as { actor?: string }).actor;
    await expect(store.append(streamOf('HS-3'), [copy], 'no-stream')).rejects.toThrow(/meta\.actor/);
    expect(await store.headPosition()).toBe(-1n);
    await store.close();
  });
});

describe('SQLite multi-row inserts', () => {
  it('a batch that is not a multiple of the insert chunk, with repeated streams, lands whole and in order', async () => {
    const store = openSqliteStore({ path: join(dir, 'chunks.db') });
    const requests = Array.from({ length: 157 }, (_, i) => ({
      streamId: streamOf(`C-${i % 50}`),
      events: [i < 50 ? parsed(`C-${i}`) : received(`C-${i % 50}`)].map((e, k) =>
        i < 50
          ? e
          : {
              ...e,
              type: 'DossierDigitised',
              data: { what: 'papers' },
              meta: { ...e.meta, eventId: `d-${i}-${k}`, commandId: `d-${i}-${k}` },
            },
      ),
      expectedRevision: 'any' as const,
    }));
    const results = await store.appendMany(requests);
    expect(results.map((r) => r.position)).toEqual(requests.map((_, i) => BigInt(i + 1)));
    expect((await store.readStream(streamOf('C-6'))).map((e) => e.revision)).toEqual([0n, 1n, 2n, 3n]);
    expect(await verifyChain(store)).toMatchObject({ ok: true, size: 157n });
    // A retry of the whole batch is recognised by command id and writes nothing.
    const again = await store.appendMany(requests);
    expect(again.every((r) => r.deduplicated)).toBe(true);
    expect(await store.headPosition()).toBe(157n);
    await store.close();
  });
});

describe('trust is not public', () => {
  it('the domain package index does not export trust, nor the marks it replaced', () => {
    // Declaring a value trusted makes a writer skip its checks: only the store reaches it, via ./internal.
    for (const name of ['trust', 'markValidated', 'validatedForm']) expect(Object.keys(domain)).not.toContain(name);
    expect(typeof trust).toBe('function');
  });
});
