// Which event objects this process has already validated, so the store can skip validating them again.
// Internal: whoever can mark an object can make the store skip its checks for it, so this module is
// reached only through the package's `./internal` entry (the store), never through its public index.
import type { DossierEvent } from './events.js';

// Events this process has validated against the current schemas (parseEvent's results and the decider's
// events). The store skips re-validating these: a second zod pass over an event just produced by zod was
// a fifth of an import's append time. Events are not frozen (callers may own them), so each gets a
// private shallow copy of its data and meta taken when it was validated; the store writes that copy, and
// only while the event still holds exactly the same values. Events whose data or meta holds a nested
// object (only corrections) are not remembered and are always validated again.
export interface ValidatedForm {
  readonly type: string;
  readonly schemaVersion: number;
  readonly data: Readonly<Record<string, unknown>>;
  readonly meta: Readonly<Record<string, unknown>>;
}
/** The form and the key counts of its copies, in one object: an import holds one per planned event. */
interface Remembered extends ValidatedForm {
  readonly dataKeys: number;
  readonly metaKeys: number;
}
// Kept on the event itself under a private, non-enumerable symbol (invisible to JSON, spreads, clones and
// equality checks, so a copy is not validated): a WeakMap entry per event cost more than deciding the event,
// nearly all of it in the garbage collector. Events that cannot take a property (frozen) use the WeakMap.
const VALIDATED = Symbol('motcua.validated');
const validatedEvents = new WeakMap<object, Remembered>();
// One descriptor object for every mark (defineProperty reads it and keeps nothing of it).
const mark: PropertyDescriptor & { value: Remembered | undefined } = {
  value: undefined,
  enumerable: false,
  writable: true,
  configurable: true,
};
const remember = (event: object, r: Remembered): void => {
  if (Object.isExtensible(event)) {
    mark.value = r;
    Object.defineProperty(event, VALIDATED, mark);
    mark.value = undefined;
  } else validatedEvents.set(event, r);
};
const recall = (event: object): Remembered | undefined =>
  Object.hasOwn(event, VALIDATED) ? (event as { [VALIDATED]?: Remembered })[VALIDATED] : validatedEvents.get(event);

const isPlain = (o: unknown): o is Record<string, unknown> =>
  typeof o === 'object' && o !== null && Object.getPrototypeOf(o) === Object.prototype;

/** The number of keys of an object whose values are all primitives; -1 when a value is an object. */
function flatKeys(o: Readonly<Record<string, unknown>>): number {
  let n = 0;
  for (const k in o) {
    const v = o[k];
    if (typeof v === 'object' && v !== null) return -1;
    n++;
  }
  return n;
}

/** Whether a plain object still holds exactly the keys and values of `copy` (which has `n` keys). */
function sameFlat(o: unknown, copy: Readonly<Record<string, unknown>>, n: number): boolean {
  if (!isPlain(o)) return false;
  let count = 0;
  for (const k in o) {
    if (!Object.hasOwn(copy, k) || o[k] !== copy[k]) return false;
    count++;
  }
  return count === n;
}

/**
 * Remembers an event of the current schema version that has just been validated (data by its type's
 * schema; meta by EventMetaSchema, or built from fields checked with the same rules). Returns the event.
 */
export function markValidated<E extends DossierEvent>(event: E): E {
  if (!isPlain(event.data) || !isPlain(event.meta)) return event;
  // Spread copies: one allocation each with the properties in place. The form is not frozen: only the
  // store sees it (through ./internal), and it only reads it.
  const data = { ...event.data };
  const meta = { ...event.meta };
  const dataKeys = flatKeys(data);
  const metaKeys = dataKeys < 0 ? -1 : flatKeys(meta);
  if (metaKeys < 0) return event;
  remember(event, { type: event.type, schemaVersion: event.schemaVersion, data, meta, dataKeys, metaKeys });
  return event;
}

/**
 * For an event object this process's parseEvent or decider produced and that still holds exactly what
 * was validated: a copy of it as validated (write that, not the live object). Otherwise undefined, and
 * the event must be validated like any other input.
 */
export function validatedForm(event: unknown): ValidatedForm | undefined {
  if (typeof event !== 'object' || event === null) return undefined;
  const r = recall(event);
  if (!r) return undefined;
  const e = event as { type?: unknown; schemaVersion?: unknown; data?: unknown; meta?: unknown };
  if (e.type !== r.type || e.schemaVersion !== r.schemaVersion) return undefined;
  if (!sameFlat(e.data, r.data, r.dataKeys) || !sameFlat(e.meta, r.meta, r.metaKeys)) return undefined;
  return r;
}
