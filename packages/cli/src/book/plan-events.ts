// Native events from NDJSON: checked against the lifecycle rules in stream order, on top of what the
// ledger already holds. An event already stored (same id, same content) is skipped, so a re-import writes
// nothing; the same id with other content is refused.
import { checkEvent, type Decider, type DossierEvent, type DossierState } from '@motcua/domain';
import type { AppendRequest } from '@motcua/store';
import { canonicalJson, type NdjsonEvent } from './read-ndjson.js';
import type { Issue } from './types.js';

export interface EventPlanContext {
  readonly decider: Decider;
  readonly issuedAt: string;
  readonly stored: (streamId: string) => readonly DossierEvent[] | undefined;
}

export interface EventPlan {
  readonly requests: AppendRequest[];
  readonly issues: Issue[];
  readonly events: number;
  readonly streams: number;
  /** Streams with nothing new. */
  readonly skipped: number;
}

const OPENINGS = new Set(['DossierReceived', 'DossierTransferredIn']);
const factsOf = (e: DossierEvent): string => canonicalJson({ type: e.type, data: e.data, meta: e.meta });

function ruleColumn(code: string): string {
  if (code === 'RECEIVED_IN_FUTURE') return 'data.receivedAt';
  if (code === 'BEFORE_RECEIPT') return 'meta.occurredAt';
  if (code === 'CORRECTION_TARGET_UNKNOWN' || code === 'CORRECTION_INVALID') return 'data.supersedes';
  return 'type';
}

export function planEvents(items: readonly NdjsonEvent[], ctx: EventPlanContext): EventPlan {
  const byStream = new Map<string, NdjsonEvent[]>();
  for (const it of items) {
    const list = byStream.get(it.streamId);
    if (list) list.push(it);
    else byStream.set(it.streamId, [it]);
  }
  const requests: AppendRequest[] = [];
  const issues: Issue[] = [];
  let events = 0;
  let skipped = 0;
  for (const [streamId, list] of byStream) {
    const stored = ctx.stored(streamId) ?? [];
    const storedById = new Map(stored.map((e) => [e.meta.eventId, e]));
    let state: DossierState = stored.reduce(ctx.decider.evolve, ctx.decider.initialState);
    const toWrite: DossierEvent[] = [];
    for (const { line, event } of list) {
      const prior = storedById.get(event.meta.eventId);
      if (prior) {
        if (factsOf(prior) !== factsOf(event)) {
          issues.push({
            line,
            column: 'meta.eventId',
            code: 'STORE_CONFLICT',
            value: event.meta.eventId,
            detail: `${prior.type} ${prior.meta.occurredAt}`,
          });
        }
        continue;
      }
      if (state.status === 'none' && !OPENINGS.has(event.type)) {
        issues.push({ line, column: 'type', code: 'NOT_OPENED', value: event.type, detail: streamId });
        break;
      }
      const problem = checkEvent(state, event, ctx.issuedAt, streamId);
      if (problem) {
        issues.push({
          line,
          column: ruleColumn(problem.code),
          code: 'REJECTED',
          detail: `${problem.code}: ${problem.message}`,
          ...(problem.messageVi !== undefined ? { detailVi: problem.messageVi } : {}),
        });
        break;
      }
      state = ctx.decider.evolve(state, event);
      toWrite.push(event);
    }
    if (toWrite.length === 0) {
      skipped++;
      continue;
    }
    requests.push({
      streamId,
      events: toWrite,
      expectedRevision: stored.length === 0 ? 'no-stream' : BigInt(stored.length - 1),
    });
    events += toWrite.length;
  }
  return { requests, issues, events, streams: byStream.size, skipped };
}
