// The ledger's events by ordinal: the dossier events it holds are numbered 0, 1, 2… in the order they were
// applied, which is position order, and kept as numbers in typed-array columns that grow by fixed chunks
// (no copying at millions of events). Each event links back to its dossier's previous one. Because
// recordedAt never decreases along position, "as known at T" is "every ordinal up to lastKnownAt(T)", one
// binary search over the running maximum of recordedAt.
//
// A slot may be written before its event counts: the ledger's general path reads the event being applied
// through its slot while it checks the dossier's new facts, and only commit() makes the ordinal count.
// The ledger reads the columns directly in its counting loops (the arrays below are its state, not
// copies), so this module owns their layout, growth, writing and search, not every read.
import { CHUNK_BITS, CHUNK_MASK, CHUNK_SIZE, hash53 } from '../columns.js';
import { type Compact, type Correction, isOpening, T } from '../decode.js';

export interface EventColumns {
  /** Running maximum of recordedAt (ms) up to each ordinal, so a cut-off is a prefix. */
  readonly rec: Float64Array[];
  /** Event type code (decode.ts T). */
  readonly t: Uint8Array[];
  /** Business time (ms): occurredAt, or receivedAt for an opening. */
  readonly occ: Float64Array[];
  /** The compact form's b; for FeePaid its a (the amount). */
  readonly x: Float64Array[];
  readonly s: Int32Array[];
  /** hash53 of the eventId, to find what a correction supersedes without keeping ids. */
  readonly id: Float64Array[];
  /** The same dossier's previous ordinal, −1 for its first. */
  readonly prev: Int32Array[];
  /** Global position by ordinal; filled only when the ledger reads timelines from an event source. */
  readonly pos: Float64Array[];
  /** Corrections by the ordinal of the EventCorrected that carries them. */
  readonly corrections: Map<number, Correction>;
  /** Ordinals that count: 0 … count − 1. */
  readonly count: number;
  /** Makes room for ordinal o (the next one). */
  ensure(o: number): void;
  /** Writes an event's facts into slot o, which counts only after commit(o). */
  write(o: number, c: Compact, recMs: number, eventId: string, prev: number): void;
  /** Undoes what write() kept beside the columns, for an event refused after being written. */
  unwrite(o: number): void;
  /** Makes ordinal o count, with its global position when positions are kept. */
  commit(o: number, position: number): void;
  recAt(o: number): number;
  occAt(o: number): number;
  prevOf(o: number): number;
  /** The event at ordinal o in compact form (decode.ts), with the correction it carries. */
  compactAt(o: number): Compact;
  /** The last ordinal recorded at or before `ms` (−1 when nothing was recorded by then). */
  lastKnownAt(ms: number): number;
}

/** The columns' chunks by name, as a snapshot holds them (ledger-image.ts), with the count and corrections. */
export interface EventColumnsImage {
  readonly count: number;
  readonly chunks: { readonly [K in ChunkColumn]: ReadonlyArray<EventColumns[K][number]> };
  readonly corrections: ReadonlyArray<readonly [number, Correction]>;
}

export const CHUNK_COLUMNS = ['rec', 't', 'occ', 'x', 's', 'id', 'prev', 'pos'] as const;
export type ChunkColumn = (typeof CHUNK_COLUMNS)[number];

/**
 * The columns up to `count` as an image. Slots below count are never written again, so full chunks are
 * shared, not copied; the last, partly filled chunk is copied up to count (later events write into it).
 */
export function eventColumnsImage(cols: EventColumns): EventColumnsImage {
  const n = cols.count;
  const full = n >>> CHUNK_BITS;
  const rest = n & CHUNK_MASK;
  const take = <A extends Float64Array | Int32Array | Uint8Array>(chunks: A[]): A[] => {
    const out = chunks.slice(0, full);
    if (rest > 0 && chunks[full]) out.push(chunks[full]!.slice(0, rest) as A);
    return out;
  };
  const chunks = Object.fromEntries(
    CHUNK_COLUMNS.map((k) => [k, take(cols[k] as Array<Float64Array | Int32Array | Uint8Array>)]),
  ) as unknown as EventColumnsImage['chunks'];
  return { count: n, chunks, corrections: [...cols.corrections].filter(([o]) => o < n) };
}

export function createEventColumns(keepPositions: boolean, from?: EventColumnsImage): EventColumns {
  const rec: Float64Array[] = [];
  const t: Uint8Array[] = [];
  const occ: Float64Array[] = [];
  const x: Float64Array[] = [];
  const s: Int32Array[] = [];
  const id: Float64Array[] = [];
  const prev: Int32Array[] = [];
  const pos: Float64Array[] = [];
  const corrections = new Map<number, Correction>();
  let count = 0;
  const recAt = (o: number): number => (rec[o >>> CHUNK_BITS] as Float64Array)[o & CHUNK_MASK]!;
  if (from) {
    // Every chunk full size again (a short last one is padded): the next event writes after count.
    const own: { [K in ChunkColumn]: EventColumns[K] } = { rec, t, occ, x, s, id, prev, pos };
    for (const k of CHUNK_COLUMNS) {
      for (const c of from.chunks[k]) {
        const chunk = c.length === CHUNK_SIZE ? c : new (c.constructor as Float64ArrayConstructor)(CHUNK_SIZE);
        if (chunk !== c) chunk.set(c as Float64Array);
        (own[k] as Array<typeof chunk>).push(chunk);
      }
    }
    for (const [o, c] of from.corrections) corrections.set(o, c);
    count = from.count;
  }
  return {
    rec,
    t,
    occ,
    x,
    s,
    id,
    prev,
    pos,
    corrections,
    get count() {
      return count;
    },
    ensure(o) {
      if (o >>> CHUNK_BITS < rec.length) return;
      rec.push(new Float64Array(CHUNK_SIZE));
      t.push(new Uint8Array(CHUNK_SIZE));
      occ.push(new Float64Array(CHUNK_SIZE));
      x.push(new Float64Array(CHUNK_SIZE));
      s.push(new Int32Array(CHUNK_SIZE));
      id.push(new Float64Array(CHUNK_SIZE));
      prev.push(new Int32Array(CHUNK_SIZE));
    },
    write(o, c, recMs, eventId, previous) {
      const k = o >>> CHUNK_BITS;
      const j = o & CHUNK_MASK;
      const before = o > 0 ? recAt(o - 1) : Number.NEGATIVE_INFINITY;
      (rec[k] as Float64Array)[j] = before > recMs ? before : recMs;
      (t[k] as Uint8Array)[j] = c.t;
      (occ[k] as Float64Array)[j] = c.occ;
      (x[k] as Float64Array)[j] = c.t === T.feePaid ? c.a : c.b;
      (s[k] as Int32Array)[j] = c.s;
      (id[k] as Float64Array)[j] = hash53(eventId);
      (prev[k] as Int32Array)[j] = previous;
      if (c.corr) corrections.set(o, c.corr);
    },
    unwrite(o) {
      corrections.delete(o);
    },
    commit(o, position) {
      if (keepPositions) {
        const k = o >>> CHUNK_BITS;
        if (k === pos.length) pos.push(new Float64Array(CHUNK_SIZE));
        (pos[k] as Float64Array)[o & CHUNK_MASK] = position;
      }
      count = o + 1;
    },
    recAt,
    occAt: (o) => (occ[o >>> CHUNK_BITS] as Float64Array)[o & CHUNK_MASK]!,
    prevOf: (o) => (prev[o >>> CHUNK_BITS] as Int32Array)[o & CHUNK_MASK]!,
    compactAt(o) {
      const k = o >>> CHUNK_BITS;
      const j = o & CHUNK_MASK;
      const type = (t[k] as Uint8Array)[j]!;
      const at = (occ[k] as Float64Array)[j]!;
      const xv = (x[k] as Float64Array)[j]!;
      // An opening's a is its receivedAt, which is also its business time; FeePaid keeps its a in x.
      const a = isOpening(type) ? at : type === T.feePaid ? xv : 0;
      const b = type === T.feePaid ? 0 : xv;
      return { t: type, occ: at, a, b, s: (s[k] as Int32Array)[j]!, corr: corrections.get(o) };
    },
    lastKnownAt(ms) {
      let lo = 0;
      let hi = count;
      while (lo < hi) {
        const mid = (lo + hi) >>> 1;
        if (recAt(mid) <= ms) lo = mid + 1;
        else hi = mid;
      }
      return lo - 1;
    },
  };
}
