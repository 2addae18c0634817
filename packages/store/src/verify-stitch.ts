// Joins the reports of consecutive position ranges walked separately (sqlite/verify-walk.ts's
// walkRange, run by parallel workers and, within a PostgreSQL worker, chunk by chunk) into the report
// of the whole span: the streams a range met first must continue the revisions the ranges before it
// left, and the first failure anywhere is the lowest one (a failure in an early range hides any it
// may cause later). Import-free and closure-free: the PostgreSQL verify workers run its source text.
import type { RangeReport } from './sqlite/verify-walk.js';

/** `opensLog`: the span starts at position 1, so a stream never seen before must start at revision 0;
 *  otherwise such streams are handed on in the result's first* arrays. `wantLast`: fill last*. */
export function stitchReports(reports: readonly RangeReport[], opensLog: boolean, wantLast: boolean): RangeReport {
  const out: RangeReport = {
    bad: null,
    firstStreams: [],
    firstRevisions: [],
    firstPositions: [],
    lastStreams: [],
    lastRevisions: [],
  };
  const lastRev = new Map<string, number>();
  for (const r of reports) {
    let bad = r.bad;
    for (let i = 0; i < r.firstStreams.length; i++) {
      const stream = r.firstStreams[i] as string;
      const rev = r.firstRevisions[i] as number;
      const position = r.firstPositions[i] as number;
      const before = lastRev.get(stream);
      if (before === undefined && !opensLog) {
        out.firstStreams.push(stream);
        out.firstRevisions.push(rev);
        out.firstPositions.push(position);
      } else if (rev !== (before ?? -1) + 1) {
        // Within a range the stitch goes first, as the revision check comes before a row's later checks.
        if (bad === null || position <= bad.position) {
          bad = { code: 'REVISION_GAP', position, stream, revision: rev, follows: before ?? -1 };
        }
        break;
      }
    }
    if (bad !== null) {
      out.bad = bad;
      return out;
    }
    for (let i = 0; i < r.lastStreams.length; i++)
      lastRev.set(r.lastStreams[i] as string, r.lastRevisions[i] as number);
  }
  if (wantLast) {
    for (const [stream, revision] of lastRev) {
      out.lastStreams.push(stream);
      out.lastRevisions.push(revision);
    }
  }
  return out;
}
