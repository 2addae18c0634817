// POST /v1/offices/{office}/imports: a tracking book (CSV or xlsx) as the request body, checked line by
// line by the same reader and planner as `motcua import` (book-import.ts), then written all or nothing.
import { StoreError } from '@motcua/store';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { BookImporter } from '../book-import.js';
import type { EventFeed } from '../event-feed.js';
import { negotiateLanguage, text } from '../lang.js';
import { HttpProblem, instanceOf, makeProblem, PROBLEM_CONTENT_TYPE } from '../problem.js';
import { OfficeParams } from '../schemas/commands.js';
import { commandProblems } from '../schemas/common.js';
import { ImportProblem, ImportQuery, ImportResponse } from '../schemas/web.js';

export const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const BOOK_TYPES = ['text/csv', XLSX_TYPE, 'application/octet-stream'] as const;
/** A province's book for a year is a few MiB; far below this. */
const BOOK_BODY_LIMIT = 64 * 1024 * 1024;

export interface ImportDeps {
  /** Absent when the server was built without the CLI's importer (then the route answers 501). */
  readonly importer: BookImporter | undefined;
  /** The SQLite file the server serves, or undefined for other stores. */
  readonly ledgerPath: string | undefined;
  readonly feed: EventFeed;
}

export const importRoutes: FastifyPluginAsyncZod<ImportDeps> = async (app, deps) => {
  // Only this plugin's routes read these bodies as bytes; everywhere else they stay a 415.
  app.addContentTypeParser([...BOOK_TYPES], { parseAs: 'buffer', bodyLimit: BOOK_BODY_LIMIT }, (_req, body, done) =>
    done(null, body),
  );

  app.post(
    '/v1/offices/:office/imports',
    {
      config: { access: { kind: 'write-office' } },
      bodyLimit: BOOK_BODY_LIMIT,
      schema: {
        tags: ['commands'],
        summary: 'Import a tracking book (CSV or xlsx, the file as the body); dryRun=true checks it only',
        description:
          'Body: the file itself, Content-Type text/csv or ' +
          `${XLSX_TYPE} (application/octet-stream: told apart by its content). Every line is checked as ` +
          '`motcua import` checks it; each refused line is listed with its line and column, in Vietnamese (English ' +
          'with Accept-Language: en). dryRun=true writes nothing (200, ok says whether the book would be ' +
          'imported). Otherwise all or nothing in one transaction: 200 with the counts, or 422 with the issues and ' +
          'nothing written. Importing the same book again writes nothing. Clerks and admins of the office.',
        params: OfficeParams,
        querystring: ImportQuery,
        consumes: [...BOOK_TYPES],
        response: { 200: ImportResponse, ...commandProblems, 422: ImportProblem, 501: commandProblems[500]! },
      },
    },
    async (req, reply) => {
      const { office } = req.params;
      const dryRun = req.query.dryRun;
      if (!deps.importer || !deps.ledgerPath) {
        throw new HttpProblem(
          501,
          'INTERNAL',
          text(
            'máy chủ này không nhập sổ theo dõi (hãy chạy bằng motcua serve trên sổ cái SQLite)',
            'this server does not import tracking books (run it with motcua serve over a SQLite ledger)',
          ),
        );
      }
      if (!Buffer.isBuffer(req.body) || req.body.length === 0) {
        throw new HttpProblem(
          415,
          'UNSUPPORTED_MEDIA_TYPE',
          text(
            `hãy gửi chính tệp sổ làm nội dung, với Content-Type text/csv hoặc ${XLSX_TYPE}`,
            `send the book file itself as the body, with Content-Type text/csv or ${XLSX_TYPE}`,
          ),
        );
      }
      const type = (req.headers['content-type'] ?? '').split(';')[0]!.trim().toLowerCase();
      let result: Awaited<ReturnType<BookImporter>>;
      try {
        result = await deps.importer({
          bytes: req.body,
          kind: type === XLSX_TYPE ? 'xlsx' : 'csv',
          office,
          actor: req.principal!.name,
          dryRun,
          lang: negotiateLanguage(req.headers['accept-language']),
          ledgerPath: deps.ledgerPath,
        });
      } catch (e) {
        if (e instanceof StoreError && e.code === 'WRONG_EXPECTED_REVISION') {
          throw new HttpProblem(
            409,
            'REVISION_CONFLICT',
            text(
              'một hồ sơ trong sổ vừa được ghi bởi người khác trong lúc nhập; không ghi gì, hãy nhập lại',
              'a dossier of the book was written by someone else during the import; nothing was written, import again',
            ),
          );
        }
        throw e;
      }
      const lang = negotiateLanguage(req.headers['accept-language']);
      const written = !dryRun && result.ok ? result.events : 0;
      // Answer only once the projections hold what was written, as a command does.
      if (written > 0) await deps.feed.catchUp();
      const body = { office, dryRun, ...result, issues: [...result.issues], written };
      reply.header('content-language', lang).header('vary', 'Accept-Language');
      if (dryRun || result.ok) return reply.code(200).send(body);
      // Refused: a problem document, with every refused line as `issues` (line, column, message).
      const n = result.issues.length;
      const problem = makeProblem(
        {
          status: 422,
          code: 'VALIDATION_FAILED',
          detail: text(
            `từ chối nhập sổ: ${n} lỗi; không ghi gì vào sổ cái`,
            `refused to import the book: ${n} error(s); nothing was written`,
          ),
        },
        instanceOf(req),
        lang,
      );
      return reply
        .code(422)
        .type(PROBLEM_CONTENT_TYPE)
        .serializer(JSON.stringify)
        .send({ ...problem, ...body });
    },
  );
};
