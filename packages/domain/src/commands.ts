// Commands: what someone asks the ledger to record. The decider turns an accepted command into events.
// Commands are plain data (no branded types) so other projects can build them as literals. Optional
// fields may be left out or given as null.
import { z } from 'zod';
import { type Check, checksOf, isPlainObject, issuesOf, PLAIN_TEXT, PLAIN_TEXT_RULE } from './codec.js';
import { type DomainError, domainError, err, ok, type Result } from './errors.js';
import { ChannelSchema, EventDataSchemas, FieldSchema } from './events.js';
import { DOSSIER_CODE_PATTERN, DOSSIER_CODE_RULE, LIMITS } from './limits.js';
import { OFFICE_CODE_PATTERN, OFFICE_CODE_RULE } from './office-code.js';
import { InstantSchema } from './time.js';

const OfficeCode = z.string().regex(OFFICE_CODE_PATTERN, OFFICE_CODE_RULE);
const DossierCode = z.string().regex(DOSSIER_CODE_PATTERN, DOSSIER_CODE_RULE);
const Id = z.string().min(1).max(LIMITS.id);

export const CommandMetaSchema = z
  .object({
    /** Unique per command; a retry reuses it and yields identical event ids. */
    commandId: Id,
    actor: z.string().min(1).max(LIMITS.id),
    /** Defaults to commandId. */
    correlationId: Id.nullish(),
    /** Defaults to null. */
    causationId: Id.nullish(),
    /** When the command was issued (now); receipts after it are refused. */
    issuedAt: InstantSchema,
  })
  .strict();
export type CommandMeta = z.infer<typeof CommandMetaSchema>;

const meta = { meta: CommandMetaSchema };
const dossier = { office: OfficeCode, dossierCode: DossierCode };
/** When it happened; defaults to meta.issuedAt and becomes the event's meta.occurredAt. */
const at = { at: InstantSchema.nullish() };

const opening = {
  ...dossier,
  procedureCode: z.string().min(1).max(LIMITS.procedureCode).regex(PLAIN_TEXT, PLAIN_TEXT_RULE).nullish(),
  /** Defaults to the procedure's field. */
  field: FieldSchema.nullish(),
  channel: ChannelSchema,
  receivedAt: InstantSchema,
  /** Defaults to calendar.dueAt(receivedAt, procedure.timeLimit). */
  dueAt: InstantSchema.nullish(),
  applicantRef: z.string().max(LIMITS.applicantRef).regex(PLAIN_TEXT, PLAIN_TEXT_RULE).nullish(),
};

const { DossierTransferredIn } = EventDataSchemas;

export const ReceiveDossierSchema = z.object({ type: z.literal('ReceiveDossier'), ...opening, ...meta }).strict();
export const TransferInSchema = z
  .object({
    type: z.literal('TransferIn'),
    ...opening,
    source: DossierTransferredIn.shape.source,
    note: z.string().max(LIMITS.note).nullish(),
    ...meta,
  })
  .strict();
export const RequestSupplementSchema = z
  .object({
    type: z.literal('RequestSupplement'),
    ...dossier,
    reason: z.string().min(1).max(LIMITS.reason),
    ...at,
    ...meta,
  })
  .strict();
export const ProvideSupplementSchema = z
  .object({ type: z.literal('ProvideSupplement'), ...dossier, ...at, ...meta })
  .strict();
export const RescheduleDueDateSchema = z
  .object({
    type: z.literal('RescheduleDueDate'),
    ...dossier,
    reason: z.string().min(1).max(LIMITS.reason),
    newDueAt: InstantSchema,
    ...at,
    ...meta,
  })
  .strict();
export const ResolveDossierSchema = z
  .object({
    type: z.literal('ResolveDossier'),
    ...dossier,
    decision: z.enum(['approved', 'refused']),
    note: z.string().max(LIMITS.comment).nullish(),
    ...at,
    ...meta,
  })
  .strict();
export const ReturnResultSchema = z.object({ type: z.literal('ReturnResult'), ...dossier, ...at, ...meta }).strict();
export const WithdrawDossierSchema = z
  .object({
    type: z.literal('WithdrawDossier'),
    ...dossier,
    reason: z.string().max(LIMITS.reason).nullish(),
    ...at,
    ...meta,
  })
  .strict();
export const ReturnUnprocessedSchema = z
  .object({
    type: z.literal('ReturnUnprocessed'),
    ...dossier,
    reason: z.string().min(1).max(LIMITS.reason),
    ...at,
    ...meta,
  })
  .strict();
export const DigitiseDossierSchema = z
  .object({ type: z.literal('DigitiseDossier'), ...dossier, what: z.enum(['papers', 'result']), ...at, ...meta })
  .strict();
export const PayFeeSchema = z
  .object({
    type: z.literal('PayFee'),
    ...dossier,
    method: z.enum(['online', 'counter']),
    amountVnd: z.number().int().nonnegative().max(1e15),
    ...at,
    ...meta,
  })
  .strict();
export const RateSatisfactionSchema = z
  .object({
    type: z.literal('RateSatisfaction'),
    ...dossier,
    score: z.number().int().min(1).max(5),
    complaint: z.boolean(),
    comment: z.string().max(LIMITS.comment).nullish(),
    ...at,
    ...meta,
  })
  .strict();
export const CorrectEventSchema = z
  .object({
    type: z.literal('CorrectEvent'),
    ...dossier,
    supersedes: z.string().min(1).max(LIMITS.eventId),
    reason: z.string().min(1).max(LIMITS.reason),
    /** The event as it should have been recorded (same type, current schema), or null to retract it. */
    replacement: z
      .object({ type: z.string().min(1), occurredAt: InstantSchema, data: z.record(z.string(), z.unknown()) })
      .strict()
      .nullable(),
    ...at,
    ...meta,
  })
  .strict();

/** A desk or unit name, or an official's account, as the control sheet prints it: one line of plain text. */
const StepParty = FieldSchema.regex(PLAIN_TEXT, PLAIN_TEXT_RULE);
export const HandOverDossierSchema = z
  .object({
    type: z.literal('HandOverDossier'),
    ...dossier,
    fromUnit: StepParty,
    giver: StepParty,
    toUnit: StepParty,
    receiver: StepParty,
    /** When the receiver's step is due, where the procedure sets one. */
    stepDueAt: InstantSchema.nullish(),
    note: z.string().max(LIMITS.comment).nullish(),
    ...at,
    ...meta,
  })
  .strict();
/** The stop notice (Thông báo dừng giải quyết hồ sơ); the reason is printed on the notice. */
export const StopProcessingSchema = z
  .object({
    type: z.literal('StopProcessing'),
    ...dossier,
    reason: z.string().min(1).max(LIMITS.reason),
    ...at,
    ...meta,
  })
  .strict();

export const DossierCommandSchema = z.discriminatedUnion('type', [
  ReceiveDossierSchema,
  TransferInSchema,
  RequestSupplementSchema,
  ProvideSupplementSchema,
  RescheduleDueDateSchema,
  ResolveDossierSchema,
  ReturnResultSchema,
  WithdrawDossierSchema,
  ReturnUnprocessedSchema,
  DigitiseDossierSchema,
  PayFeeSchema,
  RateSatisfactionSchema,
  CorrectEventSchema,
  HandOverDossierSchema,
  StopProcessingSchema,
]);

export type DossierCommand = z.infer<typeof DossierCommandSchema>;
export type CommandType = DossierCommand['type'];
export type CommandOf<T extends CommandType> = Extract<DossierCommand, { type: T }>;
export type ReceiveDossier = CommandOf<'ReceiveDossier'>;
export type TransferIn = CommandOf<'TransferIn'>;
export type RequestSupplement = CommandOf<'RequestSupplement'>;
export type ProvideSupplement = CommandOf<'ProvideSupplement'>;
export type RescheduleDueDate = CommandOf<'RescheduleDueDate'>;
export type ResolveDossier = CommandOf<'ResolveDossier'>;
export type ReturnResult = CommandOf<'ReturnResult'>;
export type WithdrawDossier = CommandOf<'WithdrawDossier'>;
export type ReturnUnprocessed = CommandOf<'ReturnUnprocessed'>;
export type DigitiseDossier = CommandOf<'DigitiseDossier'>;
export type PayFee = CommandOf<'PayFee'>;
export type RateSatisfaction = CommandOf<'RateSatisfaction'>;
export type CorrectEvent = CommandOf<'CorrectEvent'>;
export type HandOverDossier = CommandOf<'HandOverDossier'>;
export type StopProcessing = CommandOf<'StopProcessing'>;

export const COMMAND_TYPES = DossierCommandSchema.options.map((o) => o.shape.type.value) as CommandType[];

// The fast checks of isValidCommandFast, derived once from the command schemas above (checksOf, codec.ts):
// only "certainly valid", never a message.

/** Every key an object may hold, with its rule: checked in one pass over the rules, then one count of the
 *  object's keys (two passes over the object and a lookup per key cost more than the checks themselves). */
type Checks = ReadonlyArray<readonly [string, Check]>;

/**
 * A plain object whose values pass their rules and that holds no key without a rule. A key given as
 * undefined is not counted as held, so such an object is left to zod (which reads it the same way).
 */
function passes(checks: Checks, o: Record<string, unknown>): boolean {
  let held = 0;
  for (let i = 0; i < checks.length; i++) {
    const [k, check] = checks[i]!;
    const v = o[k];
    if (!check(v)) return false;
    if (v !== undefined) held++;
  }
  let keys = 0;
  for (const k in o)
    if (Object.hasOwn(o, k)) keys++;
    else return false;
  return keys === held;
}

const META_CHECKS: Checks = checksOf(CommandMetaSchema.shape);
const isValidMeta = (v: unknown): boolean => isPlainObject(v) && passes(META_CHECKS, v);

/** The type is what chose the checks; meta is an object of its own. */
const COMMON_CHECKS: Readonly<Record<string, Check>> = { type: () => true, meta: isValidMeta };

/** Every key each command may hold, with its rule. CorrectEvent (nested replacement) is left to zod. */
const COMMAND_CHECKS: { readonly [T in CommandType]?: Checks } = Object.fromEntries(
  DossierCommandSchema.options
    .filter((o) => o.shape.type.value !== 'CorrectEvent')
    .map((o) => [o.shape.type.value, checksOf(o.shape, COMMON_CHECKS)]),
);

/**
 * True only when DossierCommandSchema certainly accepts `raw` and reads it as it is (no field changed,
 * e.g. by trimming): the decider then uses `raw` without a zod pass. False means "ask parseCommand",
 * which gives the verdict and the messages.
 */
export function isValidCommandFast(raw: unknown): raw is DossierCommand {
  if (!isPlainObject(raw)) return false;
  const type = raw.type;
  if (typeof type !== 'string' || !Object.hasOwn(COMMAND_CHECKS, type)) return false;
  const checks = COMMAND_CHECKS[type as CommandType];
  return checks !== undefined && passes(checks, raw);
}

/** Validates a command from outside (JSON, CLI, another project); issues name each bad field. */
export function parseCommand(raw: unknown): Result<DossierCommand, DomainError> {
  const r = DossierCommandSchema.safeParse(raw);
  if (r.success) return ok(r.data);
  const issues = issuesOf('', r.error);
  const rec = typeof raw === 'object' && raw !== null ? (raw as Record<string, unknown>) : {};
  const subject =
    typeof rec.office === 'string' && typeof rec.dossierCode === 'string'
      ? `${rec.office}/${rec.dossierCode}`
      : undefined;
  const name = typeof rec.type === 'string' ? rec.type : 'command';
  const message = `${name}${subject ? ` for ${subject}` : ''}: ${issues.map((i) => `${i.path}: ${i.message}`).join('; ')}`;
  return err(domainError('INVALID_COMMAND', message, subject ? { subject, issues } : { issues }));
}

/** The dossier a command is about, as `office/code`. */
export const commandSubject = (c: { office: string; dossierCode: string }): string => `${c.office}/${c.dossierCode}`;

/** The business moment a command speaks of: the receipt, else its `at`, else when it was issued. */
export const commandMoment = (c: DossierCommand): string =>
  c.type === 'ReceiveDossier' || c.type === 'TransferIn'
    ? c.receivedAt
    : ((c as { at?: string | null }).at ?? c.meta.issuedAt);
