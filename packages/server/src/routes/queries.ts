// Read routes: Form 06 (json/csv/xlsx), drill-down of a cell, a dossier's state and timeline, the
// indicators, the procedure catalogue, roll-ups over the office hierarchy, and hash-chain verification.
// Reads see every write this server acknowledged (a command answers only after the projections have
// applied it); events another process writes into the same file show up within the poll interval.
import { dayOf, type ProcedureCatalogue, predecessorsOf, type WorkingCalendar } from '@motcua/domain';
import {
  filedForm06,
  namingFromCatalogue,
  officeIdentity,
  reachReport,
  renderForm06Csv,
  renderForm06Pdf,
  renderForm06Xlsx,
} from '@motcua/projections';
import type { EventStore, SqliteExtras } from '@motcua/store';
import { chainBreakText, verifyChain } from '@motcua/store';
import type { FastifyReply } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { z } from 'zod';
import { coversOffice } from '../auth.js';
import { type CheckpointSettings, checkpointState, newestCheckpoint } from '../checkpoint-state.js';
import type { CommandService } from '../command-service.js';
import type { EventFeed } from '../event-feed.js';
import type { HierarchyIndex } from '../hierarchy.js';
import { languageHeaders, negotiateLanguage, text } from '../lang.js';
import { HttpProblem } from '../problem.js';
import type { PeriodQuery as PeriodSpec, Projections } from '../projections.js';
import { guard } from '../projections.js';
import { createReportCache } from '../report-cache.js';
import { DossierParams, OfficeParams } from '../schemas/commands.js';
import { readProblems } from '../schemas/common.js';
import {
  CellParams,
  CellQuery,
  DossierQuery,
  DossierViewSchema,
  DrillDownResponse,
  Form06ReportSchema,
  IndicatorsResponse,
  PeriodQuery,
  ProceduresResponse,
  ReportQuery,
  TimelineQuery,
  TimelineResponse,
  UnitParams,
  UnitsQuery,
  UnitsResponse,
  VerifyResponse,
} from '../schemas/queries.js';
import type { UnitDirectory } from '../unit-directory.js';

export interface QueryRoutesDeps {
  readonly projections: Projections;
  readonly feed: EventFeed;
  readonly commands: CommandService;
  readonly store: EventStore & Partial<SqliteExtras>;
  readonly catalogue: ProcedureCatalogue;
  readonly hierarchy: HierarchyIndex;
  /** The hierarchy file and the units catalogue of the log together. */
  readonly units: UnitDirectory;
  readonly now: () => Date;
  /** Routine checkpoints beside the ledger, reported by /v1/audit/verify. */
  readonly checkpoints?: CheckpointSettings | undefined;
  readonly calendar: WorkingCalendar;
}

const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

export const queryRoutes: FastifyPluginAsyncZod<QueryRoutesDeps> = async (app, deps) => {
  const { projections } = deps;
  // JSON reports, checked against the schema once and kept as text for the current log position.
  const reportCache = createReportCache<{ report: ReturnType<Projections['form06']>; json: string }>();
  const report = (offices: readonly string[], label: string, q: PeriodSpec & { knownAt?: string | undefined }) => {
    const period = projections.period(q);
    const key = JSON.stringify([offices, label, period.from, period.to, q.knownAt ?? null]);
    return reportCache.get(key, projections.ledger.lastPosition, () => {
      const r = projections.form06(offices, label, period, q.knownAt);
      return { report: r, json: JSON.stringify(Form06ReportSchema.parse(r)) };
    });
  };

  const sendReport = async (
    reply: FastifyReply,
    cached: { report: ReturnType<Projections['form06']>; json: string },
    format: 'json' | 'csv' | 'xlsx' | 'pdf' | undefined,
    lang: 'vi' | 'en' | undefined,
    convention: 'calendar' | 'cutoff' | undefined = 'calendar',
  ) => {
    const { report } = cached;
    const name = `form06-${report.office}-${report.period.from}_${report.period.to}`;
    if (format === 'csv') {
      return reply
        .type('text/csv; charset=utf-8')
        .header('content-disposition', `attachment; filename="${name}.csv"`)
        .send(renderForm06Csv(report, lang ?? 'vi'));
    }
    if (format === 'xlsx' || format === 'pdf') {
      // As filed: named from the units catalogue, dated the day its figures stand for (knownAt, else today).
      const filed = filedForm06(
        report,
        {
          identity: officeIdentity(report.office, namingFromCatalogue(deps.hierarchy.hierarchy, report.office)),
          convention,
          day: dayOf(report.knownAt ?? deps.now().toISOString()),
        },
        lang ?? 'vi',
      );
      const body =
        format === 'pdf'
          ? await renderForm06Pdf(report, lang ?? 'vi', filed)
          : await renderForm06Xlsx(report, lang ?? 'vi', filed);
      return reply
        .type(format === 'pdf' ? 'application/pdf' : XLSX_TYPE)
        .header('content-disposition', `attachment; filename="${name}.${format}"`)
        .send(body);
    }
    // Already checked against Form06ReportSchema when it was cached.
    return reply.type('application/json; charset=utf-8').send(cached.json);
  };

  app.get(
    '/v1/offices/:office/reports/form06',
    {
      config: { access: { kind: 'read-office' }, timeTravel: ['knownAt', 'asOf'] },
      schema: {
        tags: ['reports'],
        summary: 'Form 06 of an office for a period',
        description:
          'Period: from and to (days, inclusive), or year with quarter or month (or year alone), under a convention. ' +
          'format=json returns the report object; csv (text/csv) and xlsx (spreadsheet) return the form.',
        params: OfficeParams,
        querystring: ReportQuery,
        response: { 200: Form06ReportSchema, ...readProblems },
      },
    },
    async (req, reply) => {
      const { office } = req.params;
      return sendReport(
        reply,
        report([office], office, req.query),
        req.query.format,
        req.query.lang,
        req.query.convention,
      );
    },
  );

  const drill = (
    office: string,
    cell: (typeof CellParams.shape.cell.options)[number],
    q: z.infer<typeof CellQuery>,
  ) => {
    const period = projections.period(q);
    const dossiers = projections.drillDown(office, cell, q.field, q, q.knownAt);
    return {
      office,
      period,
      knownAt: q.knownAt ?? null,
      cell,
      field: q.field ?? null,
      count: dossiers.length,
      dossiers,
    };
  };

  app.get(
    '/v1/offices/:office/reports/form06/cells/:cell',
    {
      config: { access: { kind: 'read-office' }, timeTravel: ['knownAt', 'asOf'] },
      schema: {
        tags: ['reports'],
        summary: 'The dossiers behind one cell of Form 06 (always as many as the cell says)',
        description: 'Same period parameters as the report; field selects a row (omit it for the total row).',
        params: CellParams,
        querystring: CellQuery,
        response: { 200: DrillDownResponse, ...readProblems },
      },
    },
    async (req) => {
      return drill(req.params.office, req.params.cell, req.query);
    },
  );

  app.get(
    '/v1/offices/:office/reports/form06/drill-down',
    {
      config: { access: { kind: 'read-office' }, timeTravel: ['knownAt', 'asOf'] },
      schema: {
        tags: ['reports'],
        summary: 'The same drill-down, with the cell as a query parameter (?cell=resolved.late)',
        params: OfficeParams,
        querystring: CellQuery.extend({ cell: CellParams.shape.cell }),
        response: { 200: DrillDownResponse, ...readProblems },
      },
    },
    async (req) => {
      return drill(req.params.office, req.query.cell, req.query);
    },
  );

  app.get(
    '/v1/offices/:office/indicators',
    {
      config: { access: { kind: 'read-office' }, timeTravel: ['knownAt', 'asOf'] },
      schema: {
        tags: ['reports'],
        summary:
          'Service-quality indicators (766/QĐ-TTg) of an office for a period, each with numerator and denominator',
        params: OfficeParams,
        querystring: PeriodQuery,
        response: { 200: IndicatorsResponse, ...readProblems },
      },
    },
    async (req) => {
      const { office } = req.params;
      const r = report([office], office, req.query).report;
      return {
        office,
        period: r.period,
        knownAt: r.knownAt,
        indicators: r.indicators as unknown as z.infer<typeof IndicatorsResponse>['indicators'],
      };
    },
  );

  app.get(
    '/v1/offices/:office/dossiers/:code',
    {
      config: { access: { kind: 'read-office' }, timeTravel: ['knownAt', 'asOf'] },
      schema: {
        tags: ['dossiers'],
        summary: "A dossier's state and full timeline; ETag is the stream revision",
        params: DossierParams,
        querystring: DossierQuery,
        response: { 200: DossierViewSchema, ...readProblems },
      },
    },
    async (req, reply) => {
      const { office, code } = req.params;
      const opts = {
        ...(req.query.asOf !== undefined ? { asOf: req.query.asOf } : {}),
        ...(req.query.knownAt !== undefined ? { knownAt: req.query.knownAt } : {}),
      };
      const view = projections.dossier(office, code, opts);
      if (!view) {
        throw new HttpProblem(
          404,
          'DOSSIER_NOT_FOUND',
          text(
            `${office}/${code}: không có hồ sơ này${req.query.knownAt || req.query.asOf ? ' vào thời điểm đó' : ''}`,
            `${office}/${code}: no such dossier${req.query.knownAt || req.query.asOf ? ' at that time' : ''}`,
          ),
        );
      }
      // The ETag is the revision a command's If-Match must name: the stream's latest, whatever the cut-off.
      if (!req.query.asOf && !req.query.knownAt) {
        const { revision } = await deps.commands.load(office, code);
        if (revision >= 0n) reply.header('etag', `"${revision}"`);
      }
      const dueProvisional = deps.calendar.isProvisional(view.rescheduledDueAt ?? view.dueAt);
      return { ...view, dueProvisional } as unknown as z.infer<typeof DossierViewSchema>;
    },
  );

  app.get(
    '/v1/offices/:office/dossiers/:code/timeline',
    {
      config: { access: { kind: 'read-office' }, timeTravel: ['knownAt', 'asOf'] },
      schema: {
        tags: ['dossiers'],
        summary: "A dossier's audit trail: every event with occurredAt, recordedAt, actor, position and hash",
        params: DossierParams,
        querystring: TimelineQuery,
        response: { 200: TimelineResponse, ...readProblems },
      },
    },
    async (req) => {
      const { office, code } = req.params;
      const opts = req.query.knownAt !== undefined ? { knownAt: req.query.knownAt } : {};
      const timeline = projections.timeline(office, code, opts);
      if (timeline.length === 0) {
        throw new HttpProblem(
          404,
          'DOSSIER_NOT_FOUND',
          text(`${office}/${code}: không có hồ sơ này`, `${office}/${code}: no such dossier`),
        );
      }
      return {
        office,
        code,
        knownAt: req.query.knownAt ?? null,
        timeline: timeline as unknown as z.infer<typeof TimelineResponse>['timeline'],
      };
    },
  );

  app.get(
    '/v1/procedures',
    {
      config: { access: { kind: 'authenticated' } },
      schema: {
        tags: ['catalogue'],
        summary: 'The procedure catalogue (code, name, field, time limit, online level, fee)',
        response: { 200: ProceduresResponse, ...readProblems },
      },
    },
    async () => ({ procedures: [...deps.catalogue.procedures], fields: deps.catalogue.fields() }),
  );

  app.get(
    '/v1/units',
    {
      config: { access: { kind: 'authenticated' }, timeTravel: ['knownAt', 'asOf'] },
      schema: {
        tags: ['reports'],
        summary:
          'Units the key covers, with their offices: the units catalogue recorded in the log (with the days in force, ' +
          'predecessors and successors; knownAt for auditors) and the hierarchy file (no dates)',
        querystring: UnitsQuery,
        response: { 200: UnitsResponse, ...readProblems },
      },
    },
    async (req) => {
      const p = req.principal!;
      const { unitsOf, officesOf } = deps.units;
      const catalogue = deps.units.catalogue(req.query.knownAt);
      const fromCatalogue = [...catalogue.values()]
        .sort((a, b) => (a.code < b.code ? -1 : a.code > b.code ? 1 : 0))
        .map((u) => ({
          code: u.code,
          name: u.name,
          level: u.level,
          parent: u.parent,
          offices: [...(officesOf(u.code) ?? [])],
          validFrom: u.validFrom,
          validTo: u.validTo,
          successor: u.successor,
          successors: u.successor === null ? [] : [u.successor],
          predecessors: predecessorsOf(catalogue, u.code),
          source: 'catalogue' as const,
        }));
      const fromFile = deps.hierarchy.hierarchy.units
        .filter((u) => !catalogue.has(u.code))
        .map((u) => ({
          ...u,
          offices: [...(deps.hierarchy.officesOf(u.code) ?? [])],
          validFrom: null,
          validTo: null,
          successor: null,
          successors: [],
          predecessors: [],
          source: 'hierarchy-file' as const,
        }));
      const units = [...fromFile, ...fromCatalogue].filter(
        (u) =>
          coversOffice(p, u.code, unitsOf) ||
          (u.offices.length > 0 && u.offices.every((o) => coversOffice(p, o, unitsOf))),
      );
      return { knownAt: req.query.knownAt ?? null, units };
    },
  );

  app.get(
    '/v1/units/:unit/reports/form06',
    {
      config: { access: { kind: 'read-unit' }, timeTravel: ['knownAt', 'asOf'] },
      schema: {
        tags: ['reports'],
        summary: 'Form 06 rolled up over every office below a unit (district, province)',
        params: UnitParams,
        querystring: ReportQuery,
        response: { 200: Form06ReportSchema, ...readProblems },
      },
    },
    async (req, reply) => {
      const { unit } = req.params;
      const q = req.query;
      const period = projections.period(q);
      const key = JSON.stringify(['unit', unit, period.from, period.to, q.knownAt ?? null]);
      // The catalogue is in the log, so the log position keys the cache for it too.
      const cached = reportCache.get(key, projections.ledger.lastPosition, () => {
        const r = guard(() =>
          reachReport(
            projections.ledger,
            deps.units.reach(unit, period, q.knownAt),
            unit,
            q.knownAt !== undefined ? { knownAt: q.knownAt } : {},
          ),
        );
        return { report: r, json: JSON.stringify(Form06ReportSchema.parse(r)) };
      });
      return sendReport(reply, cached, q.format, q.lang, q.convention);
    },
  );

  app.get(
    '/v1/audit/verify',
    {
      config: { access: { kind: 'verify' } },
      schema: {
        tags: ['audit'],
        summary: "Recompute the log's hash chain; names the first position where it breaks",
        description:
          'Auditors and admins. 200 with ok=true, or ok=false with firstBadPosition, code (what breaks there, e.g. HASH_MISMATCH) and reason (in the language of Accept-Language).',
        response: { 200: VerifyResponse, ...readProblems },
      },
    },
    async (req, reply) => {
      // One walk answers both: the chain, and (remembering its size) whether the newest checkpoint holds.
      const lang = negotiateLanguage(req.headers['accept-language']);
      reply.headers(languageHeaders(lang));
      const newest = deps.checkpoints ? newestCheckpoint(deps.checkpoints) : null;
      const r = await verifyChain(deps.store, { rememberAt: newest ? [newest.checkpoint.size] : [] });
      const checkedAt = deps.now().toISOString();
      const checkpoint =
        deps.checkpoints && newest ? await checkpointState(deps.checkpoints, newest, deps.now(), r, lang) : null;
      return r.ok
        ? {
            ok: true,
            size: r.size.toString(),
            headHash: r.headHash,
            firstBadPosition: null,
            code: null,
            reason: null,
            checkedAt,
            checkpoint,
          }
        : {
            ok: false,
            size: null,
            headHash: null,
            firstBadPosition: r.firstBadPosition.toString(),
            code: r.break.code,
            reason: chainBreakText(r.break, lang),
            checkedAt,
            checkpoint,
          };
    },
  );
};
