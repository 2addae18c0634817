// The import's ledger state with its one way to finish, on real SQLite files: a ledger built for the
// import appears under its name only once committed; a rollback, or a commit racing another process
// that made the ledger meanwhile, leaves no temporary file; finishing twice does nothing more.
import { randomUUID } from 'node:crypto';
import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { asOfficeCode, dossierStreamId } from '@motcua/domain';
import { openSqliteStore, prepareRequest } from '@motcua/store';
import { afterAll, describe, expect, it } from 'vitest';
import { importLedger } from './import-ledger.js';

const dir = mkdtempSync(join(tmpdir(), 'motcua-import-ledger-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
let n = 0;
const freshPath = () => join(dir, `ledger-${++n}`, 'ledger.db');

const T = '2024-01-15T08:30:00+07:00';
const receipt = (code: string) => {
  const commandId = randomUUID();
  return prepareRequest({
    streamId: dossierStreamId('DONGSON', code),
    expectedRevision: 'no-stream',
    events: [
      {
        type: 'DossierReceived',
        schemaVersion: 1,
        data: {
          office: 'DONGSON',
          dossierCode: code,
          procedureCode: '1.001612',
          field: 'Hộ tịch',
          channel: 'online',
          receivedAt: T,
          dueAt: '2024-01-20T17:00:00+07:00',
          applicantRef: null,
        },
        meta: {
          eventId: randomUUID(),
          occurredAt: T,
          actor: 'clerk',
          office: asOfficeCode('DONGSON'),
          correlationId: commandId,
          causationId: null,
          commandId,
        },
      },
    ],
  });
};
const filesBeside = (path: string) => readdirSync(join(path, '..'));
const eventsIn = async (path: string) => {
  const s = openSqliteStore({ path, readonly: true });
  try {
    let count = 0;
    for await (const batch of s.readAll()) count += batch.length;
    return count;
  } finally {
    await s.close();
  }
};

/** One import of one receipt, into the ledger at `path` if there is one, as `runImport` drives it. */
const importOne = async (path: string, code: string, outcome: 'commit' | 'rollback') => {
  const ledger = importLedger(path, existsSync(path) ? openSqliteStore({ path }) : null, 'en');
  await ledger.begin();
  await ledger.write([receipt(code)]);
  await ledger.finish(outcome);
};

describe('importLedger', () => {
  it('builds a missing ledger aside and names it only once committed', async () => {
    const path = freshPath();
    const ledger = importLedger(path, null, 'en');
    await ledger.begin();
    await ledger.write([receipt('HS-1')]);
    expect(existsSync(path)).toBe(false);
    await ledger.finish('commit');
    expect(filesBeside(path)).toEqual(['ledger.db']);
    expect(await eventsIn(path)).toBe(1);
    await ledger.finish('rollback'); // finished: nothing more happens
    expect(await eventsIn(path)).toBe(1);
  });

  it('leaves nothing behind when rolled back, or when nothing was written', async () => {
    const path = freshPath();
    await importOne(path, 'HS-1', 'rollback');
    expect(existsSync(join(path, '..')) ? filesBeside(path) : []).toEqual([]);
    const untouched = freshPath();
    await importLedger(untouched, null, 'en').finish('commit');
    expect(existsSync(untouched)).toBe(false);
  });

  it('refuses to name its ledger over one another process made meanwhile, and removes its own', async () => {
    const path = freshPath();
    const ledger = importLedger(path, null, 'en');
    await ledger.write([receipt('HS-1')]);
    const other = openSqliteStore({ path });
    await other.close();
    await expect(ledger.finish('commit')).rejects.toThrow(/another process created the ledger/);
    expect(filesBeside(path)).toEqual(['ledger.db']);
    expect(await eventsIn(path)).toBe(0);
  });

  it('writes into an existing ledger in one transaction: a rollback leaves it as it was', async () => {
    const path = freshPath();
    await importOne(path, 'HS-1', 'commit');
    await importOne(path, 'HS-2', 'rollback');
    expect(await eventsIn(path)).toBe(1);
    await importOne(path, 'HS-2', 'commit');
    expect(await eventsIn(path)).toBe(2);
  });
});
