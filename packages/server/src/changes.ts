// What changed in a report between two recorded-time cut-offs: the report as known at `knownAt` against
// as known at `against` (or now). Derived from the ledger's own classification (dossierCells, the same
// pass behind every cell and drill-down) taken twice, never from a counting rule of its own: a cell
// changed when its number changed or when any dossier entered or left it. Each such dossier comes with
// the events recorded after knownAt (up to against) that moved it: its timeline at `against` minus its
// timeline at `knownAt`.
import { CELLS, type Cell, type DossierCells, parseCutoff, type TimelineEntry } from '@motcua/projections';
import { text } from './lang.js';
import { HttpProblem } from './problem.js';
import type { PeriodQuery, Projections } from './projections.js';

export interface MovingEvent {
  type: string;
  position: string;
  occurredAt: string;
  recordedAt: string;
  actor: string;
  eventId: string;
}

export interface MovedDossier {
  office: string;
  code: string;
  /** Whether the dossier counted in this cell as known at knownAt, and as known at against (or now). */
  before: boolean;
  after: boolean;
  events: MovingEvent[];
}

export interface ChangedCell {
  /** The row: a field, or "" for the total row. */
  field: string;
  cell: Cell;
  before: number;
  after: number;
  dossiers: MovedDossier[];
}

export interface ReportChanges {
  office: string;
  offices: string[];
  period: { from: string; to: string };
  knownAt: string;
  /** null: compared with the report as known now. */
  against: string | null;
  cells: ChangedCell[];
}

const keyOf = (d: { office: string; code: string }): string => `${d.office}\u0000${d.code}`;
const rowKey = (field: string, cell: number): string => `${field}\u0000${cell}`;

/** Counts per row and cell: the total row ("") and each dossier's field row. */
function tally(list: readonly DossierCells[]): Map<string, number> {
  const out = new Map<string, number>();
  for (const d of list) {
    for (let i = 0; i < CELLS.length; i++) {
      if ((d.mask & (1 << i)) === 0) continue;
      for (const row of ['', d.field]) out.set(rowKey(row, i), (out.get(rowKey(row, i)) ?? 0) + 1);
    }
  }
  return out;
}

const inRow = (d: DossierCells | undefined, row: string, i: number): boolean =>
  d !== undefined && (d.mask & (1 << i)) !== 0 && (row === '' || d.field === row);

export function reportChanges(
  projections: Projections,
  offices: readonly string[],
  label: string,
  q: PeriodQuery & { knownAt: string; against?: string | undefined },
): ReportChanges {
  const known = parseCutoff(q.knownAt, 'knownAt');
  if (q.against !== undefined && parseCutoff(q.against, 'against') < known) {
    throw new HttpProblem(
      400,
      'VALIDATION_FAILED',
      text(
        `against ${q.against} ở trước knownAt ${q.knownAt}: hãy so với một thời điểm sau`,
        `against ${q.against} is before knownAt ${q.knownAt}: compare with a later time`,
      ),
      [{ path: 'querystring.against', message: text('không được trước knownAt', 'must not be before knownAt') }],
    );
  }
  const period = projections.period(q);
  const before = projections.dossierCells(offices, q, q.knownAt);
  const after = projections.dossierCells(offices, q, q.against);
  const beforeBy = new Map(before.map((d) => [keyOf(d), d]));
  const afterBy = new Map(after.map((d) => [keyOf(d), d]));
  const beforeCounts = tally(before);
  const afterCounts = tally(after);

  // The dossiers whose field or cells differ, and the (row, cell) pairs each of them entered or left.
  const moved = new Map<string, { row: string; i: number; d: DossierCells; was: boolean; is: boolean }[]>();
  for (const key of new Set([...beforeBy.keys(), ...afterBy.keys()])) {
    const b = beforeBy.get(key);
    const a = afterBy.get(key);
    if (b && a && b.mask === a.mask && b.field === a.field) continue;
    const rows = new Set(['', ...(b ? [b.field] : []), ...(a ? [a.field] : [])]);
    for (const row of rows) {
      for (let i = 0; i < CELLS.length; i++) {
        const was = inRow(b, row, i);
        const is = inRow(a, row, i);
        if (was === is) continue;
        const k = rowKey(row, i);
        const list = moved.get(k) ?? [];
        list.push({ row, i, d: (a ?? b)!, was, is });
        moved.set(k, list);
      }
    }
  }

  const eventsCache = new Map<string, MovingEvent[]>();
  const eventsOf = (d: DossierCells): MovingEvent[] => {
    const key = keyOf(d);
    let events = eventsCache.get(key);
    if (!events) {
      const old = new Set(
        projections.timeline(d.office, d.code, { knownAt: q.knownAt }).map((e: TimelineEntry) => e.position),
      );
      const now = projections.timeline(d.office, d.code, q.against !== undefined ? { knownAt: q.against } : {});
      events = now
        .filter((e) => !old.has(e.position))
        .map((e) => ({
          type: e.type,
          position: e.position,
          occurredAt: e.occurredAt,
          recordedAt: e.recordedAt,
          actor: e.actor,
          eventId: e.eventId,
        }));
      eventsCache.set(key, events);
    }
    return events;
  };

  const changed = new Set([...moved.keys()]);
  for (const k of new Set([...beforeCounts.keys(), ...afterCounts.keys()])) {
    if ((beforeCounts.get(k) ?? 0) !== (afterCounts.get(k) ?? 0)) changed.add(k);
  }
  const cells: ChangedCell[] = [...changed]
    .map((k) => {
      const [field, i] = k.split('\u0000') as [string, string];
      const list = (moved.get(k) ?? []).sort((x, y) => keyOf(x.d).localeCompare(keyOf(y.d)));
      return {
        field,
        cell: CELLS[Number(i)]!,
        before: beforeCounts.get(k) ?? 0,
        after: afterCounts.get(k) ?? 0,
        dossiers: list.map((m) => ({
          office: m.d.office,
          code: m.d.code,
          before: m.was,
          after: m.is,
          events: eventsOf(m.d),
        })),
      };
    })
    // The total row first, then the fields; cells in the form's order.
    .sort((x, y) =>
      x.field === y.field
        ? CELLS.indexOf(x.cell) - CELLS.indexOf(y.cell)
        : x.field === ''
          ? -1
          : y.field === ''
            ? 1
            : x.field.localeCompare(y.field),
    );
  return {
    office: label,
    offices: [...offices].sort(),
    period,
    knownAt: q.knownAt,
    against: q.against ?? null,
    cells,
  };
}
