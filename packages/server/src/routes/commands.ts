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
import { markReplayed, registerIdempotency } from './idempotency-hooks.js';

export interface CommandRoutesDeps {
  readonly commands: CommandService;
  readonly idempotency: IdempotencyStore;
  readonly now: () => Date;
  readonly calendar: WorkingCalendar;
  /** The units catalogue: commands to an ended unit are refused, its successor records them (issue 14). */
  readonly units?: UnitDirectory;
}

/** If-Match: `*`, or one or more entity tags `"<revision>"` (weak W/ accepted), comma separated. */
function parseIfMatch(header: string | string[] | undefined): IfMatch {
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

/** A lifecycle command after receipt: its route's path and summary, and the body it takes (bodyOf). */
export interface FollowUp {
  readonly path: string;
  readonly summary: string;
  readonly type: DossierCommand['type'];
  readonly body: z.ZodObject;
}

/** One route per lifecycle command after receipt. */
const FOLLOW_UPS: readonly FollowUp[] = [
  {
    path: 'supplement-requests',
    summary: 'Request a supplement (the clock stops)',
    type: 'RequestSupplement',
    body: SupplementRequestBody,
  },
  {
    path: 'supplement-provided',
    summary: 'Record that the supplement arrived (the due date moves by the time waited)',
    type: 'ProvideSupplement',
    body: SupplementProvidedBody,
  },
  {
    path: 'reschedule',
    summary: 'Apology and new date (at most once)',
    type: 'RescheduleDueDate',
    body: RescheduleBody,
  },
  { path: 'resolve', summary: 'Resolve: approved or refused', type: 'ResolveDossier', body: ResolveBody },
  {
    path: 'return',
    summary: 'Return the result to the applicant (finishes the dossier)',
    type: 'ReturnResult',
    body: ReturnBody,
  },
  {
    path: 'withdraw',
    summary: 'The applicant withdraws the dossier (finishes it)',
    type: 'WithdrawDossier',
    body: WithdrawBody,
  },
  {
    path: 'return-unprocessed',
    summary: 'Return the dossier unprocessed (finishes it)',
    type: 'ReturnUnprocessed',
    body: ReturnUnprocessedBody,
  },
  {
    path: 'digitise',
    summary: 'Record digitisation of the papers or the result',
    type: 'DigitiseDossier',
    body: DigitiseBody,
  },
  { path: 'payments', summary: 'Record a fee payment (integer VND)', type: 'PayFee', body: PaymentBody },
  { path: 'rating', summary: 'Record a satisfaction rating', type: 'RateSatisfaction', body: RatingBody },
  {
    path: 'corrections',
    summary: 'Correct an earlier event (supersede it with a replacement, or retract it)',
    type: 'CorrectEvent',
    body: CorrectionBody,
  },
  handoverRoute,
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
  const routed = deps.units ? await routeCommand(command, deps.units, deps.commands.exists) : command;
  const outcome = await deps.commands.execute(routed, ifMatch);
  if (outcome.replayed) markReplayed(req);
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
  f: FollowUp,
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
      // The body holds the command's own fields as they are (bodyOf): one mapping for every follow-up.
      const body = req.body as Record<string, unknown>;
      const command = {
        type: f.type,
        ...body,
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
        ({
          type: 'ReceiveDossier',
          ...b,
          office: req.params.office,
          dossierCode,
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
      const command = {
        type: 'TransferIn',
        ...req.body,
        office: req.params.office,
        dossierCode: req.params.code,
        meta: metaOf(req, deps.now()),
      } as DossierCommand;
      return run(req, reply, command, true);
    },
  );

  for (const f of FOLLOW_UPS) registerFollowUp(app, deps, f);
};
