// Builds RecordedEvents directly, as a store would hand them out, for tests and benchmarks of the
// projections: positions increase, recordedAt never decreases, event ids are unique.

import { dossierStreamId } from '@motcua/domain';
import type { RecordedEvent } from '@motcua/store';

export interface At {
  /** Business time (meta.occurredAt). */
  at: string;
  /** Recorded time; default the later of `at` and the previous event's recordedAt. */
  recordedAt?: string;
  eventId?: string;
  actor?: string;
}

export interface Opening {
  field: string;
  channel: 'online' | 'direct' | 'postal';
  receivedAt: string;
  dueAt: string;
  procedureCode?: string | null;
  transferredIn?: boolean;
}

export function logBuilder(start = 1n) {
  const events: RecordedEvent[] = [];
  const revisions = new Map<string, bigint>();
  let position = start - 1n;
  let lastRecorded = 0;
  let seq = 0;

  function add(office: string, code: string, type: string, data: unknown, when: At, schemaVersion = 1): RecordedEvent {
    const streamId = dossierStreamId(office, code);
    const revision = (revisions.get(streamId) ?? -1n) + 1n;
    revisions.set(streamId, revision);
    position += 1n;
    const rec = Math.max(lastRecorded, Date.parse(when.recordedAt ?? when.at));
    lastRecorded = rec;
    const eventId = when.eventId ?? `ev-${++seq}`;
    const e: RecordedEvent = {
      streamId,
      revision,
      position,
      recordedAt: new Date(rec).toISOString(),
      type,
      schemaVersion,
      data,
      meta: {
        eventId,
        occurredAt: when.at,
        actor: when.actor ?? 'officer-1',
        office: office as RecordedEvent['meta']['office'],
        correlationId: `${office}/${code}`,
        causationId: null,
        commandId: `cmd-${eventId}`,
      },
      hash: position.toString(16).padStart(64, '0'),
    };
    events.push(e);
    return e;
  }

  return {
    events,
    add,
    open(office: string, code: string, o: Opening, when: Partial<At> = {}): RecordedEvent {
      const base = {
        office,
        dossierCode: code,
        procedureCode: o.procedureCode ?? null,
        field: o.field,
        channel: o.channel,
        receivedAt: o.receivedAt,
        dueAt: o.dueAt,
        applicantRef: null,
      };
      return o.transferredIn
        ? add(
            office,
            code,
            'DossierTransferredIn',
            { ...base, source: 'prior-period', note: null },
            { at: o.receivedAt, ...when },
          )
        : add(office, code, 'DossierReceived', base, { at: o.receivedAt, ...when });
    },
    returned: (office: string, code: string, when: At) => add(office, code, 'ResultReturned', {}, when),
    withdrawn: (office: string, code: string, when: At) =>
      add(office, code, 'DossierWithdrawn', { reason: null }, when),
    returnedUnprocessed: (office: string, code: string, when: At) =>
      add(office, code, 'DossierReturnedUnprocessed', { reason: 'thiếu giấy tờ' }, when),
    resolved: (office: string, code: string, decision: 'approved' | 'refused', when: At) =>
      add(office, code, 'DossierResolved', { decision, note: null }, when),
    supplementRequested: (office: string, code: string, when: At) =>
      add(office, code, 'SupplementRequested', { reason: 'bổ sung' }, when),
    supplementProvided: (office: string, code: string, dueAt: string, when: At) =>
      add(office, code, 'SupplementProvided', { dueAt }, when),
    rescheduled: (office: string, code: string, newDueAt: string, when: At) =>
      add(office, code, 'DueDateRescheduled', { reason: 'xin lỗi', newDueAt }, when),
    digitised: (office: string, code: string, what: 'papers' | 'result', when: At) =>
      add(office, code, 'DossierDigitised', { what }, when),
    feePaid: (office: string, code: string, method: 'online' | 'counter', amountVnd: number, when: At) =>
      add(office, code, 'FeePaid', { method, amountVnd }, when, 2),
    corrected: (
      office: string,
      code: string,
      supersedes: string,
      replacement: { type: string; occurredAt: string; data: Record<string, unknown> } | null,
      when: At,
    ) => add(office, code, 'EventCorrected', { supersedes, reason: 'nhập sai', replacement }, when),
    stopped: (office: string, code: string, when: At) =>
      add(office, code, 'ProcessingStopped', { reason: 'không bổ sung hồ sơ' }, when),
  };
}
