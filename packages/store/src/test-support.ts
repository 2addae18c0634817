// Valid events for the store's tests (not part of the package build).
import { randomUUID } from 'node:crypto';
import { dossierStreamId, type EventMeta } from '@motcua/domain';
import Database from 'better-sqlite3';
import { chainHash, GENESIS_HASH, payloadHash } from './chain.js';
import type { NewEvent } from './port.js';

export const OFFICE = 'DS01';

export function streamOf(code: string, office = OFFICE): string {
  return dossierStreamId(office, code);
}

export function meta(overrides: Partial<EventMeta> = {}): EventMeta {
  const commandId = overrides.commandId ?? randomUUID();
  return {
    eventId: randomUUID(),
    occurredAt: '2024-01-15T08:30:00+07:00',
    actor: 'officer-1',
    office: OFFICE as EventMeta['office'],
    correlationId: commandId,
    causationId: null,
    commandId,
    ...overrides,
  };
}

export function received(
  code: string,
  overrides: { office?: string; field?: string; meta?: Partial<EventMeta> } = {},
): NewEvent {
  const office = overrides.office ?? OFFICE;
  return {
    type: 'DossierReceived',
    schemaVersion: 1,
    data: {
      office,
      dossierCode: code,
      procedureCode: '1.001612',
      field: overrides.field ?? 'Hộ tịch',
      channel: 'online',
      receivedAt: '2024-01-15T08:30:00+07:00',
      dueAt: '2024-01-18T17:00:00+07:00',
      applicantRef: null,
    },
    meta: meta({ office: office as EventMeta['office'], ...overrides.meta }),
  };
}

export function supplementRequested(reason: string, m: Partial<EventMeta> = {}): NewEvent {
  return { type: 'SupplementRequested', schemaVersion: 1, data: { reason }, meta: meta(m) };
}

export function digitised(m: Partial<EventMeta> = {}): NewEvent {
  return { type: 'DossierDigitised', schemaVersion: 1, data: { what: 'papers' }, meta: meta(m) };
}

/** A ~`bytes`-sized valid event: the only unbounded payload the schemas allow is a correction's
 *  replacement data, which is kept as given. */
export function large(bytes: number, m: Partial<EventMeta> = {}): NewEvent {
  const text = 'Thiếu giấy tờ chứng thực; '.repeat(Math.ceil(bytes / 26)).slice(0, bytes);
  return {
    type: 'EventCorrected',
    schemaVersion: 1,
    data: {
      supersedes: randomUUID(),
      reason: 'nhập sai',
      replacement: { type: 'SupplementRequested', occurredAt: '2024-01-16T09:00:00+07:00', data: { reason: text } },
    },
    meta: meta(m),
  };
}

/** Events sharing one command id, as one command's decision produces them. */
export function sameCommand(events: NewEvent[], commandId = randomUUID()): NewEvent[] {
  return events.map((e) => ({ ...e, meta: { ...e.meta, commandId, correlationId: commandId } }));
}

/** Recomputes every hash of a SQLite log, as a forger who knows the algorithm would. */
export function rehash(path: string): void {
  const db = new Database(path);
  const rows = db.prepare('SELECT * FROM events ORDER BY position').all() as Array<Record<string, string | number>>;
  let prev = GENESIS_HASH;
  const upd = db.prepare('UPDATE events SET hash = ? WHERE position = ?');
  db.exec('BEGIN');
  for (const r of rows) {
    prev = chainHash(prev, {
      position: r.position as number,
      streamId: r.stream_id as string,
      revision: r.revision as number,
      type: r.type as string,
      schemaVersion: r.schema_version as number,
      occurredAt: r.occurred_at as string,
      recordedAt: r.recorded_at as string,
      payloadHash: payloadHash(r.data as string, r.meta as string),
    });
    upd.run(prev, r.position);
  }
  db.exec('COMMIT');
  db.close();
}
