// The 766 scorecard of an office or of a unit for a period, as known at a moment: GET with no outside
// facts (those sub-indicators scored 0 and marked missing), POST with them in the body ({ inputs }).
// A bad input is a 400 naming it; nothing is stored either way.
import { computeScorecard, readScorecardInputs, type ScorecardInputs, scorecardVersionOn } from '@motcua/projections';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { z } from 'zod';
import { text } from '../lang.js';
import { HttpProblem } from '../problem.js';
import { guard, type Projections, projectionProblem } from '../projections.js';
import { OfficeParams } from '../schemas/commands.js';
import { readProblems } from '../schemas/common.js';
import { PeriodQuery, UnitParams } from '../schemas/queries.js';
import { ScorecardBody, ScorecardSchema } from '../schemas/scorecard.js';
import type { UnitDirectory } from '../unit-directory.js';

export interface ScorecardRouteDeps {
  readonly projections: Projections;
  /** The units the server knows: a unit's scorecard covers what its report covers (`reach`). */
  readonly units: UnitDirectory;
}

type Query = z.infer<typeof PeriodQuery>;

export const scorecardRoutes: FastifyPluginAsyncZod<ScorecardRouteDeps> = async (app, deps) => {
  const { projections } = deps;

  const score = (offices: readonly string[], label: string, q: Query, body: unknown) => {
    const period = projections.period(q);
    const version = scorecardVersionOn(period.to);
    if (!version) {
      const message = text(
        `Bộ chỉ số 766 áp dụng từ 23/06/2022, không cho kỳ kết thúc ${period.to}`,
        `the 766 index applies from 2022-06-23, not to a period ending ${period.to}`,
      );
      throw new HttpProblem(400, 'VALIDATION_FAILED', message, [{ path: 'querystring.to', message }]);
    }
    const read = readScorecardInputs(body, version);
    if (!read.ok) {
      const errors = read.problems.map((p) => ({ path: `body.${p.path}`, message: text(p.vi, p.en) }));
      const first = read.problems[0]!;
      throw new HttpProblem(
        400,
        'VALIDATION_FAILED',
        text(`số liệu nhập ${first.path}: ${first.vi}`, `input ${first.path}: ${first.en}`),
        errors,
      );
    }
    const inputs: ScorecardInputs = read.inputs;
    try {
      return computeScorecard(projections.ledger, {
        ...period,
        offices,
        label,
        ...(q.knownAt !== undefined ? { knownAt: q.knownAt } : {}),
        inputs,
      }) as z.infer<typeof ScorecardSchema>;
    } catch (e) {
      throw projectionProblem(e);
    }
  };
  const officeSchema = (method: string) => ({
    tags: ['reports'],
    summary: `The 766 scorecard of an office for a period (${method === 'POST' ? 'outside facts in the body' : 'no outside facts'}), each figure with its numerator and denominator`,
    params: OfficeParams,
    querystring: PeriodQuery,
    response: { 200: ScorecardSchema, ...readProblems },
  });
  const unitSchema = (method: string) => ({
    tags: ['reports'],
    summary: `The 766 scorecard of a unit, over every office below it (${method === 'POST' ? 'outside facts in the body' : 'no outside facts'})`,
    params: UnitParams,
    querystring: PeriodQuery,
    response: { 200: ScorecardSchema, ...readProblems },
  });
  // A unit's offices and days by the rule of its report (the catalogue as known at knownAt, predecessors
  // included, cut at the unit's last day; else the hierarchy file), so a scorecard and a report agree.
  const forUnit = (unit: string, q: Query, body: unknown) => {
    const reach = guard(() => deps.units.reach(unit, projections.period(q), q.knownAt));
    const clipped: Query = {
      from: reach.from,
      to: reach.to,
      ...(q.knownAt !== undefined ? { knownAt: q.knownAt } : {}),
    };
    return score(reach.offices, unit, clipped, body);
  };

  app.get(
    '/v1/offices/:office/scorecard',
    { config: { access: { kind: 'read-office' }, timeTravel: ['knownAt'] }, schema: officeSchema('GET') },
    async (req) => {
      return score([req.params.office], req.params.office, req.query, undefined);
    },
  );
  app.post(
    '/v1/offices/:office/scorecard',
    {
      config: { access: { kind: 'read-office' }, timeTravel: ['knownAt'] },
      schema: { ...officeSchema('POST'), body: ScorecardBody },
    },
    async (req) => {
      return score([req.params.office], req.params.office, req.query, req.body);
    },
  );
  app.get(
    '/v1/units/:unit/scorecard',
    { config: { access: { kind: 'read-unit' }, timeTravel: ['knownAt'] }, schema: unitSchema('GET') },
    async (req) => {
      return forUnit(req.params.unit, req.query, undefined);
    },
  );
  app.post(
    '/v1/units/:unit/scorecard',
    {
      config: { access: { kind: 'read-unit' }, timeTravel: ['knownAt'] },
      schema: { ...unitSchema('POST'), body: ScorecardBody },
    },
    async (req) => {
      return forUnit(req.params.unit, req.query, req.body);
    },
  );
};
