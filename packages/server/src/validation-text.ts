// What a schema says about a bad request, in Vietnamese and English. zod writes its own messages in
// English (the locale zod's classic entry sets) and in Vietnamese through its `vi` locale; the messages
// our schemas set themselves (the office code's pattern, "not a real calendar day"…) are translated here.
import {
  OFFICE_CODE_RULE,
  OFFICE_CODE_RULE_VI,
  PLAIN_TEXT_RULE,
  PLAIN_TEXT_RULE_VI,
  UNIT_CODE_RULE,
  UNIT_CODE_RULE_VI,
} from '@motcua/domain';
import type { FastifyError, FastifyRequest } from 'fastify';
import { type core, z } from 'zod';
import type { Text } from './lang.js';
import type { Issue } from './problem.js';

const vietnamese = z.locales.vi().localeError;

/** The messages set in our schemas and the domain's, by their English text. */
const SCHEMA_MESSAGES_VI: Readonly<Record<string, string>> = {
  [OFFICE_CODE_RULE]: OFFICE_CODE_RULE_VI,
  [UNIT_CODE_RULE]: UNIT_CODE_RULE_VI,
  [PLAIN_TEXT_RULE]: PLAIN_TEXT_RULE_VI,
  'dossier code: 1-128 letters, digits or . _ / -': 'mã hồ sơ: 1-128 chữ cái, chữ số hoặc . _ / -',
  'not a real calendar date or time': 'ngày giờ không có thật trên lịch',
  'expected a day YYYY-MM-DD': 'cần một ngày dạng YYYY-MM-DD',
  'not a real calendar day': 'ngày không có thật trên lịch',
  'expected an ISO 8601 time with an offset, or a day YYYY-MM-DD':
    'cần thời điểm ISO 8601 có múi giờ, hoặc một ngày dạng YYYY-MM-DD',
  'expected an ISO 8601 time with an offset, e.g. 2024-01-15T08:30:00+07:00':
    'cần thời điểm ISO 8601 có múi giờ, ví dụ 2024-01-15T08:30:00+07:00',
  'not a valid date-time (impossible day, hour or offset)':
    'ngày giờ không hợp lệ (ngày, giờ hoặc múi giờ không thể có)',
  'required without a procedureCode': 'bắt buộc khi không có procedureCode',
  'required with the other': 'phải đi cùng tham số kia',
  'must not be after to': 'không được sau to',
  'required without from/to': 'bắt buộc khi không có from/to',
  'from/to and year/quarter/month are exclusive': 'from/to và year/quarter/month không dùng cùng nhau',
  'expected digits': 'cần các chữ số',
  'expected "<revision>"': 'cần "<số phiên bản>"',
  'auditors and admins only': 'chỉ dành cho kiểm toán viên và quản trị',
};

/** A message written in English by a schema or a rule, with its Vietnamese when we have one. */
export const translated = (en: string, fallbackVi = 'không hợp lệ'): Text => ({
  vi: SCHEMA_MESSAGES_VI[en] ?? fallbackVi,
  en,
});

/** One zod issue in both languages: our own message translated, zod's own rendered by its `vi` locale. */
export function issueText(issue: core.$ZodIssue): Text {
  const own = SCHEMA_MESSAGES_VI[issue.message];
  if (own !== undefined) return { vi: own, en: issue.message };
  let vi: ReturnType<typeof vietnamese>;
  try {
    vi = vietnamese(issue as unknown as core.$ZodRawIssue);
  } catch {
    // An issue shape the locale does not expect must not turn a 400 into a 500.
    vi = undefined;
  }
  return { vi: typeof vi === 'string' ? vi : (vi?.message ?? 'không hợp lệ'), en: issue.message };
}

// A body may hold a 60 KB key name or a thousand unknown keys: what comes back quotes a short, marked
// excerpt of it, and lists a bounded number of issues.
const MAX_TEXT = 200;
const MAX_ISSUES = 20;
const clip = (s: string): string => (s.length > MAX_TEXT ? `${s.slice(0, MAX_TEXT)}… [cắt bớt/truncated]` : s);
const clipText = (t: Text): Text => ({ vi: clip(t.vi), en: clip(t.en) });

const pathOf = (context: string, path: readonly PropertyKey[]): string =>
  clip(path.length > 0 ? `${context}.${path.map(String).join('.')}` : context);

type Context = 'body' | 'querystring' | 'params' | 'headers';
const CONTEXTS: readonly Context[] = ['body', 'querystring', 'params', 'headers'];

const dataOf = (req: FastifyRequest, context: Context): unknown =>
  context === 'body'
    ? req.body
    : context === 'querystring'
      ? req.query
      : context === 'params'
        ? req.params
        : req.headers;

/**
 * The failed part of the request (body, querystring…) checked again against the route's zod schema,
 * with the input kept on each issue so zod's Vietnamese locale can say what it received. Paths name the
 * part: `body.channel`, `querystring.year`.
 */
export function validationIssues(req: FastifyRequest, err: FastifyError): Issue[] {
  const context = (CONTEXTS as readonly string[]).includes(err.validationContext ?? '')
    ? (err.validationContext as Context)
    : 'body';
  const schema = (req.routeOptions.schema as Record<string, unknown> | undefined)?.[context];
  if (schema instanceof z.ZodType) {
    const again = schema.safeParse(dataOf(req, context), { reportInput: true });
    if (!again.success) {
      return again.error.issues
        .slice(0, MAX_ISSUES)
        .map((i) => ({ path: pathOf(context, i.path), message: clipText(issueText(i)) }));
    }
  }
  // Not a zod schema (or it passes now): the validator's own words, with a Vietnamese gloss.
  return ((err.validation ?? []) as Array<{ instancePath?: string; message?: string }>)
    .slice(0, MAX_ISSUES)
    .map((v) => ({
      path: pathOf(context, (v.instancePath ?? '').split('/').filter(Boolean)),
      message: clipText(translated(v.message ?? 'invalid')),
    }));
}
