// Growable typed-array columns: the ledger keeps millions of events and dossiers as numbers in
// columns rather than objects, which keeps a province-year in memory and the counting loop tight.

type Column = Int32Array | Uint8Array | Float64Array | BigInt64Array;

export function grow<A extends Column>(a: A, capacity: number, fill?: number): A {
  const ctor = a.constructor as new (n: number) => A;
  const b = new ctor(capacity);
  (b as unknown as { set(x: A): void }).set(a);
  if (fill !== undefined && !(b instanceof BigInt64Array)) (b as Int32Array).fill(fill, a.length);
  return b;
}

export const nextCapacity = (needed: number, current: number): number => {
  let c = Math.max(current, 1024);
  while (c < needed) c *= 2;
  return c;
};

/** 53-bit string hash (cyrb53): matches a correction to the event it supersedes without keeping ids. */
export function hash53(s: string): number {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < s.length; i++) {
    const ch = s.charCodeAt(i);
    h1 = Math.imul(h1 ^ ch, 2654435761);
    h2 = Math.imul(h2 ^ ch, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return 4294967296 * (2097151 & h2) + (h1 >>> 0);
}

/** Event columns grow by fixed chunks: no copying and at most one chunk unused, at millions of events. */
export const CHUNK_BITS = 16;
export const CHUNK_SIZE = 1 << CHUNK_BITS;
export const CHUNK_MASK = CHUNK_SIZE - 1;
