// A small persisted projection the CLI keeps in the ledger file: per office, how many dossiers and
// events and over which days; per event type, how many. `rebuild` refolds it from zero, `verify`
// compares the stored one (caught up from its checkpoint) with a fresh fold.
import { dayOf, parseDossierStreamId } from '@motcua/domain';
import type { Projection } from '@motcua/projections';
import type { RecordedEvent } from '@motcua/store';

export interface OfficeSummary {
  dossiers: number;
  events: number;
  firstDay: string | null;
  lastDay: string | null;
}

export interface LogSummary {
  events: number;
  offices: Record<string, OfficeSummary>;
  types: Record<string, number>;
}

const OPENINGS = new Set(['DossierReceived', 'DossierTransferredIn']);

function businessDay(e: RecordedEvent): string | null {
  const at = OPENINGS.has(e.type) ? (e.data as { receivedAt?: unknown } | null)?.receivedAt : e.meta.occurredAt;
  if (typeof at !== 'string' || Number.isNaN(Date.parse(at))) return null;
  return dayOf(at);
}

export const logSummaryProjection: Projection<LogSummary> = {
  name: 'cli.log-summary',
  version: 1,
  initial: () => ({ events: 0, offices: {}, types: {} }),
  apply(s, e) {
    const office = parseDossierStreamId(e.streamId)?.office ?? e.meta.office;
    const o = s.offices[office] ?? { dossiers: 0, events: 0, firstDay: null, lastDay: null };
    const day = businessDay(e);
    const next: OfficeSummary = {
      dossiers: o.dossiers + (OPENINGS.has(e.type) ? 1 : 0),
      events: o.events + 1,
      firstDay: day !== null && (o.firstDay === null || day < o.firstDay) ? day : o.firstDay,
      lastDay: day !== null && (o.lastDay === null || day > o.lastDay) ? day : o.lastDay,
    };
    return {
      events: s.events + 1,
      offices: { ...s.offices, [office]: next },
      types: { ...s.types, [e.type]: (s.types[e.type] ?? 0) + 1 },
    };
  },
};

/** Keys in a fixed order, so two summaries compare as text. */
export const summaryText = (s: LogSummary): string =>
  JSON.stringify({
    events: s.events,
    offices: Object.fromEntries(
      Object.keys(s.offices)
        .sort()
        .map((k) => [k, s.offices[k]]),
    ),
    types: Object.fromEntries(
      Object.keys(s.types)
        .sort()
        .map((k) => [k, s.types[k]]),
    ),
  });
