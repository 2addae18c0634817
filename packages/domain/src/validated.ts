// Which event objects this process has already validated, so the store can skip validating them again.
// Internal: whoever can mark an object can make the store skip its checks for it, so this module is
// reached only through the package's `./internal` entry (the store), never through its public index.
import type { DossierEvent } from './events.js';

// Events this process has validated against the current schemas (parseEvent's results and the decider's
// events). The store skips re-validating these: a second zod pass over an event just produced by zod was
// a fifth of an import's append time. Events are not frozen (callers may own them), so each gets a
// private shallow copy taken when it was validated; the store writes that copy, and only while the
// event still holds exactly the same values. Events whose data or meta holds a nested object (only
// corrections) are not remembered and are always validated again.
export interface ValidatedForm {
  readonly type: string;
  readonly schemaVersion: number;
  readonly data: Readonly<Record<string, unknown>>;
  readonly meta: Readonly<Record<string, unknown>>;
}
interface Remembered {
  readonly form: ValidatedForm;
  readonly dataKeys: number;
  readonly metaKeys: number;
}
// Kept on the event itself under a private, non-enumerable symbol (invisible to JSON, spreads, clones and
// equality checks, so a copy is not validated): a WeakMap entry per event cost more than deciding the event,
// nearly all of it in the garbage collector. Events that cannot take a property (frozen) use the WeakMap.
const VALIDATED = Symbol('motcua.validated');
const validatedEvents = new WeakMap<object, Remembered>();
const remember = (event: object, r: Remembered): void => {
  if (Object.isExtensible(event)) {
    Object.defineProperty(event, VALIDATED, { value: r, enumerable: false, writable: true, configurable: true });
  } else validatedEvents.set(event, r);
};
const recall = (event: object): Remembered | undefined =>
  Object.hasOwn(event, VALIDATED) ? (event as { [VALIDATED]?: Remembered })[VALIDATED] : validatedEvents.get(event);

/** A shallow copy of a plain object whose values are all primitives, with its key count; else null. */
function flatCopy(o: unknown): [Record<string, unknown>, number] | null {
  if (typeof o !== 'object' || o === null || Object.getPrototypeOf(o) !== Object.prototype) return null;
  const copy: Record<string, unknown> = {};
  let n = 0;
  for (const k in o) {
    const v = (o as Record<string, unknown>)[k];
    if (typeof v === 'object' && v !== null) return null;
    copy[k] = v;
    n++;
  }
  return [copy, n];
}

/** Whether a plain object still holds exactly the keys and values of `copy` (which has `n` keys). */
function sameFlat(o: unknown, copy: Readonly<Record<string, unknown>>, n: number): boolean {
  if (typeof o !== 'object' || o === null || Object.getPrototypeOf(o) !== Object.prototype) return false;
  let count = 0;
  for (const k in o) {
    if (!Object.hasOwn(copy, k) || (o as Record<string, unknown>)[k] !== copy[k]) return false;
    count++;
  }
  return count === n;
}

/**
 * Remembers an event of the current schema version that has just been validated (data by its type's
 * schema; meta by EventMetaSchema, or built from fields checked with the same rules). Returns the event.
 */
export function markValidated<E extends DossierEvent>(event: E): E {
  const data = flatCopy(event.data);
  const meta = data && flatCopy(event.meta);
  if (!data || !meta) return event;
  const form: ValidatedForm = Object.freeze({
    type: event.type,
    schemaVersion: event.schemaVersion,
    data: Object.freeze(data[0]),
    meta: Object.freeze(meta[0]),
  });
  remember(event, { form, dataKeys: data[1], metaKeys: meta[1] });
  return event;
}

/**
 * For an event object this process's parseEvent or decider produced and that still holds exactly what
 * was validated: a frozen copy of it as validated (write that, not the live object). Otherwise
 * undefined, and the event must be validated like any other input.
 */
export function validatedForm(event: unknown): ValidatedForm | undefined {
  if (typeof event !== 'object' || event === null) return undefined;
  const r = recall(event);
  if (!r) return undefined;
  const e = event as { type?: unknown; schemaVersion?: unknown; data?: unknown; meta?: unknown };
  const f = r.form;
  if (e.type !== f.type || e.schemaVersion !== f.schemaVersion) return undefined;
  if (!sameFlat(e.data, f.data, r.dataKeys) || !sameFlat(e.meta, f.meta, r.metaKeys)) return undefined;
  return f;
}
