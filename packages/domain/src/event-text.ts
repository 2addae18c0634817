// The JSON text of an event as a ledger stores and hashes it: JSON.stringify(data), a newline, then
// JSON.stringify(meta) (the store's payload; JSON never holds a raw newline, so the first one splits it).
//
// Written here piece by piece for the usual case, flat objects with their schema's keys in schema order
// (every event the decider or the codec makes), and joined once. JSON.stringify built each text from
// growing buffers and answered with a chain of them, twice the text in garbage per event, which an import
// pays for every event it writes. Anything else goes to JSON.stringify itself; event-text.test.ts holds
// the two equal for any input.
import { EventDataSchemas, EventMetaSchema } from './events.js';

/** An object's keys in order, with the text that precedes each value: `{"key":` then `,"key":`. */
interface Shape {
  readonly keys: readonly string[];
  readonly prefixes: readonly string[];
}
const shapeOf = (keys: readonly string[]): Shape => ({
  keys,
  prefixes: keys.map((k, i) => `${i === 0 ? '{' : ','}${JSON.stringify(k)}:`),
});
const DATA_SHAPES: Readonly<Record<string, Shape>> = Object.fromEntries(
  Object.entries(EventDataSchemas).map(([type, schema]) => [type, shapeOf(Object.keys(schema.shape))]),
);
const META_SHAPE = shapeOf(Object.keys(EventMetaSchema.shape));

/** A string JSON.stringify copies as is between quotes (no quote, backslash, control or surrogate unit). */
// biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what JSON.stringify escapes
const PLAIN = /^[^"\\\u0000-\u001f\ud800-\udfff]*$/;

/**
 * Writes JSON.stringify(o)'s pieces into `parts` from index `n` when `o` is a plain object holding exactly
 * the shape's keys, in order, with string, finite number, boolean or null values; returns the index after
 * them, or -1 (parts then unusable) otherwise.
 */
function writeFlat(parts: string[], n: number, shape: Shape, o: unknown): number {
  if (typeof o !== 'object' || o === null) return -1;
  const proto = Object.getPrototypeOf(o);
  if (proto !== Object.prototype && proto !== null) return -1;
  const { keys, prefixes } = shape;
  let i = 0;
  for (const k in o) {
    if (k !== keys[i]) return -1;
    const v = (o as Record<string, unknown>)[k];
    parts[n++] = prefixes[i]!;
    if (typeof v === 'string') {
      if (PLAIN.test(v)) {
        parts[n++] = '"';
        parts[n++] = v;
        parts[n++] = '"';
      } else parts[n++] = JSON.stringify(v);
    } else if (v === null) parts[n++] = 'null';
    else if (typeof v === 'boolean') parts[n++] = v ? 'true' : 'false';
    else if (typeof v === 'number' && Number.isFinite(v)) parts[n++] = String(v);
    else return -1;
    i++;
  }
  if (i !== keys.length) return -1;
  parts[n++] = i === 0 ? '{}' : '}';
  return n;
}

// The pieces of the text being written, kept between calls and overwritten in place: a fresh array grew
// three times per event and was a fifth of everything an import allocated. A getter on an event's data
// could call back in while it is in use; such a call gets its own array.
const scratch: string[] = [];
let scratchInUse = false;

/** `${JSON.stringify(data)}\n${JSON.stringify(meta)}`, as one flat string. */
export function eventText(type: unknown, data: unknown, meta: unknown): string {
  const shape = typeof type === 'string' && Object.hasOwn(DATA_SHAPES, type) ? DATA_SHAPES[type] : undefined;
  if (shape) {
    const own = !scratchInUse;
    const parts = own ? scratch : [];
    scratchInUse = true;
    try {
      let n = writeFlat(parts, 0, shape, data);
      if (n >= 0) {
        parts[n++] = '\n';
        n = writeFlat(parts, n, META_SHAPE, meta);
        if (n >= 0) {
          // Shortened, not emptied: V8 trims the backing store in place, where length 0 would drop it.
          parts.length = n;
          return parts.join('');
        }
      }
    } finally {
      if (own) scratchInUse = false;
    }
  }
  return [JSON.stringify(data), JSON.stringify(meta)].join('\n');
}
