// Sample dossiers for the store benchmarks (bench/store.ts, bench/pg.ts): the same rows on every engine.
import { randomUUID } from 'node:crypto';
import type { AppendRequest, NewEvent } from '@motcua/store';

export const OFFICE = 'BENCH01';

/** A command's metadata: its own command id (a retry of it would carry the same one). */
export const meta = (i: number) => {
  const commandId = randomUUID();
  return {
    eventId: randomUUID(),
    occurredAt: `2024-0${1 + (i % 3)}-1${i % 10}T0${i % 10}:15:00+07:00`,
    actor: `officer-${i % 5}`,
    office: OFFICE as never,
    correlationId: commandId,
    causationId: null,
    commandId,
  };
};

/** One dossier's life: receipt, digitisation, decision, result, rating. Every event its own command. */
export function dossier(n: number): AppendRequest {
  const code = `HS-${n}`;
  const events: NewEvent[] = [
    {
      type: 'DossierReceived',
      schemaVersion: 1,
      meta: meta(n),
      data: {
        office: OFFICE,
        dossierCode: code,
        procedureCode: '1.001612',
        field: n % 3 === 0 ? 'Hộ tịch' : n % 3 === 1 ? 'Chứng thực' : 'Bảo trợ xã hội',
        channel: n % 10 === 0 ? 'direct' : 'online',
        receivedAt: '2024-01-15T08:30:00+07:00',
        dueAt: '2024-01-18T17:00:00+07:00',
        applicantRef: `ref-${n}`,
      },
    },
    { type: 'DossierDigitised', schemaVersion: 1, meta: meta(n + 1), data: { what: 'papers' } },
    { type: 'DossierResolved', schemaVersion: 1, meta: meta(n + 2), data: { decision: 'approved', note: null } },
    { type: 'ResultReturned', schemaVersion: 1, meta: meta(n + 3), data: {} },
    {
      type: 'SatisfactionRated',
      schemaVersion: 1,
      meta: meta(n + 4),
      data: { score: 1 + (n % 5), complaint: false, comment: 'Cán bộ hướng dẫn tận tình' },
    },
  ];
  return { streamId: `dossier-${OFFICE}-${code}`, events, expectedRevision: 'no-stream' };
}
