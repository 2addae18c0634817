// A ledger image (ledger-image.ts) as bytes, in parts: every typed array of at least PART_MIN bytes is its
// own part, its raw bytes (no copy, no encoding); every list longer than LIST_SLICE items is cut into
// slices, each a part of its own in V8's serialization; what is left (a skeleton holding small values
// and references to the parts) is part 0. Parts keep each stored row small (a PostgreSQL bytea travels
// as hex text) and let a running server encode one part at a time, between requests.
import { createHash } from 'node:crypto';
import { deserialize, serialize } from 'node:v8';
import { ProjectionError } from './errors.js';

const PART_MIN = 4096;
const LIST_SLICE = 65_536;

type Typed = Float64Array | Int32Array | Uint8Array;
const KINDS = { f64: Float64Array, i32: Int32Array, u8: Uint8Array } as const;
type Kind = keyof typeof KINDS;
const kindOf = (a: Typed): Kind => (a instanceof Float64Array ? 'f64' : a instanceof Int32Array ? 'i32' : 'u8');

interface ArrayRef {
  $part: number;
  $kind: Kind;
}
interface ListRef {
  $slices: number[];
}

/** The image's parts, produced one at a time (each a thunk: a part is made only when it is read). */
export function encodeParts(image: unknown): { count: number; parts: Iterable<Uint8Array> } {
  const thunks: Array<() => Uint8Array> = [() => serialize(skeleton)];
  const walk = (v: unknown): unknown => {
    if (ArrayBuffer.isView(v)) {
      const a = v as Typed;
      if (a.byteLength < PART_MIN) return v;
      thunks.push(() => new Uint8Array(a.buffer, a.byteOffset, a.byteLength));
      return { $part: thunks.length - 1, $kind: kindOf(a) } satisfies ArrayRef;
    }
    if (Array.isArray(v)) {
      if (v.length <= LIST_SLICE) return v.map(walk);
      const slices: number[] = [];
      for (let i = 0; i < v.length; i += LIST_SLICE) {
        // Walked now, so every part is numbered before the first is made.
        const items = v.slice(i, i + LIST_SLICE).map(walk);
        thunks.push(() => serialize(items));
        slices.push(thunks.length - 1);
      }
      return { $slices: slices } satisfies ListRef;
    }
    if (v !== null && typeof v === 'object') {
      return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, walk(x)]));
    }
    return v;
  };
  const skeleton = walk(image);
  return {
    count: thunks.length,
    parts: {
      *[Symbol.iterator]() {
        for (const t of thunks) yield t();
      },
    },
  };
}

/**
 * The image back from its parts (in order); throws SNAPSHOT_MISMATCH when they do not fit together. A part
 * that is the whole of its buffer becomes the array itself: give parts nothing else holds on to.
 */
export function decodeParts<T>(parts: readonly Uint8Array[]): T {
  const bad = (what: string): never => {
    throw new ProjectionError('SNAPSHOT_MISMATCH', `the snapshot's parts do not fit together (${what})`);
  };
  const read = (i: number): Uint8Array => parts[i] ?? bad(`part ${i} is missing`);
  const fill = (v: unknown): unknown => {
    if (Array.isArray(v)) return v.map(fill);
    if (v === null || typeof v !== 'object' || ArrayBuffer.isView(v)) return v;
    const o = v as Partial<ArrayRef & ListRef>;
    if (typeof o.$part === 'number' && typeof o.$kind === 'string') {
      const ctor = KINDS[o.$kind] ?? bad(`kind ${o.$kind}`);
      const bytes = read(o.$part);
      if (bytes.byteLength % ctor.BYTES_PER_ELEMENT !== 0) bad(`part ${o.$part} has ${bytes.byteLength} bytes`);
      // A part that is a whole buffer of its own (as read from a file or the database) is taken over;
      // any other is copied into one: aligned for the element size, and owned by the ledger.
      if (
        bytes.byteOffset === 0 &&
        bytes.byteLength === bytes.buffer.byteLength &&
        bytes.buffer instanceof ArrayBuffer
      ) {
        return new ctor(bytes.buffer);
      }
      const buffer = new ArrayBuffer(bytes.byteLength);
      new Uint8Array(buffer).set(bytes);
      return new ctor(buffer);
    }
    if (Array.isArray(o.$slices)) return o.$slices.flatMap((i) => fill(deserialize(read(i))) as unknown[]);
    return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, fill(x)]));
  };
  return fill(deserialize(read(0))) as T;
}

/**
 * The checksum kept with a snapshot: SHA-256 over what it claims (ledger version, position, the event's
 * hash there) and every part with its length, so a damaged byte anywhere, or a part lost, changes it.
 */
export function snapshotChecksum() {
  const h = createHash('sha256');
  const len = Buffer.alloc(8);
  return {
    claims(version: number, position: bigint, eventHash: string) {
      h.update(`motcua-ledger-snapshot\n${version}\n${position}\n${eventHash}\n`);
    },
    part(bytes: Uint8Array) {
      len.writeBigUInt64BE(BigInt(bytes.byteLength));
      h.update(len);
      h.update(bytes);
    },
    hex: () => h.digest('hex'),
  };
}
