// Reading events from storage: every stored version is upcast to the current schema, then validated,
// so the rest of the code only ever sees current-shape events.
import { z } from 'zod';
import { type DomainError, domainError, err, ok, type Result } from './errors.js';
import {
  CURRENT_SCHEMA_VERSION,
  type DossierEvent,
  EventDataSchemas,
  EventMetaSchema,
  type EventType,
} from './events.js';
import { DossierCodeSchema, OfficeCodeSchema, ProcedureCodeSchema } from './ids.js';
import { DOSSIER_CODE_PATTERN, LIMITS } from './limits.js';
import { isOfficeCode, OFFICE_CODE_PATTERN } from './office-code.js';
import { InstantSchema, isValidInstant } from './time.js';

/** The raw shape an event has in storage or on the wire, before validation. */
export interface RawEvent {
  readonly type: unknown;
  readonly schemaVersion: unknown;
  readonly data: unknown;
  readonly meta: unknown;
}

/** Turns `data` of version `fromVersion` into version `fromVersion + 1`. Throws UpcastError on data it cannot read. */
export type Upcaster = (data: unknown) => unknown;

/** Raised inside an upcaster when old data cannot be converted; parseEvent turns it into INVALID_EVENT. */
export class UpcastError extends Error {
  constructor(
    readonly path: string,
    message: string,
  ) {
    super(message);
    this.name = 'UpcastError';
  }
}

const isEventType = (t: unknown): t is EventType => typeof t === 'string' && Object.hasOwn(EventDataSchemas, t);

/**
 * Reads an amount as the counter printed it in v1 receipts: Vietnamese grouping with "." (or spaces)
 * for thousands and "," for decimals, followed by "đ", "₫", "VND" or "VNĐ". Returns null when unreadable.
 */
export function parseVndAmount(text: string): number | null {
  const s = text
    .normalize('NFC')
    .trim()
    .replace(/\s*(₫|đồng|đ|vnđ|vnd|d)\.?$/i, '')
    .trim();
  const m = /^(\d{1,3}(?:[.\s\u00a0]\d{3})+|\d+)(?:,(\d+))?$/.exec(s);
  if (!m?.[1]) return null;
  // Fractions of a đồng do not exist in practice; "50.000,00" is fine, "50.000,50" is not an integer amount.
  if (m[2] !== undefined && /[1-9]/.test(m[2])) return null;
  const n = Number(m[1].replace(/[.\s\u00a0]/g, ''));
  return Number.isSafeInteger(n) ? n : null;
}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** FeePaid v1 `{method, amount: "50.000 đ"}` → v2 `{method, amountVnd: 50000}`. */
const feePaidV1toV2: Upcaster = (data) => {
  if (!isRecord(data)) return data;
  const { amount, ...rest } = data;
  if (typeof amount === 'number') return { ...rest, amountVnd: amount };
  if (typeof amount !== 'string')
    throw new UpcastError('data.amount', 'FeePaid v1: amount must be a text like "50.000 đ"');
  const amountVnd = parseVndAmount(amount);
  if (amountVnd === null) {
    throw new UpcastError('data.amount', `FeePaid v1: cannot read amount "${amount}" as whole đồng (e.g. "50.000 đ")`);
  }
  return { ...rest, amountVnd };
};

/** upcasters[type][fromVersion] lifts data one version up. Every version below the current one needs one. */
export const upcasters: { readonly [T in EventType]?: Readonly<Record<number, Upcaster>> } = {
  FeePaid: { 1: feePaidV1toV2 },
};

const pathOf = (prefix: string, path: ReadonlyArray<PropertyKey>): string =>
  path.reduce<string>(
    (acc, k) => (typeof k === 'number' ? `${acc}[${k}]` : acc === '' ? String(k) : `${acc}.${String(k)}`),
    prefix,
  ) || '(root)';

// zod's own messages in both languages: its classic entry words issues with the `en` locale, and its `vi`
// locale words the same issue in Vietnamese. A message our schemas set themselves has no Vietnamese here.
const zodEnglish = z.locales.en().localeError;
const zodVietnamese = z.locales.vi().localeError;
const localeText = (locale: typeof zodEnglish, issue: z.core.$ZodIssue): string | undefined => {
  try {
    const r = locale(issue as unknown as z.core.$ZodRawIssue);
    return typeof r === 'string' ? r : r?.message;
  } catch {
    return undefined; // an issue shape the locale does not expect: no translation rather than a throw
  }
};
/** zod's Vietnamese for an issue it worded itself; undefined for a message a schema set. */
const vietnameseOf = (issue: z.core.$ZodIssue): string | undefined =>
  localeText(zodEnglish, issue) === issue.message ? localeText(zodVietnamese, issue) : undefined;

/** Zod issues as `{path, message, messageVi?}`, paths rooted at `prefix` (e.g. `data.amountVnd`). */
export function issuesOf(prefix: string, error: z.ZodError): { path: string; message: string; messageVi?: string }[] {
  // One message per field: a value failing a pattern would otherwise also fail the refinements after it.
  const byPath = new Map<string, z.core.$ZodIssue>();
  for (const i of error.issues) {
    const path = pathOf(prefix, i.path);
    if (!byPath.has(path)) byPath.set(path, i);
  }
  return [...byPath].map(([path, issue]) => {
    const messageVi = vietnameseOf(issue);
    return messageVi === undefined ? { path, message: issue.message } : { path, message: issue.message, messageVi };
  });
}

const describe = (issues: ReadonlyArray<{ path: string; message: string }>): string =>
  issues.map((i) => `${i.path}: ${i.message}`).join('; ');

/**
 * Validates and upcasts one stored event. Unknown types and versions newer than this code knows are
 * rejected rather than guessed at; the result always carries the current schema version.
 */
export function parseEvent(raw: RawEvent): Result<DossierEvent, DomainError> {
  if (!isRecord(raw))
    return err(domainError('INVALID_EVENT', 'event: expected an object {type, schemaVersion, data, meta}'));
  const { type, schemaVersion } = raw;
  const eventId = isRecord(raw.meta) && typeof raw.meta.eventId === 'string' ? raw.meta.eventId : undefined;
  const subject = eventId ? { subject: eventId } : {};
  const where = eventId ? ` (event ${eventId})` : '';
  if (!isEventType(type)) {
    return err(domainError('UNKNOWN_EVENT_TYPE', `unknown event type ${JSON.stringify(type)}${where}`, subject));
  }
  const current = CURRENT_SCHEMA_VERSION[type];
  if (typeof schemaVersion !== 'number' || !Number.isInteger(schemaVersion) || schemaVersion < 1) {
    return err(
      domainError('INVALID_EVENT', `${type}${where}: schemaVersion must be a positive integer`, {
        ...subject,
        issues: [{ path: 'schemaVersion', message: 'expected a positive integer' }],
      }),
    );
  }
  if (schemaVersion > current) {
    return err(
      domainError(
        'UNSUPPORTED_SCHEMA_VERSION',
        `${type}${where}: schema version ${schemaVersion} is newer than this software knows (${current})`,
        subject,
      ),
    );
  }
  // Current-version events the hand-written checks find certainly valid skip zod, whose result would
  // equal them (fast-validation.test.ts); zod still decides, and words, every refusal.
  if (isValidEventFast(raw)) {
    const copy = {
      type,
      schemaVersion: current,
      data: { ...(raw.data as object) },
      meta: { ...(raw.meta as object) },
    } as DossierEvent;
    return ok(copy);
  }
  let data: unknown = raw.data;
  for (let v = schemaVersion; v < current; v++) {
    const up = upcasters[type]?.[v];
    if (!up) {
      return err(
        domainError('UNSUPPORTED_SCHEMA_VERSION', `${type}${where}: no upcaster from schema version ${v}`, subject),
      );
    }
    try {
      data = up(data);
    } catch (e) {
      if (!(e instanceof UpcastError)) throw e;
      const issues = [{ path: e.path, message: e.message }];
      return err(domainError('INVALID_EVENT', `${type}${where}: ${e.message}`, { ...subject, issues }));
    }
  }
  const dataResult = EventDataSchemas[type].safeParse(data);
  const metaResult = EventMetaSchema.safeParse(raw.meta);
  const issues = [
    ...(dataResult.success ? [] : issuesOf('data', dataResult.error)),
    ...(metaResult.success ? [] : issuesOf('meta', metaResult.error)),
  ];
  if (!dataResult.success || !metaResult.success) {
    return err(domainError('INVALID_EVENT', `${type}${where}: ${describe(issues)}`, { ...subject, issues }));
  }
  return ok({ type, schemaVersion: current, data: dataResult.data, meta: metaResult.data } as DossierEvent);
}

/** Validates the data of one event type against its current schema (used for correction replacements). */
export function parseEventData(
  type: EventType,
  data: unknown,
): Result<DossierEvent['data'], ReadonlyArray<{ path: string; message: string }>> {
  const r = EventDataSchemas[type].safeParse(data);
  return r.success ? ok(r.data) : err(issuesOf('data', r.error));
}

// Event ids have their own module; re-exported here, where they were first defined.
export { EVENT_ID_NAMESPACE, eventIdFor } from './event-id.js';

// ---------------------------------------------------------------------------------------------------------
// Fast acceptance checks. Zod was most of the decider's time (a command and its event were each parsed by
// zod, a typed object in, a copy out). These checks state the same rules by hand for flat values and only
// ever say "certainly valid": anything they do not accept goes through zod as before, so messages and
// every rejection are zod's. Whatever they accept, zod accepts and returns unchanged (same keys, values).
// The tables are derived from the zod schemas at load (checksOf), so a rule is stated once.

/** Whether `v` passes InstantSchema (an ISO instant with offset that names a real time). No cache: the
 *  check reads character codes (~60 ns), and the Set of seen instants it once had cost more, hashing each
 *  fresh string and churning (200k distinct instants, 4 rounds: 0.09-0.28 µs a call cached, 0.06 plain);
 *  an import asks about ten instants a row. */
export const isInstant = (v: unknown): v is string => typeof v === 'string' && isValidInstant(v);

/** z.string().min(min).max(max) */
export const isText = (v: unknown, min: number, max: number): v is string =>
  typeof v === 'string' && v.length >= min && v.length <= max;

/**
 * Free text a person typed (a procedure code, an applicant reference): no control characters (NUL, line
 * breaks, escapes), which no form field holds and which a printed paper or a log line would garble.
 */
export const PLAIN_TEXT = /^[^\p{Cc}]*$/u;
export const PLAIN_TEXT_RULE = 'no control characters (such as NUL or a line break)';
export const PLAIN_TEXT_RULE_VI = 'không được chứa ký tự điều khiển (như NUL hay xuống dòng)';
export const isPlainText = (v: unknown, min: number, max: number): v is string =>
  isText(v, min, max) && PLAIN_TEXT.test(v);

/** FieldSchema (z.string().trim().min(1).max(LIMITS.field)) when it would not change the value: already trimmed. */
export const isFieldText = (v: unknown): v is string => isText(v, 1, LIMITS.field) && v.trim() === v;

/** z.number().int().min(min).max(max) (safe integers only; anything else goes to zod). */
export const isIntIn = (v: unknown, min: number, max: number): v is number =>
  Number.isSafeInteger(v) && (v as number) >= min && (v as number) <= max;

/** DossierCodeSchema and the commands' dossier code. */
export const isDossierCode = (v: unknown): v is string => typeof v === 'string' && DOSSIER_CODE_PATTERN.test(v);

/** A plain object (literal or JSON), whose own enumerable string keys are all it has. */
export const isPlainObject = (v: unknown): v is Record<string, unknown> => {
  if (typeof v !== 'object' || v === null) return false;
  const proto = Object.getPrototypeOf(v);
  return proto === Object.prototype || proto === null;
};

/** Small predicates the fast validators (here and in commands.ts) are built from. */
export type Check = (v: unknown) => boolean;
const nullable =
  (f: Check): Check =>
  (v) =>
    v === null || f(v);
export const oneOf =
  (...values: string[]): Check =>
  (v) =>
    typeof v === 'string' && values.includes(v);
export const text =
  (min: number, max: number): Check =>
  (v) =>
    isText(v, min, max);
export const plainText =
  (min: number, max: number): Check =>
  (v) =>
    isPlainText(v, min, max);

const nullish =
  (f: Check): Check =>
  (v) =>
    v === undefined || v === null || f(v);
const plainField: Check = (v) => isFieldText(v) && PLAIN_TEXT.test(v);
const isBoolean: Check = (v) => typeof v === 'boolean';

/** A rule with no fast check: a schema changed so fails at load, never silently. */
const unknownRule = (what: string): Error => new Error(`fast validation: no fast check for ${what}`);

/** Pipes that only brand a string (the value comes out as it went in): checked as their input. */
const BRANDS: ReadonlySet<z.ZodType> = new Set([OfficeCodeSchema, DossierCodeSchema, ProcedureCodeSchema]);

/** A string's fast check: its length limits, FieldSchema's trim (a trimmed value is read unchanged), PLAIN_TEXT
 *  or the office or dossier code pattern; the same specialised closures a hand-written table would hold. */
function stringCheck(s: z.ZodString): Check {
  let trimmed = false;
  let plain = false;
  let code: Check | null = null;
  for (const c of s.def.checks ?? []) {
    const d = c._zod.def as { check: string; format?: string; pattern?: RegExp; tx?: (v: string) => string };
    if (d.check === 'min_length' || d.check === 'max_length') continue;
    if (d.check === 'overwrite' && d.tx?.(' x ') === 'x') trimmed = true;
    else if (d.format === 'regex' && d.pattern === PLAIN_TEXT) plain = true;
    else if (d.format === 'regex' && d.pattern === OFFICE_CODE_PATTERN) code = isOfficeCode;
    else if (d.format === 'regex' && d.pattern === DOSSIER_CODE_PATTERN) code = isDossierCode;
    else throw unknownRule(`a string's ${d.format ?? d.check}`);
  }
  const min = s.minLength ?? 0;
  const max = s.maxLength ?? Number.POSITIVE_INFINITY;
  if (code) {
    if (trimmed || plain || s.minLength !== null || s.maxLength !== null) throw unknownRule('a code with more rules');
    return code;
  }
  if (!trimmed) return plain ? plainText(min, max) : text(min, max);
  if (min !== 1 || max !== LIMITS.field) throw unknownRule('a trimmed text other than FieldSchema');
  return plain ? plainField : isFieldText;
}

/** The fast check of one field, read from its zod schema (zod 4: the wrappers, then the checks). */
function checkOf(s: z.ZodType): Check {
  if (s instanceof z.ZodOptional && s.unwrap() instanceof z.ZodNullable)
    return nullish(checkOf((s.unwrap() as z.ZodNullable).unwrap() as z.ZodType));
  if (s instanceof z.ZodNullable) return nullable(checkOf(s.unwrap() as z.ZodType));
  if (BRANDS.has(s)) return checkOf((s as z.ZodPipe).in as z.ZodType);
  if (s === InstantSchema) return isInstant;
  if (s instanceof z.ZodEnum) return oneOf(...(s.options as string[]));
  if (s instanceof z.ZodBoolean) return isBoolean;
  if (s instanceof z.ZodNumber && s.isInt && s.minValue !== null && s.maxValue !== null) {
    const { minValue: min, maxValue: max } = s;
    return (v) => isIntIn(v, min, max);
  }
  if (s instanceof z.ZodString) return stringCheck(s);
  throw unknownRule(`a ${s.def.type}`);
}

/** The checks of a shape's keys, in its order, derived once at load; `given` states keys checked otherwise. */
export const checksOf = (
  shape: z.ZodRawShape,
  given: Readonly<Record<string, Check>> = {},
): ReadonlyArray<readonly [string, Check]> =>
  Object.entries(shape).map(([k, s]) => [k, given[k] ?? checkOf(s as z.ZodType)] as const);

/** EventDataSchemas as fast checks, keys in schema order. EventCorrected (nested replacement) is left to zod. */
const DATA_CHECKS: { readonly [T in EventType]?: ReadonlyArray<readonly [string, Check]> } = Object.fromEntries(
  Object.entries(EventDataSchemas)
    .filter(([type]) => type !== 'EventCorrected')
    .map(([type, schema]) => [type, checksOf(schema.shape)]),
);

/** EventMetaSchema as fast checks, keys in schema order. */
const META_CHECKS = checksOf(EventMetaSchema.shape);

/** A plain object holding exactly the keys of `checks`, in their order, each passing its check. */
function passesInOrder(checks: ReadonlyArray<readonly [string, Check]>, o: unknown): o is Record<string, unknown> {
  if (!isPlainObject(o)) return false;
  let i = 0;
  for (const k in o) {
    const c = checks[i];
    if (!c || c[0] !== k || !Object.hasOwn(o, k) || !c[1](o[k])) return false;
    i++;
  }
  return i === checks.length;
}

/**
 * True only when EventDataSchemas[type] certainly accepts `data` and its result would equal `data`: a
 * plain object holding exactly the schema's keys, in the schema's order, each valid. False means "ask zod".
 */
export function isValidEventDataFast(type: EventType, data: unknown): data is Record<string, unknown> {
  const checks = DATA_CHECKS[type];
  return checks !== undefined && passesInOrder(checks, data);
}

/** The same for EventMetaSchema: true only when zod would accept `meta` and return it unchanged. */
export function isValidEventMetaFast(meta: unknown): meta is Record<string, unknown> {
  return passesInOrder(META_CHECKS, meta);
}

/**
 * True only when parseEvent certainly accepts `raw` as it is: a known type at its current schema
 * version whose data and meta pass the hand-written checks. False means "ask parseEvent".
 */
export function isValidEventFast(raw: RawEvent): boolean {
  const { type } = raw;
  return (
    isEventType(type) &&
    raw.schemaVersion === CURRENT_SCHEMA_VERSION[type] &&
    isValidEventDataFast(type, raw.data) &&
    isValidEventMetaFast(raw.meta)
  );
}
