// Request bodies of the command routes. Built from the domain's own schemas (channel, instants, field)
// so the HTTP contract and the decider agree; strict, so a misspelt key is a 400, not silently dropped.
import {
  ChannelSchema,
  DOSSIER_CODE_PATTERN,
  DOSSIER_CODE_RULE,
  FieldSchema,
  InstantSchema,
  LIMITS,
  OFFICE_CODE_PATTERN,
  OFFICE_CODE_RULE,
  PLAIN_TEXT,
  PLAIN_TEXT_RULE,
} from '@motcua/domain';
import { z } from 'zod';
import { named } from './registry.js';

export const OfficeParam = z.string().regex(OFFICE_CODE_PATTERN, OFFICE_CODE_RULE).describe('Office code');
export const DossierCodeParam = z
  .string()
  .regex(DOSSIER_CODE_PATTERN, DOSSIER_CODE_RULE)
  .describe('Dossier code as printed on the receipt slip');

export const OfficeParams = z.object({ office: OfficeParam });
export const DossierParams = z.object({ office: OfficeParam, code: DossierCodeParam });

/** Date.parse rolls 2024-02-31 over to 2 March; a date written on a slip that does not exist is refused. */
const realCalendarDate = (s: string): boolean => {
  const m = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2}))?/.exec(s);
  if (!m) return true;
  const [y, mo, d, h, mi, sec] = m.slice(1).map((x) => Number(x ?? 0)) as number[];
  const t = new Date(Date.UTC(y!, mo! - 1, d!));
  return t.getUTCMonth() === mo! - 1 && t.getUTCDate() === d! && h! < 24 && mi! < 60 && sec! < 60;
};
export const Instant = InstantSchema.refine(realCalendarDate, 'not a real calendar date or time').describe(
  'ISO 8601 time with an offset, e.g. 2024-01-15T08:30:00+07:00',
);
export const At = Instant.optional().describe('When it happened; defaults to the time the server receives the command');
const ProcedureCode = z.string().min(1).max(LIMITS.procedureCode).regex(PLAIN_TEXT, PLAIN_TEXT_RULE);

const opening = {
  procedureCode: ProcedureCode.optional(),
  field: FieldSchema.optional().describe("Field (lĩnh vực); defaults to the procedure's field"),
  channel: ChannelSchema,
  receivedAt: Instant,
  dueAt: Instant.optional().describe("Due date; computed from the procedure's time limit and the calendar if absent"),
  applicantRef: z
    .string()
    .max(LIMITS.applicantRef)
    .regex(PLAIN_TEXT, PLAIN_TEXT_RULE)
    .optional()
    .describe('Opaque applicant reference; never personal data'),
};

export const ReceiveBody = z
  .object({
    dossierCode: DossierCodeParam.optional().describe(
      'Dossier code as printed on the receipt slip; when absent, the next code of the office and receipt day in the form of Thông tư 04/2025 (<office>-YYMMDD-01NNNN)',
    ),
    ...opening,
  })
  .strict();
export const TransferInBody = z
  .object({
    ...opening,
    source: z.enum(['prior-period', 'legacy-system']),
    note: z.string().max(LIMITS.note).optional(),
  })
  .strict();
export const SupplementRequestBody = z.object({ reason: z.string().min(1).max(LIMITS.reason), at: At }).strict();
export const SupplementProvidedBody = z.object({ at: At }).strict();
export const RescheduleBody = z
  .object({ reason: z.string().min(1).max(LIMITS.reason), newDueAt: Instant, at: At })
  .strict();
export const ResolveBody = z
  .object({ decision: z.enum(['approved', 'refused']), note: z.string().max(LIMITS.comment).optional(), at: At })
  .strict();
export const ReturnBody = z.object({ at: At }).strict();
export const WithdrawBody = z.object({ reason: z.string().max(LIMITS.reason).optional(), at: At }).strict();
export const ReturnUnprocessedBody = z.object({ reason: z.string().min(1).max(LIMITS.reason), at: At }).strict();
export const DigitiseBody = z.object({ what: z.enum(['papers', 'result']), at: At }).strict();
export const PaymentBody = z
  .object({ method: z.enum(['online', 'counter']), amountVnd: z.number().int().nonnegative().max(1e15), at: At })
  .strict();
export const RatingBody = z
  .object({
    score: z.number().int().min(1).max(5),
    complaint: z.boolean(),
    comment: z.string().max(LIMITS.comment).optional(),
    at: At,
  })
  .strict();
export const CorrectionBody = z
  .object({
    supersedes: z.string().min(1).max(LIMITS.eventId).describe('eventId of the event being corrected'),
    reason: z.string().min(1).max(LIMITS.reason),
    replacement: z
      .object({ type: z.string().min(1), occurredAt: Instant, data: z.record(z.string(), z.unknown()) })
      .strict()
      .nullable()
      .describe('The event as it should have been, or null to retract it'),
    at: At,
  })
  .strict();

export const RecordedRef = z.object({
  eventId: z.string(),
  type: z.string(),
  occurredAt: z.string(),
});

export const CommandResponse = named(
  z.object({
    office: z.string(),
    dossierCode: z.string(),
    /** Stream revision after the command, as a decimal string (a bigint); also the ETag. */
    revision: z.string(),
    /** Global position of the last event written, as a decimal string. */
    position: z.string(),
    events: z.array(RecordedRef),
    /** On a receipt: the due date set, and whether it is provisional (its year has no announced calendar). */
    dueAt: z.string().optional(),
    dueProvisional: z.boolean().optional(),
  }),
  'CommandResult',
);
export type CommandResponse = z.infer<typeof CommandResponse>;

/** The stop notice's body: the reason printed on the notice (Mẫu 05, Thông tư 03/2025/TT-VPCP). */
export const StopBody = z
  .object({
    reason: z.string().min(1).max(LIMITS.reason).describe('Why processing stops, as printed on the notice'),
    at: At,
  })
  .strict();
