// The working calendar the server counts with, asked before saving: the due date a receipt would get
// (the same computation the decider makes when a receive has no dueAt) and the working time between two
// instants (a dossier's time left). Both read the server's own calendar, so a --calendar file counts too.
import type { ProcedureCatalogue, WorkingCalendar } from '@motcua/domain';
import { DomainRejection, InstantSchema } from '@motcua/domain';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { text } from '../lang.js';
import { HttpProblem } from '../problem.js';
import { OfficeParams } from '../schemas/commands.js';
import { readProblems } from '../schemas/common.js';
import { named } from '../schemas/registry.js';

export interface CalendarRoutesDeps {
  readonly catalogue: ProcedureCatalogue;
  readonly calendar: WorkingCalendar;
}

const Instant = InstantSchema.describe('ISO 8601 time with an offset, e.g. 2024-01-15T08:30:00+07:00');

const DueDateResponse = named(
  z.object({
    office: z.string(),
    procedureCode: z.string(),
    procedureName: z.string(),
    field: z.string(),
    timeLimit: z.object({ unit: z.enum(['workingDays', 'workingHours', 'calendarDays']), amount: z.number() }),
    receivedAt: z.string(),
    dueAt: z.string().describe('The due date a receipt at receivedAt gets when it names no dueAt'),
    dueProvisional: z.boolean().describe('The year has no announced calendar yet: the date may still move'),
  }),
  'DueDate',
);

const WorkingTimeResponse = named(
  z.object({
    from: z.string(),
    to: z.string(),
    workingMs: z.number().describe('Working milliseconds from `from` to `to` (0 when to is not after from)'),
    workingMsPerDay: z.number(),
  }),
  'WorkingTime',
);

export const calendarRoutes: FastifyPluginAsyncZod<CalendarRoutesDeps> = async (app, deps) => {
  app.get(
    '/v1/offices/:office/due-date',
    {
      config: { access: { kind: 'read-office' } },
      schema: {
        tags: ['catalogue'],
        summary: "The due date a receipt would get: the procedure's time limit counted on the working calendar",
        params: OfficeParams,
        querystring: z.object({ procedureCode: z.string().min(1).max(64), receivedAt: Instant }),
        response: { 200: DueDateResponse, ...readProblems },
      },
    },
    async (req) => {
      const { procedureCode, receivedAt } = req.query;
      const p = deps.catalogue.byCode(procedureCode);
      if (!p) {
        const shown = JSON.stringify(procedureCode.slice(0, 40));
        throw new HttpProblem(
          404,
          'UNKNOWN_PROCEDURE',
          text(`Thủ tục ${shown} không có trong danh mục`, `Procedure ${shown} is not in the catalogue`),
        );
      }
      let dueAt: string;
      try {
        dueAt = deps.calendar.dueAt(receivedAt, p.timeLimit);
      } catch (e) {
        // The calendar cannot count that far (a typed year 9999): the time asked for, not the calendar, is wrong.
        if (!(e instanceof DomainRejection)) throw e;
        const message = text(
          `receivedAt ${receivedAt}: không tính được hạn trả, quá xa so với lịch làm việc`,
          `receivedAt ${receivedAt}: cannot count a due date, too far for the working calendar`,
        );
        throw new HttpProblem(400, 'VALIDATION_FAILED', message, [{ path: 'querystring.receivedAt', message }]);
      }
      return {
        office: req.params.office,
        procedureCode: p.code,
        procedureName: p.name,
        field: p.field,
        timeLimit: p.timeLimit,
        receivedAt,
        dueAt,
        dueProvisional: deps.calendar.isProvisional(dueAt),
      };
    },
  );

  app.get(
    '/v1/calendar/working-time',
    {
      config: { access: { kind: 'authenticated' } },
      schema: {
        tags: ['catalogue'],
        summary: 'Working time between two instants on the working calendar (office hours, days off)',
        querystring: z.object({ from: Instant, to: Instant }),
        response: { 200: WorkingTimeResponse, ...readProblems },
      },
    },
    async (req) => {
      const { from, to } = req.query;
      return {
        from,
        to,
        workingMs: deps.calendar.workingMsBetween(from, to),
        workingMsPerDay: deps.calendar.workingMsPerDay,
      };
    },
  );
};
