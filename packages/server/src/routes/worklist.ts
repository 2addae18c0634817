// GET /v1/offices/{office}/dossiers: the clerks' work list (worklist.ts), sorted by due date and paged
// with a signed cursor. (POST on the same path receives a dossier: routes/commands.ts.)
import type { WorkingCalendar } from '@motcua/domain';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { Projections } from '../projections.js';
import { OfficeParams } from '../schemas/commands.js';
import { readProblems } from '../schemas/common.js';
import { WorkListQuery, WorkListResponse } from '../schemas/web.js';
import type { Signer } from '../signed.js';
import { workList } from '../worklist.js';

export interface WorkListDeps {
  readonly projections: Projections;
  readonly calendar: WorkingCalendar;
  readonly cursors: Signer;
  readonly now: () => Date;
}

export const workListRoutes: FastifyPluginAsyncZod<WorkListDeps> = async (app, deps) => {
  app.get(
    '/v1/offices/:office/dossiers',
    {
      config: { access: { kind: 'read-office' }, timeTravel: ['knownAt'] },
      schema: {
        tags: ['dossiers'],
        summary: 'The work list: an office’s dossiers (open ones by default), filtered, sorted by due date, paged',
        description:
          'Sorted by dueAt, then code. Each item has its status at `at` and the working time left. Pages: limit, ' +
          'then the nextCursor of the answer as cursor; a cursor keeps the first page’s cut-off and instant, so ' +
          'writes made meanwhile neither repeat nor skip items. An altered cursor, or one sent with other filters, ' +
          'is a 400 problem.',
        params: OfficeParams,
        querystring: WorkListQuery,
        response: { 200: WorkListResponse, ...readProblems },
      },
    },
    async (req) => {
      return workList(deps, req.params.office, req.query);
    },
  );
};
