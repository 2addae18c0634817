// What changed in Form 06 between two recorded-time cut-offs, for an office and for a unit (changes.ts).
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { reportChanges } from '../changes.js';
import { guard, type Projections } from '../projections.js';
import { OfficeParams } from '../schemas/commands.js';
import { readProblems } from '../schemas/common.js';
import { UnitParams } from '../schemas/queries.js';
import { ChangesQuery, ReportChangesSchema } from '../schemas/web.js';
import type { UnitDirectory } from '../unit-directory.js';

export interface ChangesDeps {
  readonly projections: Projections;
  readonly units: UnitDirectory;
}

const description =
  'The report as known at knownAt against as known at against (default: now), for the same period: each cell ' +
  'whose number changed or whose dossiers changed, with both numbers and every dossier that entered or left ' +
  'it, each with the events recorded after knownAt (up to against) that moved it — a late entry, a ' +
  'correction. Rows: "" is the total row. Auditors and admins (knownAt is time travel).';

export const changesRoutes: FastifyPluginAsyncZod<ChangesDeps> = async (app, deps) => {
  app.get(
    '/v1/offices/:office/reports/form06/changes',
    {
      config: { access: { kind: 'read-office' }, timeTravel: ['knownAt', 'against'] },
      schema: {
        tags: ['reports'],
        summary: 'What changed in an office’s Form 06 between knownAt and against (or now), and why',
        description,
        params: OfficeParams,
        querystring: ChangesQuery,
        response: { 200: ReportChangesSchema, ...readProblems },
      },
    },
    async (req) => {
      const { office } = req.params;
      return reportChanges(deps.projections, [office], office, req.query);
    },
  );

  app.get(
    '/v1/units/:unit/reports/form06/changes',
    {
      config: { access: { kind: 'read-unit' }, timeTravel: ['knownAt', 'against'] },
      schema: {
        tags: ['reports'],
        summary: 'What changed in a unit’s rolled-up Form 06 between knownAt and against (or now), and why',
        description,
        params: UnitParams,
        querystring: ChangesQuery,
        response: { 200: ReportChangesSchema, ...readProblems },
      },
    },
    async (req) => {
      const { unit } = req.params;
      const q = req.query;
      // The unit covers what its report covers (unitReach), by the map as known at the later moment: both
      // sides are compared over the same offices and days, so only dossiers move, not the unit's borders.
      const reach = guard(() => deps.units.reach(unit, deps.projections.period(q), q.against));
      const clipped = {
        from: reach.from,
        to: reach.to,
        knownAt: q.knownAt,
        ...(q.against !== undefined ? { against: q.against } : {}),
      };
      return reportChanges(deps.projections, reach.offices, unit, clipped);
    },
  );
};
