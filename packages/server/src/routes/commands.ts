// Command routes: POST /v1/offices/{office}/dossiers receives a dossier; one POST per further
// lifecycle command under /v1/offices/{office}/dossiers/{code}/. Each answers with the stream revision
// as ETag, honours If-Match (412) and Idempotency-Key (replayed byte for byte).
import { randomUUID } from 'node:crypto';
import { type DossierCommand, dayOf, type WorkingCalendar } from '@motcua/domain';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { z } from 'zod';
import type { CommandOutcome, CommandService, IfMatch } from '../command-service.js';
import { createCodeAllocator } from '../dossier-codes.js';
import type { IdempotencyStore } from '../idempotency.js';
import { text as bilingual } from '../lang.js';
import { HttpProblem } from '../problem.js';
import {
  CommandResponse,
  CorrectionBody,
  DigitiseBody,
  DossierParams,
  OfficeParams,
  PaymentBody,
  RatingBody,
  ReceiveBody,
  RescheduleBody,
  ResolveBody,
  ReturnBody,
  ReturnUnprocessedBody,
  SupplementProvidedBody,
  SupplementRequestBody,
  TransferInBody,
  WithdrawBody,
} from '../schemas/commands.js';
import { commandProblems } from '../schemas/common.js';
import { routeCommand } from '../unit-commands.js';
import type { UnitDirectory } from '../unit-directory.js';
import { handoverRoute } from './handovers.js';
import { registerIdempotency } from './idempotency-hooks.js';

/** What a receive and a transfer-in both say of the dossier they open, taken from either body. */
const openingOf = (b: z.infer<typeof ReceiveBody> | z.infer<typeof TransferInBody>) => ({
  procedureCode: b.procedureCode,
  field: b.field,
  channel: b.channel,
  receivedAt: b.receivedAt,
  dueAt: b.dueAt,
  applicantRef: b.applicantRef,
});

export interface CommandRoutesDeps {
  readonly commands: CommandService;
  readonly idempotency: IdempotencyStore;
  readonly now: () => Date;
  readonly calendar: WorkingCalendar;
  /** The units catalogue: commands to an ended unit are refused, its successor records them (issue 14). */
  readonly units?: UnitDirectory;
}

/** If-Match: `*`, or one or more entity tags `"<revision>"` (weak W/ accepted), comma separated. */
export function parseIfMatch(header: string | string[] | undefined): IfMatch {
  if (header === undefined) return null;
  const text = (Array.isArray(header) ? header.join(',') : header).trim();
  if (text === '*') return '*';
  const revisions: bigint[] = [];
  for (const part of text.split(',')) {
    const m = /^\s*(?:W\/)?"(\d{1,19})"\s*$/.exec(part);
    if (!m) {
      throw new HttpProblem(
        400,
        'INVALID_IF_MATCH',
        bilingual(
          `If-Match ${JSON.stringify(text)} không phải số phiên bản trong ngoặc kép như "3"`,
          `If-Match ${JSON.stringify(text)} is not a quoted revision like "3"`,
        ),
        [{ path: 'headers.if-match', message: bilingual('cần "<số phiên bản>"', 'expected "<revision>"') }],
      );
    }
    revisions.push(BigInt(m[1]!));
  }
  return revisions;
}

const metaOf = (req: FastifyRequest, now: Date): DossierCommand['meta'] => ({
  commandId: req.commandIdHint ?? randomUUID(),
  actor: req.principal?.name ?? 'unknown',
  correlationId: String(req.id),
  causationId: null,
  issuedAt: now.toISOString(),
});

/** The due date a receipt sets, flagged provisional when its year has no announced calendar. */
const dueOf = (o: CommandOutcome, calendar: WorkingCalendar): { dueAt: string; dueProvisional: boolean } | null => {
  for (const e of o.events) {
    const dueAt = (e.data as { dueAt?: unknown }).dueAt;
    if ((e.type === 'DossierReceived' || e.type === 'DossierTransferredIn') && typeof dueAt === 'string')
      return { dueAt, dueProvisional: calendar.isProvisional(dueAt) };
  }
  return null;
};

/** Generated dossier codes tried before a receipt gives up (each taken code moves to the next). */
const CODE_ATTEMPTS = 20;

const responseOf = (o: CommandOutcome, calendar: WorkingCalendar): CommandResponse => ({
  office: o.office,
  dossierCode: o.dossierCode,
  revision: o.revision.toString(),
  position: o.position.toString(),
  events: o.events.map((e) => ({ eventId: e.meta.eventId, type: e.type, occurredAt: e.meta.occurredAt })),
  ...dueOf(o, calendar),
});

const dossierPath = (office: string, code: string): string =>
  `/v1/offices/${encodeURIComponent(office)}/dossiers/${encodeURIComponent(code)}`;

export interface FollowUp<B extends z.ZodType> {
  readonly path: string;
  readonly summary: string;
  readonly body: B;
  readonly command: (body: z.infer<B>) => Record<string, unknown> & { type: DossierCommand['type'] };
}

export const followUp = <B extends z.ZodType>(f: FollowUp<B>): FollowUp<z.ZodType> =>
  f as unknown as FollowUp<z.ZodType>;

/** The object without its undefined fields (a loop: entries/filter/fromEntries showed up per request). */
export const drop = <T extends Record<string, unknown>>(o: T): T => {
  const out: Record<string, unknown> = {};
  for (const k in o) if (o[k] !== undefined) out[k] = o[k];
  return out as T;
};

/** One route per lifecycle command after receipt. */
export const FOLLOW_UPS: readonly FollowUp<z.ZodType>[] = [
  followUp({
    path: 'supplement-requests',
    summary: 'Request a supplement (the clock stops)',
    body: SupplementRequestBody,
    command: (b) => drop({ type: 'RequestSupplement', reason: b.reason, at: b.at }),
  }),
  followUp({
    path: 'supplement-provided',
    summary: 'Record that the supplement arrived (the due date moves by the time waited)',
    body: SupplementProvidedBody,
    command: (b) => drop({ type: 'ProvideSupplement', at: b.at }),
  }),
  followUp({
    path: 'reschedule',
    summary: 'Apology and new date (at most once)',
    body: RescheduleBody,
    command: (b) => drop({ type: 'RescheduleDueDate', reason: b.reason, newDueAt: b.newDueAt, at: b.at }),
  }),
  followUp({
    path: 'resolve',
    summary: 'Resolve: approved or refused',
    body: ResolveBody,
    command: (b) => drop({ type: 'ResolveDossier', decision: b.decision, note: b.note, at: b.at }),
  }),
  followUp({
    path: 'return',
    summary: 'Return the result to the applicant (finishes the dossier)',
    body: ReturnBody,
    command: (b) => drop({ type: 'ReturnResult', at: b.at }),
  }),
  followUp({
    path: 'withdraw',
    summary: 'The applicant withdraws the dossier (finishes it)',
    body: WithdrawBody,
    command: (b) => drop({ type: 'WithdrawDossier', reason: b.reason, at: b.at }),
  }),
  followUp({
    path: 'return-unprocessed',
    summary: 'Return the dossier unprocessed (finishes it)',
    body: ReturnUnprocessedBody,
    command: (b) => drop({ type: 'ReturnUnprocessed', reason: b.reason, at: b.at }),
  }),
  followUp({
    path: 'digitise',
    summary: 'Record digitisation of the papers or the result',
    body: DigitiseBody,
    command: (b) => drop({ type: 'DigitiseDossier', what: b.what, at: b.at }),
  }),
  followUp({
    path: 'payments',
    summary: 'Record a fee payment (integer VND)',
    body: PaymentBody,
    command: (b) => drop({ type: 'PayFee', method: b.method, amountVnd: b.amountVnd, at: b.at }),
  }),
  followUp({
    path: 'rating',
    summary: 'Record a satisfaction rating',
    body: RatingBody,
    command: (b) =>
      drop({ type: 'RateSatisfaction', score: b.score, complaint: b.complaint, comment: b.comment, at: b.at }),
  }),
  followUp({
    path: 'corrections',
    summary: 'Correct an earlier event (supersede it with a replacement, or retract it)',
    body: CorrectionBody,
    command: (b) =>
      drop({ type: 'CorrectEvent', supersedes: b.supersedes, reason: b.reason, replacement: b.replacement, at: b.at }),
  }),
  followUp(handoverRoute),
];

const headersDoc = {
  description:
    'Optional headers: If-Match: "<revision>" (412 when the dossier is at another revision); Idempotency-Key: ' +
    'a retry with the same key returns the first response unchanged and writes nothing.',
};

/** Decides and appends a command; answers with the revision as ETag (and Location when it opened the dossier). */
async function runCommand(
  deps: CommandRoutesDeps,
  req: FastifyRequest,
  reply: FastifyReply,
  command: DossierCommand,
  created: boolean,
): Promise<CommandResponse> {
  const ifMatch = parseIfMatch(req.headers['if-match']);
  // A command for a unit that has ended is recorded by its successor, or refused naming it (issue 14).
  const routed = deps.units
    ? await routeCommand(command, deps.units, async (o, c) => (await deps.commands.load(o, c)).revision >= 0n)
    : command;
  const outcome = await deps.commands.execute(routed, ifMatch);
  reply.header('etag', `"${outcome.revision}"`);
  if (created) {
    reply.header('location', dossierPath(outcome.office, outcome.dossierCode));
    reply.code(201);
  }
  return responseOf(outcome, deps.calendar);
}

/**
 * POST /v1/offices/{office}/dossiers/{code}/{f.path}: one lifecycle command after receipt. The plugin
 * registering it must have registered the idempotency hooks (registerIdempotency).
 */
export function registerFollowUp(
  app: Parameters<FastifyPluginAsyncZod<CommandRoutesDeps>>[0],
  deps: CommandRoutesDeps,
  f: FollowUp<z.ZodType>,
): void {
  app.post(
    `/v1/offices/:office/dossiers/:code/${f.path}`,
    {
      config: { access: { kind: 'write-office' } },
      schema: {
        tags: ['commands'],
        summary: f.summary,
        description: headersDoc.description,
        params: DossierParams,
        body: f.body,
        response: { 200: CommandResponse, ...commandProblems },
      },
    },
    async (req, reply) => {
      const { office, code } = req.params as z.infer<typeof DossierParams>;
      const command = {
        ...f.command(req.body),
        office,
        dossierCode: code,
        meta: metaOf(req, deps.now()),
      } as DossierCommand;
      return runCommand(deps, req, reply, command, false);
    },
  );
}

export const commandRoutes: FastifyPluginAsyncZod<CommandRoutesDeps> = async (app, deps) => {
  registerIdempotency(app, deps.idempotency);
  const codes = createCodeAllocator(async (office, code) => (await deps.commands.load(office, code)).revision >= 0n);

  const run = (req: FastifyRequest, reply: FastifyReply, command: DossierCommand, created: boolean) =>
    runCommand(deps, req, reply, command, created);

  app.post(
    '/v1/offices/:office/dossiers',
    {
      config: { access: { kind: 'write-office' } },
      schema: {
        tags: ['commands'],
        summary: 'Receive a dossier',
        description: `${headersDoc.description} The due date is computed from the procedure's time limit and the working calendar when dueAt is absent.`,
        params: OfficeParams,
        body: ReceiveBody,
        response: { 201: CommandResponse, 200: CommandResponse, ...commandProblems },
      },
    },
    async (req, reply) => {
      const b = req.body;
      const receive = (dossierCode: string) =>
        drop({
          type: 'ReceiveDossier' as const,
          office: req.params.office,
          dossierCode,
          ...openingOf(b),
          meta: metaOf(req, deps.now()),
        }) as DossierCommand;
      if (b.dossierCode !== undefined) return run(req, reply, receive(b.dossierCode), true);
      // No code given: the next one of the office's day (Thông tư 04/2025); taken meanwhile → the next.
      const day = dayOf(b.receivedAt);
      for (let attempt = 1; ; attempt++) {
        const code = await codes.next(req.params.office, day);
        try {
          return await run(req, reply, receive(code), true);
        } catch (e) {
          codes.forget(req.params.office, day);
          if (!(e instanceof HttpProblem && e.code === 'DOSSIER_ALREADY_EXISTS') || attempt >= CODE_ATTEMPTS) throw e;
        }
      }
    },
  );

  app.post(
    '/v1/offices/:office/dossiers/:code/transfer-in',
    {
      config: { access: { kind: 'write-office' } },
      schema: {
        tags: ['commands'],
        summary: 'Open a dossier as an opening balance (received earlier, imported from a prior period or system)',
        description: headersDoc.description,
        params: DossierParams,
        body: TransferInBody,
        response: { 201: CommandResponse, 200: CommandResponse, ...commandProblems },
      },
    },
    async (req, reply) => {
      const b = req.body;
      const command = drop({
        type: 'TransferIn' as const,
        office: req.params.office,
        dossierCode: req.params.code,
        ...openingOf(b),
        source: b.source,
        note: b.note,
        meta: metaOf(req, deps.now()),
      }) as DossierCommand;
      return run(req, reply, command, true);
    },
  );

  for (const f of FOLLOW_UPS) registerFollowUp(app, deps, f);
};
