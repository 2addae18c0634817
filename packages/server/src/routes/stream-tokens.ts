// POST /v1/stream-tokens: a short-lived token that opens one office's event stream from a browser
// (EventSource cannot send Authorization). Issued only for an office the key covers and the server knows.
import type { KnownOffices } from '@motcua/projections';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { coversOffice } from '../auth.js';
import type { HierarchyIndex } from '../hierarchy.js';
import { text } from '../lang.js';
import { HttpProblem } from '../problem.js';
import { commandProblems } from '../schemas/common.js';
import { StreamTokenBody, StreamTokenResponse } from '../schemas/web.js';
import { STREAM_TOKEN_TTL_MS, type StreamTokens } from '../stream-token.js';
import { unknownOfficeProblem } from '../unknown-office.js';

export interface StreamTokenDeps {
  readonly tokens: StreamTokens;
  readonly known: KnownOffices;
  readonly hierarchy: HierarchyIndex;
}

export const streamTokenRoutes: FastifyPluginAsyncZod<StreamTokenDeps> = async (app, deps) => {
  app.post(
    '/v1/stream-tokens',
    {
      config: { access: { kind: 'authenticated' } },
      schema: {
        tags: ['live'],
        summary: 'A short-lived token that opens one office’s live stream (?token=), for browsers',
        description:
          `Signed by the server, scoped to the office and this key, usable for ${STREAM_TOKEN_TTL_MS / 1000} s to open ` +
          'GET /v1/offices/{office}/events?token=…; it opens nothing else. Reconnecting needs a new token. The API key ' +
          'itself is never accepted in a URL.',
        body: StreamTokenBody,
        response: { 201: StreamTokenResponse, ...commandProblems },
      },
    },
    async (req, reply) => {
      const p = req.principal!;
      const { office } = req.body;
      if (!coversOffice(p, office, deps.hierarchy.unitsOf)) {
        throw new HttpProblem(
          403,
          'FORBIDDEN',
          text(`khóa này không có quyền với cơ quan ${office}`, `this key does not cover office ${office}`),
        );
      }
      if (!deps.known.has(office)) throw unknownOfficeProblem(office, deps.known, 'read');
      return reply.code(201).header('cache-control', 'no-store').send(deps.tokens.issue(p, office));
    },
  );
};
