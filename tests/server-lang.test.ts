// Every problem the API answers with speaks Vietnamese unless the request asks for English
// (Accept-Language), says which in Content-Language, and keeps its code and type whatever the language.
// A real server on a port over a SQLite file; one request per kind of problem, asked both ways.
import { negotiateLanguage } from '@motcua/server';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { call, KEYS, type KeyName, receiveBody, startTestServer, type TestServer } from './server-helpers.js';

let s: TestServer;
let limited: TestServer;
const LIMITED_KEY = 'limited-lang-0123456789';

beforeAll(async () => {
  s = await startTestServer();
  limited = await startTestServer({ keys: [{ key: LIMITED_KEY, role: 'leader', offices: ['A'], rateLimit: 1 }] });
  // A resolved dossier, for the state rule (409) and the rule on dates (422).
  const received = await call(s.base, 'POST', '/v1/offices/A/dossiers', { who: 'clerkA', body: receiveBody('LANG-1') });
  expect(received.status).toBe(201);
  const resolved = await call(s.base, 'POST', '/v1/offices/A/dossiers/LANG-1/resolve', {
    who: 'clerkA',
    body: { decision: 'approved', at: '2024-01-16T09:00:00+07:00' },
  });
  expect(resolved.status).toBe(200);
});
afterAll(async () => {
  await s?.close();
  await limited?.close();
});

// Letters only Vietnamese uses (none of them occurs in the English texts).
const VIETNAMESE = /[ăâđêôơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ]/i;

interface Case {
  readonly name: string;
  readonly status: number;
  readonly code: string;
  readonly server?: () => TestServer;
  readonly method: string;
  readonly path: string;
  readonly who?: KeyName;
  readonly headers?: Record<string, string>;
  readonly body?: unknown;
  readonly raw?: string;
  /** Before the request that is checked (e.g. use up a rate limit). */
  readonly before?: (headers: Record<string, string>) => Promise<void>;
  /** Field paths the problem must name, in both languages. */
  readonly paths?: readonly string[];
}

const CASES: readonly Case[] = [
  {
    name: 'validation of a body',
    status: 400,
    code: 'VALIDATION_FAILED',
    method: 'POST',
    path: '/v1/offices/A/dossiers',
    who: 'clerkA',
    body: receiveBody('LANG-V', { channel: 'pigeon', surprise: 1 }),
    paths: ['body.channel', 'body'],
  },
  {
    name: 'validation of a query',
    status: 400,
    code: 'VALIDATION_FAILED',
    method: 'GET',
    path: '/v1/offices/A/reports/form06?year=2024&quarter=7',
    who: 'leaderA',
    paths: ['querystring.quarter'],
  },
  {
    name: 'a period rule',
    status: 400,
    code: 'VALIDATION_FAILED',
    method: 'GET',
    path: '/v1/offices/A/reports/form06?from=2024-03-01&to=2024-01-01',
    who: 'leaderA',
    paths: ['querystring.from'],
  },
  {
    name: 'a knownAt not on the calendar (30 February)',
    status: 400,
    code: 'VALIDATION_FAILED',
    method: 'GET',
    path: `/v1/offices/A/reports/form06?year=2024&quarter=1&knownAt=${encodeURIComponent('2024-02-30T00:00:00+07:00')}`,
    who: 'auditorA',
    paths: ['querystring.knownAt'],
  },
  {
    name: 'a dueBefore not on the calendar',
    status: 400,
    code: 'VALIDATION_FAILED',
    method: 'GET',
    path: '/v1/offices/A/dossiers?dueBefore=2024-02-30',
    who: 'clerkA',
    paths: ['querystring.dueBefore'],
  },
  {
    name: "the units catalogue's knownAt in month 13",
    status: 400,
    code: 'VALIDATION_FAILED',
    method: 'GET',
    path: '/v1/units?knownAt=2024-13-01T00:00:00Z',
    who: 'admin',
    paths: ['querystring.knownAt'],
  },
  {
    name: 'a due date asked for a receipt too far ahead for the calendar',
    status: 400,
    code: 'VALIDATION_FAILED',
    method: 'GET',
    path: `/v1/offices/A/due-date?procedureCode=1.001193&receivedAt=${encodeURIComponent('9999-12-31T23:00:00+07:00')}`,
    who: 'clerkA',
    paths: ['querystring.receivedAt'],
  },
  {
    name: 'malformed JSON',
    status: 400,
    code: 'MALFORMED_JSON',
    method: 'POST',
    path: '/v1/offices/A/dossiers',
    who: 'clerkA',
    raw: '{"dossierCode":',
  },
  { name: 'no key', status: 401, code: 'UNAUTHORIZED', method: 'GET', path: '/v1/procedures' },
  {
    name: 'an unknown key',
    status: 401,
    code: 'UNAUTHORIZED',
    method: 'GET',
    path: '/v1/procedures',
    headers: { authorization: 'Bearer not-a-key-0000000000' },
  },
  {
    name: 'another office',
    status: 403,
    code: 'FORBIDDEN',
    method: 'GET',
    path: '/v1/offices/C/indicators?year=2024',
    who: 'clerkA',
  },
  {
    name: 'a role that may not write',
    status: 403,
    code: 'FORBIDDEN',
    method: 'POST',
    path: '/v1/offices/A/dossiers',
    who: 'leaderA',
    body: receiveBody('LANG-R'),
  },
  {
    name: 'time travel by a clerk',
    status: 403,
    code: 'TIME_TRAVEL_FORBIDDEN',
    method: 'GET',
    path: '/v1/offices/A/dossiers/LANG-1?knownAt=2030-01-01',
    who: 'clerkA',
    paths: ['querystring.knownAt'],
  },
  { name: 'a route that does not exist', status: 404, code: 'NOT_FOUND', method: 'GET', path: '/v1/nowhere' },
  {
    name: 'a dossier that does not exist',
    status: 404,
    code: 'DOSSIER_NOT_FOUND',
    method: 'GET',
    path: '/v1/offices/A/dossiers/NOPE',
    who: 'clerkA',
  },
  {
    name: 'a command on a dossier never received (decider)',
    status: 404,
    code: 'DOSSIER_NOT_FOUND',
    method: 'POST',
    path: '/v1/offices/A/dossiers/NOPE/resolve',
    who: 'clerkA',
    body: { decision: 'approved' },
  },
  {
    name: 'an unknown unit',
    status: 404,
    code: 'UNKNOWN_UNIT',
    method: 'GET',
    path: '/v1/units/NOWHERE/reports/form06?year=2024',
    who: 'admin',
  },
  {
    name: 'the dossier state forbids it (409)',
    status: 409,
    code: 'ALREADY_RESOLVED',
    method: 'POST',
    path: '/v1/offices/A/dossiers/LANG-1/resolve',
    who: 'clerkA',
    body: { decision: 'approved' },
  },
  {
    name: 'receiving a dossier twice (409)',
    status: 409,
    code: 'DOSSIER_ALREADY_EXISTS',
    method: 'POST',
    path: '/v1/offices/A/dossiers',
    who: 'clerkA',
    body: receiveBody('LANG-1'),
  },
  {
    name: 'a domain rule on the command (422)',
    status: 422,
    code: 'UNKNOWN_PROCEDURE',
    method: 'POST',
    path: '/v1/offices/A/dossiers',
    who: 'clerkA',
    body: receiveBody('LANG-P', { procedureCode: '9.999999' }),
  },
  {
    name: 'a command needing fields (422, with field paths)',
    status: 422,
    code: 'INVALID_COMMAND',
    method: 'POST',
    path: '/v1/offices/A/dossiers',
    who: 'clerkA',
    body: { dossierCode: 'LANG-F', channel: 'online', receivedAt: '2024-01-15T08:30:00+07:00' },
    paths: ['field', 'dueAt'],
  },
  {
    name: 'a stale If-Match',
    status: 412,
    code: 'PRECONDITION_FAILED',
    method: 'POST',
    path: '/v1/offices/A/dossiers/LANG-1/digitise',
    who: 'clerkA',
    headers: { 'if-match': '"0"' },
    body: { what: 'papers' },
  },
  {
    name: 'a body too large',
    status: 413,
    code: 'PAYLOAD_TOO_LARGE',
    method: 'POST',
    path: '/v1/offices/A/dossiers',
    who: 'clerkA',
    body: receiveBody('LANG-BIG', { applicantRef: 'x'.repeat(70 * 1024) }),
  },
  {
    name: 'a body that is not JSON',
    status: 415,
    code: 'UNSUPPORTED_MEDIA_TYPE',
    method: 'POST',
    path: '/v1/offices/A/dossiers',
    who: 'clerkA',
    headers: { 'content-type': 'text/plain' },
    raw: 'hello',
  },
  {
    name: 'too many requests',
    status: 429,
    code: 'RATE_LIMITED',
    server: () => limited,
    method: 'GET',
    path: '/v1/procedures',
    headers: { authorization: `Bearer ${LIMITED_KEY}` },
    before: async (headers) => {
      await call(limited.base, 'GET', '/v1/procedures', { headers });
    },
  },
];

async function ask(c: Case, language: Record<string, string>) {
  const headers = { ...(c.headers ?? {}), ...language };
  const server = c.server?.() ?? s;
  await c.before?.(headers);
  return call(server.base, c.method, c.path, {
    ...(c.who ? { who: c.who } : {}),
    headers,
    ...(c.body !== undefined ? { body: c.body } : {}),
    ...(c.raw !== undefined ? { raw: c.raw } : {}),
  });
}

describe('problem details speak the clerk’s language', () => {
  it.each(CASES.map((c) => [c.name, c] as const))('%s: Vietnamese by default, English on request', async (_n, c) => {
    const vi = await ask(c, {});
    const en = await ask(c, { 'accept-language': 'en' });
    for (const r of [vi, en]) {
      expect(r.status).toBe(c.status);
      expect(r.headers.get('content-type')).toMatch(/^application\/problem\+json/);
      expect(r.json).toMatchObject({ status: c.status, code: c.code });
    }
    // The code and type a client switches on do not change with the language; the words do.
    expect(en.json.type).toBe(vi.json.type);
    expect(vi.headers.get('content-language')).toBe('vi');
    expect(en.headers.get('content-language')).toBe('en');
    expect(vi.headers.get('vary')).toMatch(/accept-language/i);
    expect(vi.json.title).toMatch(VIETNAMESE);
    expect(vi.json.detail).toMatch(VIETNAMESE);
    expect(en.json.title).not.toMatch(VIETNAMESE);
    expect(en.json.detail).not.toMatch(VIETNAMESE);
    expect(vi.json.title).not.toBe(en.json.title);
    for (const path of c.paths ?? []) {
      // The field is named in both languages, in errors[] and in the detail.
      for (const r of [vi, en]) {
        expect(r.json.errors.map((e: { path: string }) => e.path)).toContain(path);
        expect(r.json.detail).toContain(path.split('.').at(-1));
      }
      const viMessage = vi.json.errors.find((e: { path: string }) => e.path === path).message;
      expect(viMessage).toMatch(VIETNAMESE);
      expect(en.json.errors.find((e: { path: string }) => e.path === path).message).not.toMatch(VIETNAMESE);
    }
  });

  it.each([
    ['en-US', 'en'],
    ['en-GB,en;q=0.9', 'en'],
    ['vi;q=0.9,en;q=0.8', 'vi'],
    ['vi;q=0.5,en;q=0.8', 'en'],
    ['fr-FR, en;q=0.5', 'en'],
    ['fr, de', 'vi'],
    ['vi-VN', 'vi'],
    ['*', 'vi'],
    ['en;q=0', 'vi'],
    ['vi;q=0, en;q=0.1', 'en'],
    ['EN', 'en'],
    [';;;q=', 'vi'],
  ])('Accept-Language %j answers in %s', async (header, lang) => {
    const r = await call(s.base, 'GET', '/v1/nowhere', { headers: { 'accept-language': header } });
    expect(r.status).toBe(404);
    expect(r.headers.get('content-language')).toBe(lang);
    expect(r.json.title).toBe(lang === 'vi' ? 'Không có tài nguyên này' : 'No such resource');
  });

  it('names the bad field in Vietnamese words for zod’s own checks and for ours', async () => {
    const r = await call(s.base, 'POST', '/v1/offices/A/dossiers', {
      who: 'clerkA',
      body: { dossierCode: 'LANG-Z', channel: 'online', receivedAt: '2024-02-31T08:00:00+07:00', field: 42 },
    });
    expect(r.status).toBe(400);
    const byPath = Object.fromEntries(r.json.errors.map((e: { path: string; message: string }) => [e.path, e.message]));
    expect(byPath['body.field']).toMatch(/^Đầu vào không hợp lệ/);
    expect(byPath['body.receivedAt']).toMatch(/không/);
    expect(r.json.detail).toContain('body.field');
  });

  it('a key is never echoed and the English key stays available for the same request', async () => {
    const r = await call(s.base, 'GET', '/v1/procedures', {
      headers: { authorization: `Bearer ${KEYS.clerkA}x`, 'accept-language': 'vi;q=0.1, en' },
    });
    expect(r.status).toBe(401);
    expect(r.json.detail).toBe('the API key is not known');
    expect(r.text).not.toContain(KEYS.clerkA);
  });
});

describe('a kept refusal replays in the language it was written in', () => {
  it('says so in Content-Language, whatever the retry asks for', async () => {
    const headers = { 'idempotency-key': 'lang-replay-1' };
    const body = receiveBody('LANG-1'); // already received: 409, which is kept
    const first = await call(s.base, 'POST', '/v1/offices/A/dossiers', { who: 'clerkA', headers, body });
    const retry = await call(s.base, 'POST', '/v1/offices/A/dossiers', {
      who: 'clerkA',
      headers: { ...headers, 'accept-language': 'en' },
      body,
    });
    expect(first.status).toBe(409);
    expect(retry.status).toBe(409);
    expect(retry.text).toBe(first.text);
    expect(first.headers.get('content-language')).toBe('vi');
    expect(retry.headers.get('content-language')).toBe('vi');
  });
});

describe('the OpenAPI document says how the language is chosen', () => {
  it('declares Accept-Language on every operation and Content-Language on every problem', async () => {
    const doc = (await call(s.base, 'GET', '/openapi.json')).json;
    let operations = 0;
    for (const [path, item] of Object.entries(doc.paths as Record<string, Record<string, unknown>>)) {
      for (const [method, op] of Object.entries(item as Record<string, Record<string, unknown>>)) {
        operations++;
        const params = (op.parameters ?? []) as Array<{ in: string; name: string; description?: string }>;
        const accept = params.find((p) => p.in === 'header' && p.name.toLowerCase() === 'accept-language');
        expect(accept, `${method} ${path}`).toBeDefined();
        expect(accept?.description).toMatch(/Vietnamese.*default/);
        for (const [status, r] of Object.entries(op.responses as Record<string, Record<string, unknown>>)) {
          if (!(r.content as Record<string, unknown> | undefined)?.['application/problem+json']) continue;
          const h = (r.headers as Record<string, { schema?: { enum?: string[] } }>)['Content-Language'];
          expect(h?.schema?.enum, `${method} ${path} ${status}`).toEqual(['vi', 'en']);
        }
      }
    }
    expect(operations).toBeGreaterThan(20);
  });
});

describe('a hostile body is quoted, not echoed', () => {
  it('clips a huge unknown key to a short, marked excerpt and bounds the list of issues', async () => {
    const huge = 'k'.repeat(30_000);
    const many = Object.fromEntries(Array.from({ length: 500 }, (_, i) => [`x${i}`, i]));
    for (const lang of ['vi', 'en']) {
      const r = await call(s.base, 'POST', '/v1/offices/A/dossiers', {
        who: 'clerkA',
        headers: { 'accept-language': lang },
        body: { ...receiveBody('LANG-H'), [huge]: 1, ...many, channel: 7, field: [] },
      });
      expect(r.status).toBe(400);
      expect(r.text.length).toBeLessThan(8_000);
      expect(r.text).not.toContain('k'.repeat(300));
      expect(r.json.detail).toContain('[cắt bớt/truncated]');
      expect(r.json.errors.length).toBeLessThanOrEqual(20);
      expect(r.json.errors.map((e: { path: string }) => e.path)).toContain('body.channel');
    }
  });
});

describe('over generated bodies and Accept-Language headers', () => {
  const printable = fc.string({
    unit: fc.integer({ min: 0x20, max: 0x7e }).map((c) => String.fromCharCode(c)),
    maxLength: 60,
  });
  const tag = fc.constantFrom('vi', 'en', 'en-US', 'vi-VN', 'fr', '*', 'EN-gb', 'de-DE');
  const weighted = fc
    .tuple(tag, fc.option(fc.integer({ min: 0, max: 1000 }), { nil: undefined }))
    .map(([t, q]) => (q === undefined ? t : `${t};q=${q === 1000 ? '1' : (q / 1000).toFixed(3)}`));
  const header = fc.oneof(
    printable,
    fc.array(weighted, { maxLength: 5 }).map((a) => a.join(', ')),
  );
  const body = fc.oneof(
    fc.jsonValue({ maxDepth: 2 }),
    fc.record({ dossierCode: printable, channel: fc.constantFrom('online', 'pigeon', 3), receivedAt: printable }),
  );

  it('every refusal is a 4xx problem in the language the header negotiates', async () => {
    await fc.assert(
      fc.asyncProperty(header, body, async (h, b) => {
        const r = await call(s.base, 'POST', '/v1/offices/A/dossiers', {
          who: 'clerkA',
          headers: { 'accept-language': h },
          raw: JSON.stringify(b),
        });
        if (r.status === 201) return; // a generated body may be a valid receipt
        expect(r.status).toBeGreaterThanOrEqual(400);
        expect(r.status).toBeLessThan(500);
        const lang = negotiateLanguage(h);
        expect(r.headers.get('content-language')).toBe(lang);
        if (lang === 'vi') expect(r.json.title).toMatch(VIETNAMESE);
        else expect(r.json.title).not.toMatch(VIETNAMESE);
      }),
      { numRuns: 150 },
    );
  });
});
