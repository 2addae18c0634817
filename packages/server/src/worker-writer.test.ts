// The writer thread, for real: a worker thread over a real SQLite file, spoken to in the one thread wire
// format. Requests are checked on the main thread; the thread writes them and answers each in order, a
// refusal in the thread (a wrong expected revision) crossing back as its own class with its bigints.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { OfficeCode } from '@motcua/domain';
import { type AppendRequest, openSqliteStore, StoreError, WrongExpectedRevision } from '@motcua/store';
import { afterAll, describe, expect, it } from 'vitest';
import { IDEMPOTENCY_TABLE } from './idempotency.js';
import { startWorkerWriter, workerScript } from './worker-writer.js';

const dir = mkdtempSync(join(tmpdir(), 'motcua-writer-thread-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const received = (code: string, n: number, field = 'Hộ tịch 𠀋 "trích lục"'): AppendRequest['events'][number] => ({
  type: 'DossierReceived',
  schemaVersion: 1,
  data: {
    office: 'DS01',
    dossierCode: code,
    procedureCode: '1.001612',
    field,
    channel: 'online',
    receivedAt: '2024-01-15T08:30:00+07:00',
    dueAt: '2024-01-18T17:00:00+07:00',
    applicantRef: null,
  },
  meta: {
    eventId: `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`,
    occurredAt: '2024-01-15T08:30:00+07:00',
    actor: 'officer-1',
    office: 'DS01' as OfficeCode,
    correlationId: `cmd-${n}`,
    causationId: null,
    commandId: `cmd-${n}`,
  },
});

describe('the writer thread', () => {
  it('writes what the main thread prepared and answers each request in order', async () => {
    const script = workerScript();
    expect(script, 'the compiled commit-worker.js (pnpm build)').not.toBeNull();
    const path = join(dir, 'ledger.db');
    // The ledger and the server's idempotency table, as `motcua serve` leaves them before the thread starts.
    const made = openSqliteStore({ path });
    made.db.exec(IDEMPOTENCY_TABLE);
    await made.close();
    const writer = await startWorkerWriter(path, script!);
    try {
      const first = await writer.write([
        { streamId: 'dossier-DS01-T1', events: [received('T1', 1)], expectedRevision: 'no-stream' },
        // Refused on the main thread: the event names another dossier than its stream.
        { streamId: 'dossier-DS01-T2', events: [received('T9', 2)], expectedRevision: 'no-stream' },
        { streamId: 'dossier-DS01-T3', events: [received('T3', 3)], expectedRevision: 'no-stream' },
      ]);
      expect(first[0]).toEqual({ ok: true, value: { nextRevision: 0n, position: 1n, deduplicated: false } });
      expect(first[1]!.ok).toBe(false);
      expect((first[1] as { error: unknown }).error).toBeInstanceOf(StoreError);
      expect((first[1] as { error: StoreError }).error.code).toBe('INVALID_EVENT');
      expect(first[2]).toEqual({ ok: true, value: { nextRevision: 0n, position: 2n, deduplicated: false } });

      const second = await writer.write([
        // Refused in the thread: the stream exists at revision 0.
        { streamId: 'dossier-DS01-T1', events: [received('T1', 4)], expectedRevision: 5n },
        // A retried command: found, not written again.
        { streamId: 'dossier-DS01-T3', events: [received('T3', 3)], expectedRevision: 'no-stream' },
      ]);
      const wrong = (second[0] as { error: unknown }).error;
      expect(wrong).toBeInstanceOf(WrongExpectedRevision);
      expect(wrong).toMatchObject({ streamId: 'dossier-DS01-T1', expected: 5n, actual: 0n });
      expect(second[1]).toEqual({ ok: true, value: { nextRevision: 0n, position: 2n, deduplicated: true } });
    } finally {
      await writer.close();
    }
    const store = openSqliteStore({ path, readonly: true });
    try {
      const t1 = store.readStreamSync('dossier-DS01-T1');
      expect(t1.map((e) => (e.data as { field: string }).field)).toEqual(['Hộ tịch 𠀋 "trích lục"']);
      expect(await store.headPosition()).toBe(2n);
    } finally {
      await store.close();
    }
  });
});
