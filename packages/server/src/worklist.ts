// The clerks' work list: an office's dossiers as known at a cut-off, filtered, sorted by due date and
// paged with a signed cursor. Which dossiers are open, their field and channel come from the ledger's
// classification (dossierCells over all time); due dates and state from each dossier's view; the status
// is the dossier's against the instant the list is evaluated at (now, or knownAt).
import type { WorkingCalendar } from '@motcua/domain';
import { type DossierView, parseCutoff } from '@motcua/projections';
import { text } from './lang.js';
import { HttpProblem } from './problem.js';
import type { Projections } from './projections.js';
import type { Signer } from './signed.js';

/** A dossier's own status: open ones have one of the first four, finished ones one of the last two. */
export const ITEM_STATUSES = [
  'within-deadline',
  'due-soon',
  'overdue',
  'awaiting-supplement',
  'resolved',
  'finished',
] as const;
export type ItemStatus = (typeof ITEM_STATUSES)[number];
/**
 * Status filters: each item status, plus open (not finished) and all. within-deadline also selects the
 * dossiers due soon or awaiting a supplement (Form 06 counts them within deadline); finished also selects
 * the resolved ones (resolved: the result was returned; finished alone: withdrawn, refused, returned
 * unprocessed).
 */
export const WORK_STATUSES = ['open', ...ITEM_STATUSES, 'all'] as const;
export type WorkStatus = (typeof WORK_STATUSES)[number];
export const CHANNELS = ['online', 'direct', 'postal'] as const;

export interface WorkListQuery {
  status?: WorkStatus | undefined;
  field?: string | undefined;
  channel?: (typeof CHANNELS)[number] | undefined;
  dueBefore?: string | undefined;
  q?: string | undefined;
  dueWithinHours?: number | undefined;
  limit?: number | undefined;
  cursor?: string | undefined;
  knownAt?: string | undefined;
}

export interface WorkItem {
  code: string;
  field: string;
  channel: string;
  procedureCode: string | null;
  receivedAt: string;
  dueAt: string;
  rescheduledDueAt: string | null;
  status: ItemStatus;
  finishedAt: string | null;
  /** Working time from the evaluation instant to dueAt (negative when overdue); null when finished or
   *  awaiting a supplement (the clock is stopped). */
  workingMsLeft: number | null;
  workingHoursLeft: number | null;
}

export interface WorkList {
  office: string;
  knownAt: string | null;
  /** The instant statuses are evaluated at: now on the first page (knownAt when given), kept by the cursor. */
  at: string;
  status: WorkStatus;
  /** Every dossier the filters select, across all pages. */
  total: number;
  items: WorkItem[];
  nextCursor: string | null;
}

export const DEFAULT_LIMIT = 50;
export const DEFAULT_DUE_WITHIN_HOURS = 24;
const HOUR_MS = 3_600_000;
/** All of time, as the ledger's periods go: received in it = every dossier; pending at its end = open. */
const ALL_TIME = { from: '1000-01-01', to: '9999-12-31' };
const CELL_BIT = { pending: 1 << 10, online: 1 << 1, direct: 1 << 3, postal: 1 << 4 } as const;

interface Cursor {
  v: 1;
  /** The query the cursor belongs to. */
  q: string;
  /** Evaluation instant (ms) and recorded-time cut-off of the first page (null: nothing was recorded). */
  at: number;
  knownAt: string | null;
  /** The last item sent: due time (ms) and code. */
  due: number;
  code: string;
}

const badCursor = (): HttpProblem =>
  new HttpProblem(
    400,
    'VALIDATION_FAILED',
    text(
      'cursor không hợp lệ: hãy dùng đúng nextCursor của trang trước, với cùng các tham số lọc',
      'invalid cursor: send the previous page’s nextCursor unchanged, with the same filters',
    ),
    [
      {
        path: 'querystring.cursor',
        message: text('cursor bị sửa hoặc của truy vấn khác', 'altered, or another query’s'),
      },
    ],
  );

function statusOf(view: DossierView, atMs: number, leftMs: number | null, soonMs: number): ItemStatus {
  if (view.finished) return view.finished.kind === 'returned' ? 'resolved' : 'finished';
  if (view.awaitingSupplement) return 'awaiting-supplement';
  if (Date.parse(view.dueAt) < atMs) return 'overdue';
  return leftMs !== null && leftMs <= soonMs ? 'due-soon' : 'within-deadline';
}

const selects = (filter: WorkStatus, s: ItemStatus): boolean => {
  switch (filter) {
    case 'all':
      return true;
    case 'open':
      return s !== 'resolved' && s !== 'finished';
    case 'within-deadline':
      // As Form 06 counts it: not overdue, a dossier awaiting a supplement included.
      return s === 'within-deadline' || s === 'due-soon' || s === 'awaiting-supplement';
    case 'finished':
      return s === 'resolved' || s === 'finished';
    default:
      return s === filter;
  }
};

export function workList(
  deps: { projections: Projections; calendar: WorkingCalendar; cursors: Signer; now: () => Date },
  office: string,
  query: WorkListQuery,
): WorkList {
  const status = query.status ?? 'open';
  const limit = query.limit ?? DEFAULT_LIMIT;
  const soonMs = (query.dueWithinHours ?? DEFAULT_DUE_WITHIN_HOURS) * HOUR_MS;
  const signature = JSON.stringify([
    office,
    status,
    query.field ?? null,
    query.channel ?? null,
    query.dueBefore ?? null,
    query.q ?? null,
    query.dueWithinHours ?? null,
    query.knownAt ?? null,
  ]);
  let cursor: Cursor | null = null;
  if (query.cursor !== undefined) {
    const c = deps.cursors.verify(query.cursor) as Cursor | null;
    if (!c || c.v !== 1 || c.q !== signature || typeof c.due !== 'number' || typeof c.code !== 'string') {
      throw badCursor();
    }
    cursor = c;
  }
  // Later pages read the ledger as the first page did: writes in between neither repeat nor skip items.
  const atMs = cursor ? cursor.at : query.knownAt !== undefined ? parseCutoff(query.knownAt, 'knownAt') : +deps.now();
  // Without knownAt, the first page reads everything applied so far, and its cursor keeps that cut-off.
  const knownAt = cursor ? cursor.knownAt : (query.knownAt ?? deps.projections.lastRecordedAt);
  const dueBeforeMs = query.dueBefore !== undefined ? parseCutoff(query.dueBefore, 'dueBefore') : null;
  const prefix = query.q?.toLowerCase();
  const field = query.field?.normalize('NFC');

  const cut = knownAt ?? undefined;
  const rows = deps.projections.dossierCells([office], ALL_TIME, cut).filter((d) => {
    const open = (d.mask & CELL_BIT.pending) !== 0;
    if ((status === 'resolved' || status === 'finished') && open) return false;
    if (status !== 'all' && status !== 'resolved' && status !== 'finished' && !open) return false;
    if (field !== undefined && d.field !== field) return false;
    if (query.channel !== undefined && (d.mask & CELL_BIT[query.channel]) === 0) return false;
    return prefix === undefined || d.code.toLowerCase().startsWith(prefix);
  });

  const at = new Date(atMs).toISOString();
  // Working time over a long overdue stretch is costly to count (day by day through the calendar), so it
  // is counted only for the items sent; a due date ahead needs it now, to tell due-soon apart.
  const overdueMs = (dueAt: string): number => -deps.calendar.workingMsBetween(dueAt, at);
  const selected: (WorkItem & { dueMs: number })[] = [];
  for (const d of rows) {
    const view = deps.projections.dossier(office, d.code, cut !== undefined ? { knownAt: cut } : {});
    if (!view) continue;
    const dueMs = Date.parse(view.dueAt);
    if (dueBeforeMs !== null && dueMs > dueBeforeMs) continue;
    const running = !view.finished && !view.awaitingSupplement;
    const leftMs = running && dueMs >= atMs ? deps.calendar.workingMsBetween(at, view.dueAt) : null;
    const s = statusOf(view, atMs, leftMs, soonMs);
    if (!selects(status, s)) continue;
    selected.push({
      code: view.code,
      field: view.field,
      channel: view.channel,
      procedureCode: view.procedureCode,
      receivedAt: view.receivedAt,
      dueAt: view.dueAt,
      rescheduledDueAt: view.rescheduledDueAt,
      status: s,
      finishedAt: view.finished?.at ?? null,
      workingMsLeft: leftMs,
      workingHoursLeft: null,
      dueMs,
    });
  }
  const byDue = (a: { dueMs: number; code: string }, b: { dueMs: number; code: string }): number =>
    a.dueMs - b.dueMs || (a.code < b.code ? -1 : a.code > b.code ? 1 : 0);
  selected.sort(byDue);
  const after = cursor ? { dueMs: cursor.due, code: cursor.code } : null;
  const rest = after ? selected.filter((x) => byDue(x, after) > 0) : selected;
  const page = rest.slice(0, limit);
  const last = page[page.length - 1];
  const nextCursor =
    rest.length > limit && last
      ? deps.cursors.sign({ v: 1, q: signature, at: atMs, knownAt, due: last.dueMs, code: last.code } satisfies Cursor)
      : null;
  return {
    office,
    knownAt: query.knownAt ?? null,
    at: new Date(atMs).toISOString(),
    status,
    total: selected.length,
    items: page.map(({ dueMs: _, ...item }) => {
      const left = item.status === 'overdue' ? overdueMs(item.dueAt) : item.workingMsLeft;
      return {
        ...item,
        workingMsLeft: left,
        workingHoursLeft: left === null ? null : Math.round((left / HOUR_MS) * 100) / 100,
      };
    }),
    nextCursor,
  };
}
