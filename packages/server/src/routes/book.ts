// GET /v1/offices/{office}/book: the office's tracking book (Sổ theo dõi hồ sơ, form 07) for a year, one
// field or all, as known at a moment, as the XLSX workbook `motcua import` reads back.
import type { ProcedureCatalogue } from '@motcua/domain';
import { namingFromCatalogue, officeIdentity, renderTrackingBookXlsx, trackingBook } from '@motcua/projections';
import type { FastifyReply } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { HierarchyIndex } from '../hierarchy.js';
import { text } from '../lang.js';
import { HttpProblem } from '../problem.js';
import { type Projections, projectionProblem } from '../projections.js';
import { BookQuery } from '../schemas/book.js';
import { OfficeParams } from '../schemas/commands.js';
import { readProblems } from '../schemas/common.js';

export interface BookRouteDeps {
  readonly projections: Projections;
  readonly hierarchy: HierarchyIndex;
  readonly catalogue: ProcedureCatalogue;
}

const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

export const bookRoutes: FastifyPluginAsyncZod<BookRouteDeps> = async (app, deps) => {
  app.get(
    '/v1/offices/:office/book',
    {
      config: { access: { kind: 'read-office' }, timeTravel: ['knownAt'] },
      schema: {
        tags: ['reports'],
        summary: "The office's tracking book (form 07) for a year, as XLSX in the columns the book import reads",
        params: OfficeParams,
        querystring: BookQuery,
        response: { ...readProblems },
      },
    },
    async (req, reply) => {
      const { office } = req.params;
      const q = req.query;
      const ledger = deps.projections.ledger;
      if (q.field !== undefined && !ledger.fields().includes(q.field.normalize('NFC'))) {
        const message = text(
          `field: không có lĩnh vực này trong sổ cái (có: ${ledger.fields().join(', ')})`,
          `field: no such field in the ledger (fields: ${ledger.fields().join(', ')})`,
        );
        throw new HttpProblem(400, 'VALIDATION_FAILED', message, [{ path: 'querystring.field', message }]);
      }
      let book: ReturnType<typeof trackingBook>;
      try {
        book = trackingBook(ledger, {
          office,
          year: q.year,
          ...(q.field !== undefined ? { field: q.field } : {}),
          ...(q.knownAt !== undefined ? { knownAt: q.knownAt } : {}),
        });
      } catch (e) {
        throw projectionProblem(e);
      }
      const who = officeIdentity(office, namingFromCatalogue(deps.hierarchy.hierarchy, office));
      const body = await renderTrackingBookXlsx(book, {
        lang: q.lang ?? 'vi',
        officeName: who.name,
        parentName: who.parentName,
        procedureName: (code) => deps.catalogue.byCode(code)?.name,
      });
      // A workbook, not a JSON body: sent through the untyped reply, as the report route sends its xlsx.
      return (reply as FastifyReply)
        .type(XLSX_TYPE)
        .header('content-disposition', `attachment; filename="book-${office}-${q.year}.xlsx"`)
        .send(body);
    },
  );
};
