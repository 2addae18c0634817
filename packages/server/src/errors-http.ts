// One error handler for every route: whatever goes wrong leaves as problem+json with a stable code, in the
// language the request asks for (problem.ts). Client mistakes (bad JSON, wrong types, oversize bodies) are
// 4xx and never reach the store.
import type { DomainError } from '@motcua/domain';
import { type CommandFailure, type IfMatch, StoreError } from '@motcua/store';
import type { FastifyError, FastifyInstance } from 'fastify';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import { match } from 'ts-pattern';
import { ShuttingDown } from './group-commit.js';
import { text } from './lang.js';
import { DOMAIN_STATUS, domainText, HttpProblem, instanceOf, type ProblemCode, sendProblem } from './problem.js';
import { translated, validationIssues } from './validation-text.js';

/** A decider's rejection: its code and status unchanged, its words in both languages. */
export const domainProblem = (e: DomainError): HttpProblem =>
  new HttpProblem(
    DOMAIN_STATUS[e.code] ?? 422,
    e.code,
    domainText(e),
    e.issues?.map((i) => ({
      path: i.path,
      message: i.messageVi ? { vi: i.messageVi, en: i.message } : translated(i.message),
    })),
  );

/** Retry-After of a 503 for a store that cannot be reached: a restarted server or a promoted standby is
 *  usually back within seconds. */
const STORE_RETRY_AFTER_SECONDS = '2';

const shown = (m: Exclude<IfMatch, null>): string => (m === '*' ? '*' : m.map((r) => `"${r}"`).join(', '));

/** A command the handler did not record, as the problem the client reads. */
export const commandProblem = (failure: CommandFailure): HttpProblem =>
  match(failure)
    .with({ kind: 'rejected' }, (f) => domainProblem(f.error))
    .with(
      { kind: 'precondition-failed' },
      ({ ifMatch, actual }) =>
        new HttpProblem(
          412,
          'PRECONDITION_FAILED',
          actual < 0n
            ? text(
                `đã gửi If-Match ${shown(ifMatch)} nhưng hồ sơ không tồn tại`,
                `If-Match ${shown(ifMatch)} given, but the dossier does not exist`,
              )
            : text(
                `đã gửi If-Match ${shown(ifMatch)} nhưng hồ sơ đang ở phiên bản "${actual}"`,
                `If-Match ${shown(ifMatch)} given, but the dossier is at revision "${actual}"`,
              ),
          undefined,
          actual >= 0n ? { etag: `"${actual}"` } : {},
        ),
    )
    .with(
      { kind: 'kept-changing' },
      ({ office, dossierCode }) =>
        new HttpProblem(
          409,
          'REVISION_CONFLICT',
          text(
            `${office}/${dossierCode}: hồ sơ liên tục thay đổi; hãy gửi lại lệnh`,
            `${office}/${dossierCode}: the dossier kept changing; retry the command`,
          ),
        ),
    )
    .exhaustive();

const UNSUPPORTED_VI = 'kiểu nội dung không được hỗ trợ; hãy gửi application/json';

// Fastify's own refusals: the code and status they map to, and what to tell a clerk (the English is
// Fastify's message).
const FASTIFY_CODES: Record<string, { status: number; code: ProblemCode; vi: string }> = {
  FST_ERR_CTP_INVALID_JSON_BODY: { status: 400, code: 'MALFORMED_JSON', vi: 'nội dung yêu cầu không phải JSON hợp lệ' },
  FST_ERR_CTP_EMPTY_JSON_BODY: {
    status: 400,
    code: 'MALFORMED_JSON',
    vi: 'nội dung yêu cầu trống nhưng Content-Type là application/json',
  },
  FST_ERR_CTP_BODY_TOO_LARGE: {
    status: 413,
    code: 'PAYLOAD_TOO_LARGE',
    vi: 'nội dung yêu cầu vượt quá giới hạn cho phép',
  },
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: {
    status: 400,
    code: 'MALFORMED_JSON',
    vi: 'Content-Length không khớp với độ dài nội dung',
  },
  FST_ERR_CTP_INVALID_MEDIA_TYPE: { status: 415, code: 'UNSUPPORTED_MEDIA_TYPE', vi: UNSUPPORTED_VI },
  FST_ERR_CTP_INVALID_TYPE: { status: 415, code: 'UNSUPPORTED_MEDIA_TYPE', vi: UNSUPPORTED_VI },
};

export function registerErrorHandling(app: FastifyInstance): void {
  app.setErrorHandler((error: FastifyError | HttpProblem | StoreError | Error, req, reply) => {
    if (error instanceof HttpProblem) return sendProblem(reply, error, error.headers);
    if (error instanceof ShuttingDown) {
      return sendProblem(
        reply,
        { status: 503, code: 'SHUTTING_DOWN', detail: text('máy chủ đang tắt; hãy thử lại sau', error.message) },
        { 'retry-after': '5' },
      );
    }
    if (error instanceof StoreError) {
      if (error.code === 'INVALID_EVENT' || error.code === 'INVALID_STREAM_NAME') {
        return sendProblem(reply, {
          status: 422,
          code: 'INVALID_EVENT',
          detail: text('sổ không nhận sự kiện này', error.message),
        });
      }
      if (error.code === 'STORE_UNAVAILABLE') {
        // The database server is down or unreachable (PostgreSQL): nothing was acknowledged, and the same
        // request may succeed once it is back (a command with an Idempotency-Key is never written twice).
        req.log.error({ err: error }, 'store unavailable');
        return sendProblem(
          reply,
          {
            status: 503,
            code: 'STORE_UNAVAILABLE',
            detail: text(
              'tạm thời không với tới được sổ cái; chưa có gì được ghi nhận, hãy thử lại sau ít giây',
              'the ledger cannot be reached for now; nothing was acknowledged, retry in a few seconds',
            ),
          },
          { 'retry-after': STORE_RETRY_AFTER_SECONDS },
        );
      }
      if (error.code === 'STORE_CLOSED') {
        return sendProblem(reply, {
          status: 503,
          code: 'SHUTTING_DOWN',
          detail: text('sổ đã đóng', 'the store is closed'),
        });
      }
      req.log.error({ err: error }, 'store error');
      return sendProblem(reply, {
        status: 500,
        code: 'INTERNAL',
        detail: text('sổ gặp lỗi; chưa có gì được ghi nhận', 'the store failed; nothing was acknowledged'),
      });
    }
    const fe = error as FastifyError;
    if (hasZodFastifySchemaValidationErrors(fe) || fe.validation) {
      const errors = validationIssues(req, fe);
      const detail = {
        vi: errors.map((e) => `${e.path}: ${e.message.vi}`).join('; ') || 'yêu cầu không hợp lệ',
        en: errors.map((e) => `${e.path}: ${e.message.en}`).join('; ') || fe.message,
      };
      return sendProblem(reply, { status: 400, code: 'VALIDATION_FAILED', detail, errors });
    }
    const known = fe.code ? FASTIFY_CODES[fe.code] : undefined;
    if (known) {
      const headers: Record<string, string> = {};
      const retry = reply.getHeader('retry-after');
      if (retry !== undefined) headers['retry-after'] = String(retry);
      return sendProblem(
        reply,
        { status: known.status, code: known.code, detail: text(known.vi, fe.message) },
        headers,
      );
    }
    const status = typeof fe.statusCode === 'number' ? fe.statusCode : 500;
    if (status >= 400 && status < 500) {
      const code: ProblemCode =
        status === 404 ? 'NOT_FOUND' : status === 405 ? 'METHOD_NOT_ALLOWED' : 'VALIDATION_FAILED';
      return sendProblem(reply, { status, code, detail: translated(fe.message, 'yêu cầu không hợp lệ') });
    }
    req.log.error({ err: error }, 'unhandled error');
    return sendProblem(reply, { status: 500, code: 'INTERNAL', detail: text('lỗi nội bộ', 'internal error') });
  });

  app.setNotFoundHandler((req, reply) => {
    const route = `${req.method} ${instanceOf(req)}`;
    sendProblem(reply, {
      status: 404,
      code: 'NOT_FOUND',
      detail: text(`không có đường dẫn ${route}`, `no route ${route}`),
    });
  });
}
