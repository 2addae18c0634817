// Walks a log in position order and recomputes the hash chain. Reports the first position where
// the chain breaks; an edited row breaks at itself, a deleted row at the missing position, a
// reordered or inserted row at the first row whose recomputed hash differs.

import { chainHash, GENESIS_HASH, payloadHash } from './chain.js';
import { type ChainBreak, chainBreakText } from './chain-breaks.js';

export type VerifyResult =
  | { readonly ok: true; readonly size: bigint; readonly headHash: string }
  | {
      readonly ok: false;
      readonly firstBadPosition: bigint;
      /** What breaks there, as data: worded at the edge (chain-breaks.ts chainBreakText). */
      readonly break: ChainBreak;
      /** The break in English words. */
      readonly reason: string;
    };

/** The failure of a walk at the break's position. */
export function chainFailure(b: ChainBreak): VerifyResult & { ok: false } {
  return { ok: false, firstBadPosition: BigInt(b.position), break: b, reason: chainBreakText(b, 'en') };
}

export interface ChainRow {
  readonly position: bigint | number;
  readonly streamId: string;
  readonly revision: bigint | number;
  readonly type: string;
  readonly schemaVersion: number;
  readonly occurredAt: string;
  readonly recordedAt: string;
  /** The stored JSON texts (SQLite logs are walked by sqlite/verify-walk.ts instead). */
  readonly dataJson?: string;
  readonly metaJson?: string;
  readonly hash: string;
}

export interface ChainWalker {
  /** Checks the next row; returns a failure, or null when the row is sound. */
  step(row: ChainRow): VerifyResult | null;
  /** Call after the last row; `lastAssigned` is the highest position the log ever handed out, if known. */
  finish(lastAssigned?: bigint): VerifyResult;
  /** Head hash after `size` events, recorded when the walk passed it (for checkpoints). */
  hashAt(size: bigint): string | undefined;
}

export function createChainWalker(remember: readonly bigint[] = []): ChainWalker {
  let expected = 1;
  let prev = GENESIS_HASH;
  let prevRecordedAt = '';
  const revisions = new Map<string, number>();
  const wanted = new Set(remember.map(String));
  const remembered = new Map<string, string>([['0', GENESIS_HASH]]);

  return {
    step(r) {
      const position = Number(r.position);
      if (position !== expected) {
        return position > expected
          ? chainFailure({ code: 'POSITION_MISSING', position: expected })
          : chainFailure({ code: 'POSITION_OUT_OF_ORDER', position, expected });
      }
      const revision = Number(r.revision);
      const streamRev = revisions.get(r.streamId) ?? -1;
      const payload = payloadHash(r.dataJson ?? 'null', r.metaJson ?? 'null');
      const recomputed = chainHash(prev, {
        position,
        streamId: r.streamId,
        revision,
        type: r.type,
        schemaVersion: r.schemaVersion,
        occurredAt: r.occurredAt,
        recordedAt: r.recordedAt,
        payloadHash: payload,
      });
      if (recomputed !== r.hash) {
        return chainFailure({ code: 'HASH_MISMATCH', position });
      }
      if (revision !== streamRev + 1) {
        return chainFailure({ code: 'REVISION_GAP', position, stream: r.streamId, revision, follows: streamRev });
      }
      if (r.recordedAt < prevRecordedAt) {
        return chainFailure({
          code: 'RECORDED_AT_BACKWARDS',
          position,
          recordedAt: r.recordedAt,
          previous: prevRecordedAt,
        });
      }
      revisions.set(r.streamId, revision);
      prev = r.hash;
      prevRecordedAt = r.recordedAt;
      if (wanted.has(String(position))) remembered.set(String(position), prev);
      expected++;
      return null;
    },
    finish(lastAssigned) {
      const size = BigInt(expected - 1);
      if (lastAssigned !== undefined && lastAssigned > size) {
        return chainFailure({ code: 'TAIL_MISSING', position: Number(size + 1n), to: Number(lastAssigned) });
      }
      return { ok: true, size, headHash: prev };
    },
    hashAt(size) {
      return remembered.get(String(size));
    },
  };
}

/** A verify result plus, when asked for, the head hash after given sizes. */
export type VerifyOutcome = VerifyResult & { readonly hashAt?: ReadonlyMap<bigint, string> };

export function verifyRows(
  rows: Iterable<ChainRow>,
  lastAssigned?: bigint,
  rememberAt: readonly bigint[] = [],
): VerifyOutcome {
  const w = createChainWalker(rememberAt);
  for (const r of rows) {
    const failure = w.step(r);
    if (failure) return failure;
  }
  return withHashes(w, w.finish(lastAssigned), rememberAt);
}

export function withHashes(w: ChainWalker, result: VerifyResult, rememberAt: readonly bigint[]): VerifyOutcome {
  if (!result.ok || rememberAt.length === 0) return result;
  const hashAt = new Map<bigint, string>();
  for (const s of rememberAt) {
    const h = w.hashAt(s);
    if (h !== undefined) hashAt.set(s, h);
  }
  return { ...result, hashAt };
}
