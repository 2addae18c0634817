// The read side held by the server: one in-memory ledger (bitemporal Form 06, drill-downs, timelines)
// kept current by the event feed, plus the period rules shared with the CLI.
import type { ProcedureCatalogue } from '@motcua/domain';
import {
  type Cell,
  createLedger,
  createUnitLog,
  type DossierCells,
  type DossierView,
  type Form06Report,
  type Ledger,
  type LedgerOptions,
  ProjectionError,
  periodOf,
  snapshotLedgerOptions,
  type TimelineEntry,
  type UnitLog,
} from '@motcua/projections';
import type { RecordedEvent } from '@motcua/store';
import type { HierarchyIndex } from './hierarchy.js';
import { text } from './lang.js';
import type { LedgerStart } from './ledger-start.js';
import { HttpProblem } from './problem.js';

export interface PeriodQuery {
  from?: string | undefined;
  to?: string | undefined;
  year?: number | undefined;
  quarter?: number | undefined;
  month?: number | undefined;
  convention?: 'calendar' | 'cutoff' | undefined;
}

export interface Projections {
  apply(e: RecordedEvent): void;
  readonly ledger: Ledger;
  /** The units catalogue recorded in the log (issue 14), as known at any moment. */
  readonly units: UnitLog;
  /** Events the ledger refused (bad history); logged, skipped, counted here. */
  readonly refused: number;
  /** recordedAt of the newest event applied (null before the first): a cut-off meaning "what is known now". */
  readonly lastRecordedAt: string | null;
  period(q: PeriodQuery): { from: string; to: string };
  form06(offices: readonly string[], label: string, q: PeriodQuery, knownAt?: string): Form06Report;
  drillDown(office: string, cell: Cell, field: string | undefined, q: PeriodQuery, knownAt?: string): string[];
  /** Every dossier counted in the report of these offices, with its field and cells (one pass). */
  dossierCells(offices: readonly string[], q: PeriodQuery, knownAt?: string): DossierCells[];
  dossier(office: string, code: string, opts: { asOf?: string; knownAt?: string }): DossierView | null;
  timeline(office: string, code: string, opts: { knownAt?: string }): TimelineEntry[];
}

/** The options of the server's ledger (a snapshot is restored only into a ledger made with the same). */
export const ledgerOptionsOf = (
  catalogue: ProcedureCatalogue,
  eventSource: ((streamId: string) => readonly RecordedEvent[]) | undefined,
): LedgerOptions => snapshotLedgerOptions(catalogue, eventSource);

/** Projection errors are the caller's mistakes (a bad period, an unknown unit) unless they say otherwise. */
export function projectionProblem(e: unknown): unknown {
  if (!(e instanceof ProjectionError)) return e;
  switch (e.code) {
    case 'INVALID_QUERY':
    case 'INVALID_PERIOD': {
      const path = `querystring.${String(e.details.field ?? '')}`.replace(/\.$/, '');
      // The projections speak English; the field they name is enough to say it in Vietnamese.
      const vi = e.code === 'INVALID_PERIOD' ? `kỳ báo cáo không hợp lệ (${path})` : `tham số không hợp lệ (${path})`;
      return new HttpProblem(400, 'VALIDATION_FAILED', text(vi, e.message), [{ path, message: text(vi, e.message) }]);
    }
    case 'UNKNOWN_UNIT':
      return unknownUnit(String(e.details.unit ?? ''));
    case 'UNIT_NOT_IN_FORCE':
      return new HttpProblem(422, 'UNIT_ENDED', text(String(e.details.messageVi ?? e.message), e.message));
    default:
      return e;
  }
}

/** A unit the office hierarchy does not hold. */
export const unknownUnit = (unit: string): HttpProblem =>
  new HttpProblem(
    404,
    'UNKNOWN_UNIT',
    text(`đơn vị ${unit} không có trong cây đơn vị`, `unit ${unit} is not in the office hierarchy`),
  );

/** Runs a projection question, its caller's mistakes (a bad period, an unknown unit) as problem details. */
export const guard = <T>(f: () => T): T => {
  try {
    return f();
  } catch (e) {
    throw projectionProblem(e);
  }
};

export function createProjections(deps: {
  catalogue: ProcedureCatalogue;
  hierarchy: HierarchyIndex;
  onRefused?: (e: RecordedEvent, error: unknown) => void;
  /** Where timelines read a dossier's events (storeEventSource); default: raw events kept in memory. */
  eventSource?: ((streamId: string) => readonly RecordedEvent[]) | undefined;
  /** A ledger restored from a snapshot (ledger-start.ts), made with ledgerOptionsOf; default an empty one. */
  start?: LedgerStart | null | undefined;
}): Projections {
  const ledger = deps.start?.ledger ?? createLedger(ledgerOptionsOf(deps.catalogue, deps.eventSource));
  const units = createUnitLog();
  for (const e of deps.start?.unitEvents ?? []) units.apply(e);
  let refused = 0;
  let lastRecordedAt: string | null = deps.start?.lastRecordedAt ?? null;

  const period = (q: PeriodQuery): { from: string; to: string } => {
    const hasRange = q.from !== undefined || q.to !== undefined;
    const hasSpec = q.year !== undefined || q.quarter !== undefined || q.month !== undefined;
    if (hasRange && hasSpec) {
      throw new HttpProblem(
        400,
        'VALIDATION_FAILED',
        text(
          'hãy cho from/to hoặc year (kèm quarter hoặc month), không cho cả hai',
          'give from/to or year (with quarter or month), not both',
        ),
        [
          {
            path: 'querystring',
            message: text(
              'from/to và year/quarter/month không dùng cùng nhau',
              'from/to and year/quarter/month are exclusive',
            ),
          },
        ],
      );
    }
    if (hasRange) {
      if (q.from === undefined || q.to === undefined) {
        throw new HttpProblem(
          400,
          'VALIDATION_FAILED',
          text('from và to phải đi cùng nhau', 'from and to go together'),
          [
            {
              path: q.from === undefined ? 'querystring.from' : 'querystring.to',
              message: text('phải đi cùng tham số kia', 'required with the other'),
            },
          ],
        );
      }
      if (q.from > q.to) {
        throw new HttpProblem(
          400,
          'VALIDATION_FAILED',
          text(`ngày đầu kỳ from ${q.from} ở sau ngày cuối kỳ to ${q.to}`, `from ${q.from} is after to ${q.to}`),
          [{ path: 'querystring.from', message: text('không được sau to', 'must not be after to') }],
        );
      }
      return { from: q.from, to: q.to };
    }
    if (q.year === undefined) {
      throw new HttpProblem(
        400,
        'VALIDATION_FAILED',
        text(
          'hãy cho kỳ báo cáo: from và to, hoặc year kèm quarter hoặc month',
          'give a period: from and to, or year with quarter or month',
        ),
        [{ path: 'querystring.year', message: text('bắt buộc khi không có from/to', 'required without from/to') }],
      );
    }
    return guard(() =>
      periodOf({
        year: q.year as number,
        ...(q.quarter !== undefined ? { quarter: q.quarter as 1 | 2 | 3 | 4 } : {}),
        ...(q.month !== undefined ? { month: q.month } : {}),
        ...(q.convention ? { convention: q.convention } : {}),
      }),
    );
  };

  return {
    ledger,
    units,
    get refused() {
      return refused;
    },
    get lastRecordedAt() {
      return lastRecordedAt;
    },
    apply(e) {
      if (e.position > ledger.lastPosition && (lastRecordedAt === null || e.recordedAt > lastRecordedAt)) {
        lastRecordedAt = e.recordedAt;
      }
      try {
        ledger.apply(e);
        units.apply(e);
      } catch (error) {
        refused++;
        deps.onRefused?.(e, error);
      }
    },
    period,
    form06(offices, label, q, knownAt) {
      const p = period(q);
      return guard(() =>
        ledger.form06({ ...p, offices: [...offices], unit: label, ...(knownAt !== undefined ? { knownAt } : {}) }),
      );
    },
    drillDown(office, cell, field, q, knownAt) {
      const p = period(q);
      return guard(() =>
        ledger.drillDown({
          ...p,
          offices: [office],
          unit: office,
          cell,
          ...(field !== undefined ? { field } : {}),
          ...(knownAt !== undefined ? { knownAt } : {}),
        }),
      );
    },
    dossierCells(offices, q, knownAt) {
      const p = period(q);
      return guard(() =>
        ledger.dossierCells({ ...p, offices: [...offices], ...(knownAt !== undefined ? { knownAt } : {}) }),
      );
    },
    dossier(office, code, opts) {
      return guard(() => ledger.dossier(office, code, opts));
    },
    timeline(office, code, opts) {
      return guard(() => ledger.timeline(office, code, opts));
    },
  };
}
