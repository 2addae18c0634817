// The units catalogue read from the log, as known at any moment: its events (stream `units-catalogue`)
// are kept with the time each was recorded, and "as known at T" folds those recorded by T. A catalogue
// holds hundreds of units, not millions of events, so each question folds afresh (the latest is cached).
import {
  emptyCatalogue,
  foldCatalogue,
  isUnitEventType,
  parseUnitEvent,
  UNITS_STREAM,
  type UnitCatalogue,
  type UnitEvent,
} from '@motcua/domain';
import type { EventStore, RecordedEvent } from '@motcua/store';
import { parseCutoff } from './days.js';
import { ProjectionError } from './errors.js';

export interface UnitLog {
  /** Takes any event of the log; only the catalogue's are kept. Idempotent by position. */
  apply(e: RecordedEvent): void;
  /** The catalogue as known at `knownAt` (ISO time or a day: its end in office time); default everything. */
  at(knownAt?: string | null): UnitCatalogue;
  /** Revision of the catalogue stream (-1n when nothing is recorded): an import appends after it. */
  readonly revision: bigint;
  /** The catalogue's events as recorded, oldest first. */
  readonly events: ReadonlyArray<{ readonly recordedAt: string; readonly event: UnitEvent }>;
}

export function createUnitLog(): UnitLog {
  const events: Array<{ recordedAt: string; recordedMs: number; event: UnitEvent }> = [];
  let lastPosition = -1n;
  let revision = -1n;
  let latest: UnitCatalogue | null = emptyCatalogue;
  return {
    apply(e) {
      if (e.position <= lastPosition) return;
      lastPosition = e.position;
      if (e.streamId !== UNITS_STREAM || !isUnitEventType(e.type)) return;
      const parsed = parseUnitEvent(e);
      if (!parsed.ok) {
        throw new ProjectionError('INVALID_EVENT', `event at position ${e.position}: ${parsed.error.message}`, {
          field: 'data',
        });
      }
      events.push({ recordedAt: e.recordedAt, recordedMs: Date.parse(e.recordedAt), event: parsed.value });
      revision = e.revision;
      latest = null;
    },
    at(knownAt) {
      if (knownAt === undefined || knownAt === null) {
        latest ??= foldCatalogue(events.map((x) => x.event));
        return latest;
      }
      const cut = parseCutoff(knownAt, 'knownAt');
      return foldCatalogue(events.filter((x) => x.recordedMs <= cut).map((x) => x.event));
    },
    get revision() {
      return revision;
    },
    get events() {
      return events;
    },
  };
}

/** The catalogue stream of a store, folded (the CLI's way in; the server keeps a UnitLog on its feed). */
export async function loadUnitLog(store: EventStore): Promise<UnitLog> {
  const log = createUnitLog();
  if (!(await store.streamExists(UNITS_STREAM))) return log;
  for (const e of await store.readStream(UNITS_STREAM)) log.apply(e);
  return log;
}
