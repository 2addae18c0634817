// Request bodies of the command routes, derived from the domain's command schemas (bodyOf) so the HTTP
// contract and the decider agree; strict, so a misspelt key is a 400, not silently dropped.
import {
  CorrectEventSchema,
  DigitiseDossierSchema,
  DOSSIER_CODE_PATTERN,
  DOSSIER_CODE_RULE,
  InstantSchema,
  OFFICE_CODE_PATTERN,
  OFFICE_CODE_RULE,
  PayFeeSchema,
  ProvideSupplementSchema,
  RateSatisfactionSchema,
  ReceiveDossierSchema,
  RequestSupplementSchema,
  RescheduleDueDateSchema,
  ResolveDossierSchema,
  ReturnResultSchema,
  ReturnUnprocessedSchema,
  StopProcessingSchema,
  TransferInSchema,
  WithdrawDossierSchema,
} from '@motcua/domain';
import { z } from 'zod';
import { named } from './registry.js';

export const OfficeParam = z.string().regex(OFFICE_CODE_PATTERN, OFFICE_CODE_RULE).describe('Office code');
const DossierCodeParam = z
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

/** An instant as HTTP takes it: the domain's, and also a day that exists on the calendar. */
const httpField = (f: z.ZodType): z.ZodType => {
  if (f === InstantSchema) return Instant;
  if (f instanceof z.ZodObject) return z.object(mapShape(f.shape, httpField)).strict();
  if (f instanceof z.ZodNullable) return httpField(f.unwrap() as z.ZodType).nullable();
  if (f instanceof z.ZodOptional) {
    const inner = f.unwrap() as z.ZodType;
    // A field the command takes as nullish is left out of a JSON body when absent: null is refused there.
    return (inner instanceof z.ZodNullable ? httpField(inner.unwrap() as z.ZodType) : httpField(inner)).optional();
  }
  return f;
};
const mapShape = (shape: z.ZodRawShape, f: (s: z.ZodType) => z.ZodType): Record<string, z.ZodType> => {
  const out: Record<string, z.ZodType> = {};
  for (const [k, v] of Object.entries(shape)) out[k] = f(v as z.ZodType);
  return out;
};

/** A command's field as its HTTP body declares it (see httpField). */
type HttpField<T> = T extends z.ZodOptional<z.ZodNullable<infer I extends z.ZodType>> ? z.ZodOptional<I> : T;
/** What the path and the server give a command, never its body. */
const FROM_REQUEST: readonly string[] = ['type', 'office', 'dossierCode', 'meta'] satisfies FromRequest[];
type FromRequest = 'type' | 'office' | 'dossierCode' | 'meta';
type BodyShape<S extends z.ZodRawShape> = { -readonly [K in Exclude<keyof S, FromRequest>]: HttpField<S[K]> };

/**
 * The HTTP body of a command, derived from its domain schema: without the fields the request's path and
 * the server give (type, office, dossier code, meta), nullish fields optional,
 * instants real calendar times, `at` defaulting to the time received, and the descriptions of the API
 * documentation. Strict, so a misspelt key is a 400, not silently dropped.
 */
export function bodyOf<S extends z.ZodRawShape>(
  command: z.ZodObject<S>,
  describe: { readonly [K in keyof S]?: string } = {},
): z.ZodObject<BodyShape<S>, z.core.$strict> {
  const shape: Record<string, z.ZodType> = {};
  for (const [k, v] of Object.entries(command.shape)) {
    if (FROM_REQUEST.includes(k)) continue;
    const field = k === 'at' ? At : httpField(v as z.ZodType);
    const text = describe[k as keyof S];
    shape[k] = text === undefined ? field : field.describe(text);
  }
  return z.object(shape).strict() as unknown as z.ZodObject<BodyShape<S>, z.core.$strict>;
}

const opening = {
  field: "Field (lĩnh vực); defaults to the procedure's field",
  dueAt: "Due date; computed from the procedure's time limit and the calendar if absent",
  applicantRef: 'Opaque applicant reference; never personal data',
} as const;

/** A receipt may name its dossier code in the body; the server allocates one when it does not. */
export const ReceiveBody = z
  .object({
    dossierCode: DossierCodeParam.optional().describe(
      'Dossier code as printed on the receipt slip; when absent, the next code of the office and receipt day in the form of Thông tư 04/2025 (<office>-YYMMDD-01NNNN)',
    ),
    ...bodyOf(ReceiveDossierSchema, opening).shape,
  })
  .strict();
export const TransferInBody = bodyOf(TransferInSchema, opening);
export const SupplementRequestBody = bodyOf(RequestSupplementSchema);
export const SupplementProvidedBody = bodyOf(ProvideSupplementSchema);
export const RescheduleBody = bodyOf(RescheduleDueDateSchema);
export const ResolveBody = bodyOf(ResolveDossierSchema);
export const ReturnBody = bodyOf(ReturnResultSchema);
export const WithdrawBody = bodyOf(WithdrawDossierSchema);
export const ReturnUnprocessedBody = bodyOf(ReturnUnprocessedSchema);
export const DigitiseBody = bodyOf(DigitiseDossierSchema);
export const PaymentBody = bodyOf(PayFeeSchema);
export const RatingBody = bodyOf(RateSatisfactionSchema);
export const CorrectionBody = bodyOf(CorrectEventSchema, {
  supersedes: 'eventId of the event being corrected',
  replacement: 'The event as it should have been, or null to retract it',
});

const RecordedRef = z.object({
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
export const StopBody = bodyOf(StopProcessingSchema, { reason: 'Why processing stops, as printed on the notice' });
