// From tracking-book rows to events: each row becomes domain commands, the decider applies the lifecycle
// rules, and the result is compared with what the ledger already holds. Pure: the caller loads the
// dossiers already stored and appends the plan in one transaction.
import {
  type CommandOf,
  type Decider,
  type DomainError,
  type DossierCommand,
  type DossierEvent,
  type DossierState,
  dossierStreamId,
  oneLine,
  type ProcedureCatalogue,
} from '@motcua/domain';
import type { AppendRequest } from '@motcua/store';
import { canonicalJson } from './read-ndjson.js';
import type { BookRow, Column, HeaderNames, Issue } from './types.js';

export interface PlanContext {
  readonly office: string;
  readonly decider: Decider;
  readonly catalogue: ProcedureCatalogue;
  /** When the import runs: receipts after it are refused. */
  readonly issuedAt: string;
  readonly actor: string;
  readonly headers: HeaderNames;
  /** Events already stored for a dossier stream, or undefined when the stream does not exist. */
  readonly stored: (streamId: string) => readonly DossierEvent[] | undefined;
  /** The units catalogue's refusal of a command to this office (its unit ended or not begun), as the API's. */
  readonly unitRefusal?: (command: DossierCommand) => DomainError | null;
}

export interface Plan {
  readonly requests: AppendRequest[];
  readonly issues: Issue[];
  readonly events: number;
  /** Dossiers the ledger already held with the same facts (nothing to write). */
  readonly skipped: number;
}

type FixedStep =
  | 'receive'
  | 'digitise-papers'
  | 'pay'
  | 'resolve'
  | 'return'
  | 'digitise-result'
  | 'withdraw'
  | 'handover'
  | 'reschedule';
/** A supplement round's steps are numbered from 1, so each round has its own command id. */
type Step = FixedStep | `supplement-request-${number}` | `supplement-provided-${number}`;

interface PlannedCommand {
  readonly step: Step;
  readonly column: Column;
  readonly command: DossierCommand;
}

/** Deterministic command ids: the same row imported again yields the same ids, so nothing is written twice. */
export const importCommandId = (office: string, code: string, step: string): string =>
  // join, not a template: one flat string. A template leaves a chain of pieces per id that every event
  // keeps until it is written and that JSON.stringify has to flatten again (a third of serialising meta).
  ['import:', office, ':', code, ':', step].join('');

const FIXED_STEP_COLUMN: Record<FixedStep, Column> = {
  receive: 'received_at',
  'digitise-papers': 'digitized',
  pay: 'paid_online',
  resolve: 'returned_at',
  return: 'returned_at',
  'digitise-result': 'digitized',
  withdraw: 'withdrawn_at',
  handover: 'handover_at',
  reschedule: 'rescheduled_at',
};

/** The book column a step's facts come from (a refusal of the step names it). */
function stepColumn(step: Step): Column {
  if (step.startsWith('supplement-request-')) return 'supplement_requested_at';
  if (step.startsWith('supplement-provided-')) return 'supplement_provided_at';
  return FIXED_STEP_COLUMN[step as FixedStep] ?? 'dossier_code';
}

type RowContext = Pick<PlanContext, 'office' | 'catalogue' | 'issuedAt' | 'actor'>;
type CommandMeta = DossierCommand['meta'];

/** A command's metadata; the correlation id is the row's, one string shared by its commands. */
const commandMeta = (ctx: RowContext, code: string, step: Step, correlationId: string): CommandMeta => ({
  commandId: importCommandId(ctx.office, code, step),
  actor: ctx.actor,
  correlationId,
  issuedAt: ctx.issuedAt,
});

const planned = (step: Step, command: DossierCommand): PlannedCommand => ({
  step,
  column: stepColumn(step),
  command,
});

/** The receipt; optional facts the book leaves blank are left out of the command (the decider fills them). */
function receiveCommand(row: BookRow, ctx: RowContext, correlationId: string): DossierCommand {
  const c: { -readonly [K in keyof CommandOf<'ReceiveDossier'>]?: CommandOf<'ReceiveDossier'>[K] } = {
    type: 'ReceiveDossier',
    office: ctx.office,
    dossierCode: row.dossierCode,
  };
  if (row.procedureCode !== null) c.procedureCode = row.procedureCode;
  if (row.field !== null) c.field = row.field;
  c.channel = row.channel;
  c.receivedAt = row.receivedAt;
  if (row.dueAt !== null) c.dueAt = row.dueAt;
  c.meta = commandMeta(ctx, row.dossierCode, 'receive', correlationId);
  return c as CommandOf<'ReceiveDossier'>;
}

/** The commands a row stands for, in the order things happened at the counter. */
export function rowCommands(row: BookRow, ctx: RowContext): PlannedCommand[] {
  // Plain literals, no spreads or closures: this runs for every row of a book.
  const { office } = ctx;
  const code = row.dossierCode;
  const correlationId = ['import:', office, ':', code].join('');
  const out: PlannedCommand[] = [planned('receive', receiveCommand(row, ctx, correlationId))];
  if (row.digitised.papers) {
    out.push(
      planned('digitise-papers', {
        type: 'DigitiseDossier',
        office,
        dossierCode: code,
        what: 'papers',
        at: row.receivedAt,
        meta: commandMeta(ctx, code, 'digitise-papers', correlationId),
      }),
    );
  }
  // Fees are paid when the dossier is handed in: online with the submission, otherwise at the counter.
  if (row.paidOnline || (row.feeVnd !== null && row.feeVnd > 0)) {
    const catalogueFee = row.procedureCode ? (ctx.catalogue.byCode(row.procedureCode)?.feeVnd ?? null) : null;
    out.push(
      planned('pay', {
        type: 'PayFee',
        office,
        dossierCode: code,
        method: row.paidOnline ? 'online' : 'counter',
        amountVnd: row.feeVnd ?? catalogueFee ?? 0,
        at: row.receivedAt,
        meta: commandMeta(ctx, code, 'pay', correlationId),
      }),
    );
  }
  if (row.returnedAt !== null) {
    out.push(
      planned('resolve', {
        type: 'ResolveDossier',
        office,
        dossierCode: code,
        decision: 'approved',
        at: row.returnedAt,
        meta: commandMeta(ctx, code, 'resolve', correlationId),
      }),
      planned('return', {
        type: 'ReturnResult',
        office,
        dossierCode: code,
        at: row.returnedAt,
        meta: commandMeta(ctx, code, 'return', correlationId),
      }),
    );
    if (row.digitised.result) {
      out.push(
        planned('digitise-result', {
          type: 'DigitiseDossier',
          office,
          dossierCode: code,
          what: 'result',
          at: row.returnedAt,
          meta: commandMeta(ctx, code, 'digitise-result', correlationId),
        }),
      );
    }
  }
  if (row.withdrawnAt !== null) {
    out.push(
      planned('withdraw', {
        type: 'WithdrawDossier',
        office,
        dossierCode: code,
        at: row.withdrawnAt,
        meta: commandMeta(ctx, code, 'withdraw', correlationId),
      }),
    );
  }
  if (row.handover || row.supplements.length > 0 || row.reschedule) insertSteps(out, row, ctx, correlationId);
  return out;
}

/** The processing steps between receipt and finish (hand-over, supplement rounds, apology), each with its
 *  time, in the order of that time. */
function middleSteps(row: BookRow, ctx: RowContext, correlationId: string): { at: string; step: PlannedCommand }[] {
  const { office } = ctx;
  const code = row.dossierCode;
  const meta = (step: Step) => commandMeta(ctx, code, step, correlationId);
  const out: { at: string; step: PlannedCommand }[] = [];
  const h = row.handover;
  if (h) {
    const command: DossierCommand = {
      type: 'HandOverDossier',
      office,
      dossierCode: code,
      fromUnit: h.fromUnit,
      giver: h.giver,
      toUnit: h.toUnit,
      receiver: h.receiver,
      stepDueAt: h.stepDueAt,
      at: h.at,
      meta: meta('handover'),
    };
    out.push({ at: h.at, step: planned('handover', command) });
  }
  row.supplements.forEach((s, i) => {
    const request: Step = `supplement-request-${i + 1}`;
    out.push({
      at: s.requestedAt,
      step: planned(request, {
        type: 'RequestSupplement',
        office,
        dossierCode: code,
        reason: s.reason,
        at: s.requestedAt,
        meta: meta(request),
      }),
    });
    if (s.providedAt === null) return;
    const provided: Step = `supplement-provided-${i + 1}`;
    out.push({
      at: s.providedAt,
      step: planned(provided, {
        type: 'ProvideSupplement',
        office,
        dossierCode: code,
        at: s.providedAt,
        meta: meta(provided),
      }),
    });
  });
  const r = row.reschedule;
  if (r) {
    const command: DossierCommand = {
      type: 'RescheduleDueDate',
      office,
      dossierCode: code,
      reason: r.reason,
      newDueAt: r.newDueAt,
      at: r.at,
      meta: meta('reschedule'),
    };
    out.push({ at: r.at, step: planned('reschedule', command) });
  }
  // Stable: steps at the same instant keep the order above (a request before its supplement).
  return out.sort((a, b) => Date.parse(a.at) - Date.parse(b.at));
}

/** The processing steps go where they happened: before the result when they came first (the usual case),
 *  else after the finish, where the decider refuses them as steps of a finished dossier. */
function insertSteps(out: PlannedCommand[], row: BookRow, ctx: RowContext, correlationId: string): void {
  const finishAt = row.returnedAt ?? row.withdrawnAt;
  const finishMs = finishAt === null ? Number.POSITIVE_INFINITY : Date.parse(finishAt);
  const steps = middleSteps(row, ctx, correlationId);
  const first = out.findIndex((p) => p.step === 'resolve' || p.step === 'withdraw');
  const beforeFinish = steps.filter((s) => first >= 0 && Date.parse(s.at) <= finishMs).map((s) => s.step);
  const afterFinish = steps.filter((s) => !(first >= 0 && Date.parse(s.at) <= finishMs)).map((s) => s.step);
  if (first >= 0) out.splice(first, 0, ...beforeFinish);
  out.push(...afterFinish);
}

/** The column a refusal of the receipt is about. */
function receiveColumn(e: DomainError): Column {
  if (e.code === 'UNKNOWN_PROCEDURE') return 'procedure_code';
  if (e.code === 'RECEIVED_IN_FUTURE') return 'received_at';
  const path = e.issues?.[0]?.path ?? '';
  if (path.startsWith('field')) return 'field';
  if (path.startsWith('dueAt') || /due date/.test(e.message)) return 'due_at';
  if (path.startsWith('dossierCode')) return 'dossier_code';
  if (path.startsWith('channel')) return 'channel';
  if (path.startsWith('procedureCode')) return 'procedure_code';
  return 'received_at';
}

const OPENING_FACTS: ReadonlyArray<[Column, string]> = [
  ['channel', 'channel'],
  ['received_at', 'receivedAt'],
  ['due_at', 'dueAt'],
  ['field', 'field'],
  ['procedure_code', 'procedureCode'],
];

/** Where the facts of a step's event other than its time come from in the book, in the book's column order,
 *  so that a book contradicting the ledger is refused on the column that differs, not only the step's. */
const DATA_FACTS: Partial<Record<DossierEvent['type'], ReadonlyArray<[Column, string]>>> = {
  SupplementRequested: [['supplement_reason', 'reason']],
  DueDateRescheduled: [
    ['rescheduled_due_at', 'newDueAt'],
    ['reschedule_reason', 'reason'],
  ],
  DossierHandedOver: [
    ['handover_to', 'toUnit'],
    ['handover_from', 'fromUnit'],
    ['handover_giver', 'giver'],
    ['handover_receiver', 'receiver'],
    ['handover_due_at', 'stepDueAt'],
  ],
};

/** An event's data as the book can hold it: a supplement's reason on one line (the cell holds one per line). */
function asInBook(e: DossierEvent): Record<string, unknown> {
  const data = e.data as Record<string, unknown>;
  return e.type === 'SupplementRequested' ? { ...data, reason: oneLine(e.data.reason) } : data;
}

/** The first column where two events of the same step disagree, or null when they state the same facts. */
function eventDifference(step: PlannedCommand, a: readonly DossierEvent[], b: readonly DossierEvent[]): Column | null {
  if (a.length !== b.length) return step.column;
  for (let i = 0; i < a.length; i++) {
    const x = a[i]!;
    const y = b[i]!;
    if (x.type !== y.type) return step.column;
    const dx = asInBook(x);
    const dy = asInBook(y);
    if (step.step === 'receive') {
      for (const [col, key] of OPENING_FACTS) if (dx[key] !== dy[key]) return col;
    }
    if (x.meta.occurredAt !== y.meta.occurredAt) return step.column;
    for (const [col, key] of DATA_FACTS[x.type] ?? [])
      if (canonicalJson(dx[key]) !== canonicalJson(dy[key])) return col;
    if (canonicalJson(dx) !== canonicalJson(dy)) return step.step === 'pay' ? 'fee' : step.column;
  }
  return null;
}

const stepOfCommandId = (office: string, code: string, commandId: string): Step | null => {
  const prefix = importCommandId(office, code, '');
  return commandId.startsWith(prefix) ? (commandId.slice(prefix.length) as Step) : null;
};

/** Plans the whole book: every row is decided; any problem is an issue and the caller writes nothing. */
export function planRows(rows: readonly BookRow[], ctx: PlanContext): Plan {
  const { decider, office } = ctx;
  const requests: AppendRequest[] = [];
  const issues: Issue[] = [];
  let events = 0;
  let skipped = 0;
  const problem = (row: BookRow, column: Column, code: Issue['code'], detail?: string, detailVi?: string): void => {
    const header = ctx.headers[column];
    issues.push({
      line: row.line,
      column,
      ...(header !== undefined && header !== column ? { header } : {}),
      code,
      value: row.dossierCode,
      ...(detail !== undefined ? { detail } : {}),
      ...(detailVi !== undefined ? { detailVi } : {}),
    });
  };

  for (const row of rows) {
    const streamId = dossierStreamId(office, row.dossierCode);
    const planned = rowCommands(row, ctx);
    // The row on its own: every command through the rules, from a dossier never seen.
    let state: DossierState = decider.initialState;
    const fresh: DossierEvent[][] = [];
    const all: DossierEvent[] = [];
    let refused = false;
    for (let i = 0; i < planned.length; i++) {
      const p = planned[i]!;
      const r = decider.decide(p.command, state);
      const ended = r.ok ? (ctx.unitRefusal?.(p.command) ?? null) : null;
      if (!r.ok || ended) {
        const error = r.ok ? ended! : r.error;
        const column = p.step === 'receive' ? receiveColumn(error) : p.column;
        problem(row, column, 'REJECTED', `${error.code}: ${error.message}`, error.messageVi);
        refused = true;
        break;
      }
      fresh.push(r.value);
      for (const e of r.value) all.push(e);
      // The state after the row's last command is never read: do not build it.
      if (i < planned.length - 1) for (const e of r.value) state = decider.evolve(state, e);
    }
    if (refused) continue;

    const stored = ctx.stored(streamId);
    if (stored === undefined || stored.length === 0) {
      requests.push({ streamId, events: all, expectedRevision: 'no-stream' });
      events += all.length;
      continue;
    }

    // Already in the ledger: same facts are skipped, different facts refused, new steps appended.
    let current: DossierState = stored.reduce(decider.evolve, decider.initialState);
    const plannedSteps = new Set(planned.map((p) => p.step));
    const extra = stored.find((e) => {
      const step = stepOfCommandId(office, row.dossierCode, e.meta.commandId);
      return step !== null && !plannedSteps.has(step);
    });
    if (extra) {
      const step = stepOfCommandId(office, row.dossierCode, extra.meta.commandId)!;
      problem(row, stepColumn(step), 'STORE_CONFLICT', `${extra.type} ${extra.meta.occurredAt}`);
      continue;
    }
    const toWrite: DossierEvent[] = [];
    let conflict = false;
    for (const [i, p] of planned.entries()) {
      const mine = fresh[i]!;
      const commandId = importCommandId(office, row.dossierCode, p.step);
      const already = stored.filter((e) => e.meta.commandId === commandId);
      let against: readonly DossierEvent[] = already;
      if (already.length === 0 && p.step === 'receive') {
        // Opened by someone else (the counter software, a seed): the receipt must state the same facts.
        against = stored.filter((e) => e.type === 'DossierReceived' || e.type === 'DossierTransferredIn').slice(0, 1);
        if (against.length === 1 && against[0]!.type !== mine[0]!.type) {
          against = [{ ...against[0]!, type: mine[0]!.type } as DossierEvent];
        }
      }
      if (against.length > 0) {
        const diff = eventDifference(p, mine, against);
        if (diff !== null) {
          const was = against[0]!;
          problem(row, diff, 'STORE_CONFLICT', `${was.type} ${was.meta.occurredAt}`);
          conflict = true;
          break;
        }
        continue;
      }
      const r = decider.decide(p.command, current);
      if (!r.ok) {
        problem(row, p.column, 'REJECTED', `${r.error.code}: ${r.error.message}`);
        conflict = true;
        break;
      }
      for (const e of r.value) current = decider.evolve(current, e);
      toWrite.push(...r.value);
    }
    if (conflict) continue;
    if (toWrite.length === 0) {
      skipped++;
      continue;
    }
    requests.push({ streamId, events: toWrite, expectedRevision: BigInt(stored.length - 1) });
    events += toWrite.length;
  }
  return { requests, issues, events, skipped };
}
