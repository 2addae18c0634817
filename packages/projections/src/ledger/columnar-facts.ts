// How one event sets a columnar dossier's facts: each fact once, by one event (dossier-columns.ts). An
// event that would set a fact a second time (a second supplement request or apology, a correction) is not
// applied here: the dossier then leaves the columns for the general path (general-path.ts).

import { dayNumOfMs, NEVER } from '../days.js';
import { type Compact, isFinishing, T } from '../decode.js';
import { ProjectionError } from '../errors.js';
import { finishKindOf } from '../facts.js';
import type { DossierColumns } from './dossier-columns.js';

/** What setFacts did. */
export const SET = { rewrites: 0, set: 1, finished: 2 } as const;
export type SetOutcome = (typeof SET)[keyof typeof SET];

/**
 * Sets what event c (ordinal o, not an opening) states about columnar dossier d. `rewrites`, changing
 * nothing, when it would set a fact again; throws, changing nothing, on a second finish or a finish
 * before receipt; `finished` when it finished the dossier (the block index is then told).
 */
export function setFacts(
  cols: DossierColumns,
  d: number,
  o: number,
  c: Compact,
  occAt: (o: number) => number,
  subject: () => string,
): SetOutcome {
  const day = dayNumOfMs(c.occ);
  switch (c.t) {
    case T.supplementRequested:
      if (cols.reqOrd[d] !== NEVER) return SET.rewrites;
      cols.reqOrd[d] = o;
      cols.reqDay[d] = day;
      return SET.set;
    case T.supplementProvided: {
      const req = cols.reqOrd[d]!;
      if (req === NEVER || cols.provOrd[d] !== NEVER || c.occ < occAt(req)) return SET.rewrites;
      cols.provOrd[d] = o;
      cols.provDay[d] = day;
      cols.supDue[d] = dayNumOfMs(c.b);
      return SET.set;
    }
    case T.dueDateRescheduled:
      if (cols.reschOrd[d] !== NEVER) return SET.rewrites;
      cols.reschOrd[d] = o;
      cols.reschDay[d] = day;
      return SET.set;
    case T.digitised:
      if (c.s === 1) {
        if (cols.resultOrd[d] === NEVER) cols.resultOrd[d] = o;
      } else if (cols.papersOrd[d] === NEVER) cols.papersOrd[d] = o;
      return SET.set;
    case T.feePaid:
      if (c.a > 0 && cols.feeOrd[d] === NEVER) cols.feeOrd[d] = o;
      if (c.s === 1 && cols.paidOrd[d] === NEVER) cols.paidOrd[d] = o;
      return SET.set;
    case T.corrected:
      return SET.rewrites;
    case T.resolved:
      if (cols.resOrd[d] !== NEVER) return SET.rewrites;
      break;
  }
  let outcome: SetOutcome = SET.set;
  if (isFinishing(c.t, c.s)) {
    if (cols.finOrd[d] !== NEVER) {
      const s = subject();
      throw new ProjectionError('FINISHED_TWICE', `${s}: finished twice`, { subject: s });
    }
    const receivedMs = occAt(cols.openOrd[d]!);
    if (c.occ < receivedMs) {
      const s = subject();
      throw new ProjectionError(
        'FINISHED_BEFORE_RECEIVED',
        `${s}: finished at ${new Date(c.occ).toISOString()}, before it was received at ${new Date(receivedMs).toISOString()}`,
        { subject: s },
      );
    }
    cols.finOrd[d] = o;
    cols.finDay[d] = day;
    cols.dKind[d] = finishKindOf(c.t);
    outcome = SET.finished;
  }
  // After the finish checks, which may refuse the event: nothing is changed by an event refused.
  if (c.t === T.resolved) {
    cols.resOrd[d] = o;
    cols.resDay[d] = day;
  }
  return outcome;
}
