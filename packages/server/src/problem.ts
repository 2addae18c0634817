// RFC 9457 problem details. Every error leaves the server as application/problem+json with a stable
// `code` a client can switch on; `title` is fixed per code, `detail` says what happened this time. Both
// are written in Vietnamese and English and sent in the language the request negotiates (lang.ts).
import type { DomainError, DomainErrorCode } from '@motcua/domain';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { type Lang, languageHeaders, negotiateLanguage, type Text, text } from './lang.js';

export const PROBLEM_CONTENT_TYPE = 'application/problem+json; charset=utf-8';

/** Codes the HTTP edge adds to the domain's own. */
export type HttpProblemCode =
  | 'UNAUTHORIZED'
  | 'FORBIDDEN'
  | 'TIME_TRAVEL_FORBIDDEN'
  | 'NOT_FOUND'
  | 'FORM_NOT_APPLICABLE'
  | 'METHOD_NOT_ALLOWED'
  | 'VALIDATION_FAILED'
  | 'MALFORMED_JSON'
  | 'UNSUPPORTED_MEDIA_TYPE'
  | 'PAYLOAD_TOO_LARGE'
  | 'PRECONDITION_FAILED'
  | 'INVALID_IF_MATCH'
  | 'REVISION_CONFLICT'
  | 'IDEMPOTENCY_KEY_REUSED'
  | 'INVALID_IDEMPOTENCY_KEY'
  | 'UNKNOWN_UNIT'
  | 'UNKNOWN_OFFICE'
  | 'RATE_LIMITED'
  | 'SHUTTING_DOWN'
  | 'NOT_READY'
  | 'INTERNAL'
  | 'STORE_UNAVAILABLE'
  | 'INVALID_CHECKPOINT'
  | 'CHECKPOINT_SIGNATURE_MISMATCH';

export type ProblemCode = DomainErrorCode | HttpProblemCode;

export interface Problem {
  type: string;
  title: string;
  status: number;
  detail: string;
  code: ProblemCode;
  instance: string;
  errors?: Array<{ path: string; message: string }>;
}

const TITLES: Record<ProblemCode, Text> = {
  UNAUTHORIZED: text('Thiếu khóa API hoặc khóa không được biết', 'Missing or unknown API key'),
  FORBIDDEN: text('Khóa này không được phép', 'Not allowed for this key'),
  TIME_TRAVEL_FORBIDDEN: text(
    'Xem lại quá khứ (knownAt, asOf) chỉ dành cho kiểm toán viên',
    'Time travel (knownAt, asOf) is for auditors',
  ),
  NOT_FOUND: text('Không có tài nguyên này', 'No such resource'),
  METHOD_NOT_ALLOWED: text('Phương thức không được phép', 'Method not allowed'),
  VALIDATION_FAILED: text('Yêu cầu không khớp với lược đồ', 'The request does not match its schema'),
  MALFORMED_JSON: text('Nội dung không phải JSON hợp lệ', 'The body is not valid JSON'),
  UNSUPPORTED_MEDIA_TYPE: text('Hãy gửi nội dung dạng application/json', 'Send the body as application/json'),
  PAYLOAD_TOO_LARGE: text('Nội dung quá lớn', 'The body is too large'),
  PRECONDITION_FAILED: text(
    'If-Match không khớp với phiên bản hiện tại',
    'If-Match does not match the current revision',
  ),
  INVALID_IF_MATCH: text(
    'If-Match phải là số phiên bản trong ngoặc kép, ví dụ "3"',
    'If-Match must be a quoted revision, e.g. "3"',
  ),
  REVISION_CONFLICT: text(
    'Hồ sơ đã thay đổi trong khi lệnh đang được xét',
    'The dossier changed while the command was being decided',
  ),
  IDEMPOTENCY_KEY_REUSED: text(
    'Idempotency-Key đã được dùng cho một yêu cầu khác',
    'Idempotency-Key was already used for a different request',
  ),
  INVALID_IDEMPOTENCY_KEY: text(
    'Idempotency-Key phải gồm 1-200 ký tự ASCII nhìn thấy được',
    'Idempotency-Key must be 1-200 visible ASCII characters',
  ),
  UNKNOWN_UNIT: text('Không có đơn vị này trong cây đơn vị', 'No such unit in the office hierarchy'),
  UNKNOWN_OFFICE: text('Không có cơ quan này', 'No such office'),
  RATE_LIMITED: text('Khóa này gửi quá nhiều yêu cầu', 'Too many requests for this key'),
  SHUTTING_DOWN: text('Máy chủ đang tắt', 'The server is shutting down'),
  NOT_READY: text('Máy chủ chưa sẵn sàng', 'The server is not ready'),
  STORE_UNAVAILABLE: text('Tạm thời không với tới được sổ cái', 'The ledger cannot be reached for now'),
  INTERNAL: text('Lỗi nội bộ', 'Internal error'),
  INVALID_CHECKPOINT: text(
    'Không đọc được tệp điểm kiểm tra hoặc khóa công khai',
    'The checkpoint file or its public key cannot be read',
  ),
  CHECKPOINT_SIGNATURE_MISMATCH: text(
    'Chữ ký của điểm kiểm tra không khớp với khóa công khai',
    "The checkpoint's signature does not match the public key",
  ),
  FORM_NOT_APPLICABLE: text(
    'Hồ sơ chưa đến bước mà mẫu này ghi nhận',
    'The dossier never reached the step this form records',
  ),
  INVALID_EVENT: text('Sự kiện không hợp lệ', 'Invalid event'),
  UNKNOWN_EVENT_TYPE: text('Loại sự kiện không được biết', 'Unknown event type'),
  UNSUPPORTED_SCHEMA_VERSION: text('Phiên bản lược đồ không được hỗ trợ', 'Unsupported schema version'),
  INVALID_COMMAND: text('Lệnh không hợp lệ', 'Invalid command'),
  DOSSIER_NOT_FOUND: text('Không có hồ sơ này', 'No such dossier'),
  DOSSIER_ALREADY_EXISTS: text('Hồ sơ đã tồn tại', 'The dossier already exists'),
  DOSSIER_FINISHED: text('Hồ sơ đã kết thúc', 'The dossier is finished'),
  RECEIVED_IN_FUTURE: text('Thời điểm tiếp nhận ở tương lai', 'Received in the future'),
  BEFORE_RECEIPT: text('Trước thời điểm tiếp nhận hồ sơ', 'Before the dossier was received'),
  NOT_RESOLVED: text('Hồ sơ chưa được giải quyết', 'The dossier is not resolved yet'),
  ALREADY_RESOLVED: text('Hồ sơ đã được giải quyết', 'The dossier is already resolved'),
  ALREADY_RETURNED: text('Kết quả đã được trả', 'The result was already returned'),
  ALREADY_RESCHEDULED: text('Hạn xử lý đã được gia hạn một lần', 'The due date was already rescheduled once'),
  RESCHEDULE_TOO_LATE: text('Đã quá muộn để gia hạn', 'Too late to reschedule'),
  RESCHEDULE_NOT_LATER: text('Hạn mới phải sau hạn hiện tại', 'The new date must be later than the due date'),
  SUPPLEMENT_PENDING: text('Đang chờ bổ sung hồ sơ', 'A supplement request is pending'),
  NO_SUPPLEMENT_PENDING: text('Không có yêu cầu bổ sung nào đang chờ', 'No supplement request is pending'),
  CORRECTION_TARGET_UNKNOWN: text('Sự kiện cần đính chính không tồn tại', 'The corrected event does not exist'),
  CORRECTION_INVALID: text('Đính chính không hợp lệ', 'Invalid correction'),
  UNKNOWN_PROCEDURE: text('Thủ tục không có trong danh mục', 'Unknown procedure'),
  INVALID_CATALOGUE: text('Danh mục thủ tục không hợp lệ', 'Invalid catalogue'),
  INVALID_CALENDAR: text('Lịch làm việc không hợp lệ', 'Invalid calendar'),
  HANDOVER_OUT_OF_ORDER: text('Chuyển giao trước bước trước đó', 'Handed over before the previous step'),
  RULE_NOT_IN_FORCE: text(
    'Quy định này không áp dụng cho hồ sơ theo ngày tiếp nhận',
    'This rule does not apply to the dossier, by its receipt day',
  ),
  UNIT_ENDED: text(
    'Đơn vị đã kết thúc; hãy gửi lệnh tới đơn vị kế tiếp',
    'The unit has ended; send the command to its successor',
  ),
  UNIT_NOT_BEGUN: text(
    'Đơn vị chưa được thành lập vào ngày tiếp nhận; hãy gửi tới đơn vị trước đó',
    'The unit did not exist yet on the day of receipt; send it to the unit before it',
  ),
};

/**
 * HTTP status of each domain code. The split is part of the API contract:
 * 404 the dossier is missing; 409 the dossier's current state forbids the command (retrying later,
 * after another command, could succeed); 422 the command itself can never be accepted as written.
 */
export const DOMAIN_STATUS: Record<DomainErrorCode, number> = {
  DOSSIER_NOT_FOUND: 404,
  DOSSIER_ALREADY_EXISTS: 409,
  DOSSIER_FINISHED: 409,
  NOT_RESOLVED: 409,
  ALREADY_RESOLVED: 409,
  ALREADY_RETURNED: 409,
  ALREADY_RESCHEDULED: 409,
  RESCHEDULE_TOO_LATE: 409,
  SUPPLEMENT_PENDING: 409,
  NO_SUPPLEMENT_PENDING: 409,
  INVALID_COMMAND: 422,
  INVALID_EVENT: 422,
  UNKNOWN_EVENT_TYPE: 422,
  UNSUPPORTED_SCHEMA_VERSION: 422,
  RECEIVED_IN_FUTURE: 422,
  BEFORE_RECEIPT: 422,
  RESCHEDULE_NOT_LATER: 422,
  CORRECTION_TARGET_UNKNOWN: 422,
  CORRECTION_INVALID: 422,
  UNKNOWN_PROCEDURE: 422,
  INVALID_CATALOGUE: 500,
  INVALID_CALENDAR: 500,
  HANDOVER_OUT_OF_ORDER: 422,
  // The rule set is fixed by the receipt day: the command can never be accepted for this dossier.
  RULE_NOT_IN_FORCE: 422,
  UNIT_ENDED: 422,
  UNIT_NOT_BEGUN: 422,
};

const kebab = (code: string): string => code.toLowerCase().replaceAll('_', '-');

/** A field path and what is wrong with it, said in every language. */
export interface Issue {
  readonly path: string;
  readonly message: Text;
}

/** A problem before its language is chosen: what every place that refuses a request builds. */
export interface ProblemSpec {
  readonly status: number;
  readonly code: ProblemCode;
  readonly detail: Text;
  readonly errors?: readonly Issue[] | undefined;
}

/**
 * A decider's rejection in both languages: the rule's own Vietnamese when it has one, else the
 * dossier and the title of its code.
 */
export const domainText = (e: DomainError): Text => ({
  vi: e.messageVi ?? `${e.subject ? `${e.subject}: ` : ''}${TITLES[e.code].vi.toLowerCase()}`,
  en: e.message,
});

/** The problem document in one language. */
export function makeProblem(spec: ProblemSpec, instance: string, lang: Lang): Problem {
  const p: Problem = {
    type: `urn:motcua:problem:${kebab(spec.code)}`,
    title: TITLES[spec.code][lang],
    status: spec.status,
    detail: spec.detail[lang],
    code: spec.code,
    instance,
  };
  if (spec.errors && spec.errors.length > 0)
    p.errors = spec.errors.map((e) => ({ path: e.path, message: e.message[lang] }));
  return p;
}

/** The request path without its query string: the problem's `instance`. */
export const instanceOf = (req: FastifyRequest): string => req.url.split('?')[0] ?? req.url;

/** An error a route throws to leave with a problem; the error handler renders it in the caller's language. */
export class HttpProblem extends Error implements ProblemSpec {
  constructor(
    readonly status: number,
    readonly code: ProblemCode,
    readonly detail: Text,
    readonly errors?: readonly Issue[],
    readonly headers: Record<string, string> = {},
  ) {
    // The English text is the Error's message, for logs.
    super(detail.en);
    this.name = 'HttpProblem';
  }
}

/** Sends the problem in the language the request negotiated, saying which in Content-Language. */
export function sendProblem(
  reply: FastifyReply,
  spec: ProblemSpec,
  headers: Record<string, string> = {},
): FastifyReply {
  const lang = negotiateLanguage(reply.request.headers['accept-language']);
  for (const [k, v] of Object.entries({ ...headers, ...languageHeaders(lang) })) reply.header(k, v);
  const problem = makeProblem(spec, instanceOf(reply.request), lang);
  // Serialised here so a route's response schema never has to describe problems it did not plan for.
  return reply.code(problem.status).type(PROBLEM_CONTENT_TYPE).serializer(JSON.stringify).send(problem);
}
