// The general path, for the few dossiers whose facts are rewritten (a correction, a second supplement wait
// or apology): instead of one fact per column, a list of versions of the dossier's full facts (facts.ts),
// one per event, each from the ordinal it became known at. "As known at c" is the last version from at or
// before c. A dossier enters on the event that would rewrite a column; its versions are then computed from
// its events again, corrections applied.
import type { Compact } from '../decode.js';
import { T } from '../decode.js';
import { computeFacts, type Facts } from '../facts.js';

export interface Version {
  readonly from: number;
  readonly facts: Facts | null;
}

export interface GeneralPath {
  /** Each general dossier's versions, ascending by `from`; the dossier column dCx is the index here. */
  readonly versions: Version[][];
  /** The dossier number of each list. */
  readonly dossiers: number[];
}

export function createGeneralPath(from?: {
  versions: ReadonlyArray<ReadonlyArray<Version>>;
  dossiers: readonly number[];
}): GeneralPath {
  return {
    versions: from ? from.versions.map((v) => v.slice()) : [],
    dossiers: from ? from.dossiers.slice() : [],
  };
}

/** Adds a dossier with its versions so far; returns its index (the dossier's dCx). */
export function enterGeneral(g: GeneralPath, d: number, versions: Version[]): number {
  g.versions.push(versions);
  g.dossiers.push(d);
  return g.versions.length - 1;
}

/** The facts as known at ordinal c, null when none were (not yet received, or retracted). */
export function versionAt(versions: readonly Version[], c: number): Facts | null {
  for (let k = versions.length - 1; k >= 0; k--) {
    const v = versions[k]!;
    if (v.from <= c) return v.facts;
  }
  return null;
}

/**
 * The dossier's events as read at cut-off c, from its ordinals (ascending) and the compact form of each:
 * corrections applied, retracted ones dropped.
 */
export function effective(list: readonly number[], c: number, compactAt: (o: number) => Compact): Compact[] {
  const replaced = new Map<number, Compact | null>();
  for (let i = list.length - 1; i >= 0; i--) {
    const o = list[i]!;
    if (o > c) continue;
    const cur = replaced.has(o) ? replaced.get(o)! : compactAt(o);
    // Corrections come later than what they supersede, so walking backwards the latest one in
    // effect speaks first; a retracted correction (read as null) no longer acts.
    if (cur !== null && cur.t === T.corrected && cur.corr && !replaced.has(cur.corr.target)) {
      replaced.set(cur.corr.target, cur.corr.replacement);
    }
  }
  const out: Compact[] = [];
  for (const o of list) {
    if (o > c) break;
    const cur = replaced.has(o) ? replaced.get(o)! : compactAt(o);
    if (cur !== null && cur.t !== T.corrected) out.push(cur);
  }
  return out;
}

/** A dossier's versions computed from its events (ordinals ascending): one per event. */
export function versionsOf(list: readonly number[], compactAt: (o: number) => Compact, subject: string): Version[] {
  return list.map((o) => ({ from: o, facts: computeFacts(effective(list, o, compactAt), subject) }));
}

export function generalPathImage(g: GeneralPath): {
  versions: ReadonlyArray<ReadonlyArray<Version>>;
  dossiers: readonly number[];
} {
  return { versions: g.versions.map((v) => v.slice()), dossiers: g.dossiers.slice() };
}
