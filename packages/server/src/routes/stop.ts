// POST /v1/offices/{office}/dossiers/{code}/stop: the stop notice (Thông báo dừng giải quyết hồ sơ, Mẫu 05
// of Thông tư 03/2025/TT-VPCP), a finishing event of the 2025 rules. Same conventions as the other command
// routes (ETag, If-Match, Idempotency-Key, problem details); the domain decides whether the dossier's rule
// set has the notice (422 RULE_NOT_IN_FORCE for a dossier received before 1 July 2025).
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { StopBody } from '../schemas/commands.js';
import { type CommandRoutesDeps, type FollowUp, registerFollowUp } from './commands.js';
import { registerIdempotency } from './idempotency-hooks.js';

export const STOP: FollowUp = {
  path: 'stop',
  summary:
    'Stop notice: stop processing the dossier (Thông báo dừng giải quyết hồ sơ; dossiers received from 1 July 2025; finishes it)',
  type: 'StopProcessing',
  body: StopBody,
};

export const stopRoutes: FastifyPluginAsyncZod<CommandRoutesDeps> = async (app, deps) => {
  registerIdempotency(app, deps.idempotency);
  registerFollowUp(app, deps, STOP);
};
