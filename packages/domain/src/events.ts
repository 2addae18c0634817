// The dossier's events: immutable facts, versioned, validated by zod at every boundary.
// Business time lives in meta.occurredAt (and, for receipt, data.receivedAt); the store adds
// recordedAt, revision and position, which are not part of the event itself.
import { z } from 'zod';
import { DossierCodeSchema, OfficeCodeSchema, ProcedureCodeSchema } from './ids.js';
import { LIMITS } from './limits.js';
import { InstantSchema } from './time.js';

export const ChannelSchema = z.enum(['online', 'direct', 'postal']);
export type Channel = z.infer<typeof ChannelSchema>;

/** Field (lĩnh vực) as written: a field outside the catalogue is kept verbatim and gets its own row. */
export const FieldSchema = z.string().trim().min(1).max(LIMITS.field);

export const EventMetaSchema = z.object({
  eventId: z.string().min(1).max(LIMITS.eventId),
  occurredAt: InstantSchema,
  actor: z.string().min(1).max(LIMITS.id),
  office: OfficeCodeSchema,
  correlationId: z.string().min(1).max(LIMITS.id),
  causationId: z.string().min(1).max(LIMITS.id).nullable(),
  commandId: z.string().min(1).max(LIMITS.id),
});
export type EventMeta = z.infer<typeof EventMetaSchema>;

const Opening = {
  office: OfficeCodeSchema,
  dossierCode: DossierCodeSchema,
  procedureCode: ProcedureCodeSchema.nullable(),
  field: FieldSchema,
  channel: ChannelSchema,
  receivedAt: InstantSchema,
  dueAt: InstantSchema,
  /** An opaque reference to the applicant kept elsewhere; never a name, ID number or phone. */
  applicantRef: z.string().max(LIMITS.applicantRef).nullable(),
};

/** Current data schemas, one per event type. The version is the schema version of `data`. */
export const EventDataSchemas = {
  DossierReceived: z.object(Opening).strict(),
  DossierTransferredIn: z
    .object({
      ...Opening,
      /** Where the opening balance came from: the prior period's ledger or a legacy system. */
      source: z.enum(['prior-period', 'legacy-system']),
      note: z.string().max(LIMITS.note).nullable(),
    })
    .strict(),
  SupplementRequested: z.object({ reason: z.string().min(1).max(LIMITS.reason) }).strict(),
  /** dueAt: the due date moved later by the working time spent waiting (computed by the decider). */
  SupplementProvided: z.object({ dueAt: InstantSchema }).strict(),
  DueDateRescheduled: z.object({ reason: z.string().min(1).max(LIMITS.reason), newDueAt: InstantSchema }).strict(),
  DossierResolved: z
    .object({ decision: z.enum(['approved', 'refused']), note: z.string().max(LIMITS.comment).nullable() })
    .strict(),
  ResultReturned: z.object({}).strict(),
  DossierWithdrawn: z.object({ reason: z.string().max(LIMITS.reason).nullable() }).strict(),
  DossierReturnedUnprocessed: z.object({ reason: z.string().min(1).max(LIMITS.reason) }).strict(),
  DossierDigitised: z.object({ what: z.enum(['papers', 'result']) }).strict(),
  FeePaid: z
    .object({ method: z.enum(['online', 'counter']), amountVnd: z.number().int().nonnegative().max(1e15) })
    .strict(),
  SatisfactionRated: z
    .object({
      score: z.number().int().min(1).max(5),
      complaint: z.boolean(),
      comment: z.string().max(LIMITS.comment).nullable(),
    })
    .strict(),
  /** Supersedes an earlier event of the same dossier. replacement null retracts it. */
  EventCorrected: z
    .object({
      supersedes: z.string().min(1).max(LIMITS.eventId),
      reason: z.string().min(1).max(LIMITS.reason),
      replacement: z
        .object({ type: z.string(), occurredAt: InstantSchema, data: z.record(z.string(), z.unknown()) })
        .nullable(),
    })
    .strict(),
  /** One processing step handed on (Phiếu kiểm soát, TT 03/2025 form 06): from the giver's desk or unit to the
   * receiver's, at meta.occurredAt; stepDueAt is when the receiver's step is due, where the procedure sets one. */
  DossierHandedOver: z
    .object({
      fromUnit: z.string().trim().min(1).max(LIMITS.field),
      giver: z.string().trim().min(1).max(LIMITS.field),
      toUnit: z.string().trim().min(1).max(LIMITS.field),
      receiver: z.string().trim().min(1).max(LIMITS.field),
      stepDueAt: InstantSchema.nullable(),
      note: z.string().max(LIMITS.comment).nullable(),
    })
    .strict(),
  /** Thông báo dừng giải quyết hồ sơ (Mẫu 05, Thông tư 03/2025/TT-VPCP): the office stops processing and
   * says why. Finishes the dossier without a result; exists only under the nd118-2025 rule set. */
  ProcessingStopped: z.object({ reason: z.string().min(1).max(LIMITS.reason) }).strict(),
} as const;

export type EventType = keyof typeof EventDataSchemas;
export const EVENT_TYPES = Object.keys(EventDataSchemas) as EventType[];

export const CURRENT_SCHEMA_VERSION: Record<EventType, number> = {
  DossierReceived: 1,
  DossierTransferredIn: 1,
  SupplementRequested: 1,
  SupplementProvided: 1,
  DueDateRescheduled: 1,
  DossierResolved: 1,
  ResultReturned: 1,
  DossierWithdrawn: 1,
  DossierReturnedUnprocessed: 1,
  DossierDigitised: 1,
  // v1 held `amount` as the counter's printed string ("50.000 đ"); v2 holds integer VND.
  FeePaid: 2,
  SatisfactionRated: 1,
  EventCorrected: 1,
  DossierHandedOver: 1,
  ProcessingStopped: 1,
};

export type EventData<T extends EventType> = z.infer<(typeof EventDataSchemas)[T]>;

export type DossierEvent = {
  [T in EventType]: { type: T; schemaVersion: number; data: EventData<T>; meta: EventMeta };
}[EventType];

export type EventOf<T extends EventType> = Extract<DossierEvent, { type: T }>;

/** Events that always finish a dossier (rule 1); DossierResolved with decision "refused" finishes it too.
 * After a finish only digitisation, payment, rating and corrections are accepted. */
export const FINISHING_TYPES = [
  'ResultReturned',
  'DossierWithdrawn',
  'DossierReturnedUnprocessed',
  'ProcessingStopped',
] as const;
