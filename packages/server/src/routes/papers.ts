// GET /v1/offices/{office}/dossiers/{code}/papers/{form}?format=pdf|docx: one of the seven forms of
// Thông tư 03/2025/TT-VPCP (Phụ lục I) for a dossier, from its events as known at knownAt (issue 15,
// item 2). A form the dossier never reached is a 409 problem; an unknown dossier a 404.

import type { UnitCatalogue, WorkingCalendar } from '@motcua/domain';
import {
  dossierPaper,
  FORM_NUMBERS,
  namedUnits,
  namedUnitsOf,
  namedUnitsOfCatalogue,
  PAPER_CONTENT_TYPES,
  PAPER_FORMATS,
  type PaperError,
  paperFileName,
  renderPaper,
} from '@motcua/projections';
import type { EventStore } from '@motcua/store';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { HierarchyIndex } from '../hierarchy.js';
import { text } from '../lang.js';
import { HttpProblem } from '../problem.js';
import { DossierParams } from '../schemas/commands.js';
import { ProblemSchema, readProblems } from '../schemas/common.js';
import { DossierQuery } from '../schemas/queries.js';

export interface PaperRoutesDeps {
  readonly store: Pick<EventStore, 'readStream'>;
  readonly hierarchy: HierarchyIndex;
  /** The units catalogue recorded in the log: names the office when the hierarchy file does not. */
  readonly catalogue?: (knownAt?: string | null) => UnitCatalogue;
  /** The server's working calendar: a promised date in a year it does not announce is printed as provisional. */
  readonly calendar: Pick<WorkingCalendar, 'isProvisional'>;
}

const PaperParams = DossierParams.extend({
  form: z.enum(FORM_NUMBERS).describe('Form number of Thông tư 03/2025/TT-VPCP, Phụ lục I: 01…07'),
});
const PaperQuery = z.object({
  format: z.enum(PAPER_FORMATS as ['pdf', 'docx']).default('pdf'),
  knownAt: DossierQuery.shape.knownAt,
});

const STATUS: Readonly<Record<PaperError['code'], number>> = {
  UNKNOWN_FORM: 404,
  DOSSIER_NOT_FOUND: 404,
  FORM_NOT_APPLICABLE: 409,
};

export const paperRoutes: FastifyPluginAsyncZod<PaperRoutesDeps> = async (app, deps) => {
  const units = namedUnits(deps.hierarchy.hierarchy);
  app.get(
    '/v1/offices/:office/dossiers/:code/papers/:form',
    {
      config: { access: { kind: 'read-office' }, timeTravel: ['knownAt'] },
      schema: {
        tags: ['dossiers'],
        summary: 'A form of Thông tư 03/2025/TT-VPCP (01…07) for the dossier, as PDF or DOCX',
        description:
          '01 receipt slip, 02 supplement request, 03 refusal, 04 apology and extension, 05 stop notice, 06 control ' +
          'sheet (each hand-over early / on time / late), 07 tracking-book line. 409 FORM_NOT_APPLICABLE when the ' +
          'dossier never reached the step the form records.',
        params: PaperParams,
        querystring: PaperQuery,
        response: {
          200: z.any().describe('The form as application/pdf or as DOCX'),
          ...readProblems,
          409: ProblemSchema,
        },
      },
    },
    async (req, reply) => {
      const { office, code, form } = req.params;
      const { format, knownAt } = req.query;
      const named = deps.catalogue
        ? namedUnitsOf(units, namedUnitsOfCatalogue(deps.catalogue(knownAt ?? null)))
        : units;
      const r = await dossierPaper(deps.store, form, office, code, {
        units: named,
        isProvisional: deps.calendar.isProvisional,
        ...(knownAt ? { knownAt } : {}),
      });
      if (!r.ok) {
        const e = r.error;
        throw new HttpProblem(
          STATUS[e.code],
          e.code === 'UNKNOWN_FORM' ? 'NOT_FOUND' : e.code,
          text(e.messageVi, e.message),
        );
      }
      const bytes = await renderPaper(r.paper, format);
      return reply
        .type(PAPER_CONTENT_TYPES[format])
        .header('content-disposition', `attachment; filename="${paperFileName(form, code, format)}"`)
        .send(bytes);
    },
  );
};
