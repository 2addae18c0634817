// Commands over HTTP: ETag / If-Match, Idempotency-Key replayed byte for byte, bad input refused with
// problem+json and nothing written, concurrent requests through group commit.
import { connect } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { call, eventCount, KEYS, receiveBody, startTestServer, type TestServer } from './server-helpers.js';

let s: TestServer;
beforeAll(async () => {
  s = await startTestServer();
});
afterAll(async () => {
  await s.close();
});

/** One raw HTTP/1.1 exchange; returns the response bytes exactly as sent by the server. */
function rawRequest(base: string, method: string, path: string, headers: Record<string, string>, body: string) {
  const url = new URL(base);
  return new Promise<string>((resolve, reject) => {
    const socket = connect(Number(url.port), url.hostname);
    const chunks: Buffer[] = [];
    socket.on('data', (c) => chunks.push(c));
    socket.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    socket.on('error', reject);
    const head = [
      `${method} ${path} HTTP/1.1`,
      `host: ${url.host}`,
      'connection: close',
      `content-length: ${Buffer.byteLength(body)}`,
      ...Object.entries(headers).map(([k, v]) => `${k}: ${v}`),
    ];
    socket.write(`${head.join('\r\n')}\r\n\r\n${body}`);
  });
}
const withoutDate = (raw: string) => raw.replace(/^date: .*\r\n/im, '');

const post = (path: string, body: unknown, headers: Record<string, string> = {}, who: 'clerkA' | 'admin' = 'clerkA') =>
  call(s.base, 'POST', path, { who, body, headers });

describe('ETag and If-Match', () => {
  it('carries the stream revision and refuses a stale If-Match with 412, writing nothing', async () => {
    const r0 = await post('/v1/offices/A/dossiers', receiveBody('E-1'));
    expect(r0.status).toBe(201);
    expect(r0.headers.get('etag')).toBe('"0"');

    const before = await eventCount(s.store);
    const stale = await post(
      '/v1/offices/A/dossiers/E-1/resolve',
      { decision: 'approved', at: '2024-01-15T10:00:00+07:00' },
      { 'if-match': '"5"' },
    );
    expect(stale.status).toBe(412);
    expect(stale.headers.get('content-type')).toMatch(/^application\/problem\+json/);
    expect(stale.json).toMatchObject({ status: 412, code: 'PRECONDITION_FAILED' });
    expect(stale.headers.get('etag')).toBe('"0"');
    expect(await eventCount(s.store)).toBe(before);

    const ok = await post(
      '/v1/offices/A/dossiers/E-1/resolve',
      { decision: 'approved', at: '2024-01-15T10:00:00+07:00' },
      { 'if-match': '"0"' },
    );
    expect(ok.status).toBe(200);
    expect(ok.headers.get('etag')).toBe('"1"');
    const view = await call(s.base, 'GET', '/v1/offices/A/dossiers/E-1', { who: 'clerkA' });
    expect(view.headers.get('etag')).toBe('"1"');

    // Weak tags and lists are accepted; "*" needs an existing dossier; garbage is a 400.
    const list = await post(
      '/v1/offices/A/dossiers/E-1/digitise',
      { what: 'papers', at: '2024-01-15T10:00:00+07:00' },
      { 'if-match': '"7", W/"1"' },
    );
    expect(list.status).toBe(200);
    const star = await post('/v1/offices/A/dossiers/NOPE-1/digitise', { what: 'papers' }, { 'if-match': '*' });
    expect(star.status).toBe(412);
    const bad = await post('/v1/offices/A/dossiers/E-1/digitise', { what: 'result' }, { 'if-match': 'three' });
    expect(bad.status).toBe(400);
    expect(bad.json.code).toBe('INVALID_IF_MATCH');
  });

  it('lets exactly one of two racing commands with the same If-Match through', async () => {
    await post('/v1/offices/A/dossiers', receiveBody('E-2'));
    const before = await eventCount(s.store);
    const [a, b] = await Promise.all([
      post('/v1/offices/A/dossiers/E-2/digitise', { what: 'papers' }, { 'if-match': '"0"' }),
      post('/v1/offices/A/dossiers/E-2/payments', { method: 'counter', amountVnd: 8000 }, { 'if-match': '"0"' }),
    ]);
    expect([a.status, b.status].sort()).toEqual([200, 412]);
    expect(await eventCount(s.store)).toBe(before + 1);
  });

  it('without If-Match, racing commands on one dossier are decided one after the other', async () => {
    await post('/v1/offices/A/dossiers', receiveBody('E-3'));
    const rs = await Promise.all(
      Array.from({ length: 10 }, () => post('/v1/offices/A/dossiers/E-3/digitise', { what: 'papers' })),
    );
    expect(rs.map((r) => r.status)).toEqual(Array(10).fill(200));
    expect(new Set(rs.map((r) => r.json.revision)).size).toBe(10);
    // Only one of many concurrent resolutions can win; the rest meet the rule, not a server error.
    const res = await Promise.all(
      Array.from({ length: 5 }, () => post('/v1/offices/A/dossiers/E-3/resolve', { decision: 'refused' })),
    );
    expect(res.map((r) => r.status).sort()).toEqual([200, 409, 409, 409, 409]);
    expect(
      res
        .filter((r) => r.status === 409)
        .every((r) => r.json.code === 'ALREADY_RESOLVED' || r.json.code === 'DOSSIER_FINISHED'),
    ).toBe(true);
  });
});

describe('Idempotency-Key', () => {
  const headers = (key: string) => ({
    authorization: `Bearer ${KEYS.clerkA}`,
    'content-type': 'application/json',
    'idempotency-key': key,
  });

  it('returns the first response byte for byte and writes nothing on a retry', async () => {
    const body = JSON.stringify(receiveBody('I-1'));
    const first = await rawRequest(s.base, 'POST', '/v1/offices/A/dossiers', headers('key-I-1'), body);
    expect(first).toMatch(/^HTTP\/1\.1 201 /);
    const count = await eventCount(s.store);
    const second = await rawRequest(s.base, 'POST', '/v1/offices/A/dossiers', headers('key-I-1'), body);
    expect(withoutDate(second)).toBe(withoutDate(first));
    expect(await eventCount(s.store)).toBe(count);

    // A follow-up command too, and its retry after the dossier moved on still answers as the first time.
    const resolve = JSON.stringify({ decision: 'approved', at: '2024-01-15T11:00:00+07:00' });
    const r1 = await rawRequest(s.base, 'POST', '/v1/offices/A/dossiers/I-1/resolve', headers('key-I-1r'), resolve);
    expect(r1).toMatch(/^HTTP\/1\.1 200 /);
    expect(r1).toMatch(/etag: "1"/i);
    await post('/v1/offices/A/dossiers/I-1/digitise', { what: 'papers' });
    const r2 = await rawRequest(s.base, 'POST', '/v1/offices/A/dossiers/I-1/resolve', headers('key-I-1r'), resolve);
    expect(withoutDate(r2)).toBe(withoutDate(r1));
  });

  it('replays a refusal as a refusal, even after the state changed', async () => {
    const body = { decision: 'approved', at: '2024-01-15T11:00:00+07:00' };
    const first = await post('/v1/offices/A/dossiers/I-2/resolve', body, { 'idempotency-key': 'key-I-2' });
    expect(first.status).toBe(404);
    expect(first.json.code).toBe('DOSSIER_NOT_FOUND');
    await post('/v1/offices/A/dossiers', receiveBody('I-2'));
    const count = await eventCount(s.store);
    const retry = await post('/v1/offices/A/dossiers/I-2/resolve', body, { 'idempotency-key': 'key-I-2' });
    expect(retry.status).toBe(404);
    expect(retry.text).toBe(first.text);
    expect(await eventCount(s.store)).toBe(count);
  });

  it('refuses the same key with a different request, and scopes keys per caller', async () => {
    const a = await post('/v1/offices/A/dossiers', receiveBody('I-3'), { 'idempotency-key': 'key-I-3' });
    expect(a.status).toBe(201);
    const count = await eventCount(s.store);
    const other = await post('/v1/offices/A/dossiers', receiveBody('I-4'), { 'idempotency-key': 'key-I-3' });
    expect(other.status).toBe(422);
    expect(other.json.code).toBe('IDEMPOTENCY_KEY_REUSED');
    expect(await eventCount(s.store)).toBe(count);
    // Another caller's key space is its own.
    const admin = await post('/v1/offices/A/dossiers', receiveBody('I-4'), { 'idempotency-key': 'key-I-3' }, 'admin');
    expect(admin.status).toBe(201);
  });

  it('concurrent retries of one key write once and all get the same answer', async () => {
    const before = await eventCount(s.store);
    const rs = await Promise.all(
      Array.from({ length: 8 }, () =>
        post('/v1/offices/A/dossiers', receiveBody('I-5'), { 'idempotency-key': 'key-I-5' }),
      ),
    );
    expect(rs.map((r) => r.status)).toEqual(Array(8).fill(201));
    expect(new Set(rs.map((r) => r.text)).size).toBe(1);
    expect(await eventCount(s.store)).toBe(before + 1);
  });

  it('survives a restart: the stored response comes from the database', async () => {
    const { startTestServer: start } = await import('./server-helpers.js');
    const t = await start();
    const body = receiveBody('I-6');
    const first = await call(t.base, 'POST', '/v1/offices/A/dossiers', {
      who: 'clerkA',
      body,
      headers: { 'idempotency-key': 'key-I-6' },
    });
    expect(first.status).toBe(201);
    await t.app.close();
    const { openSqliteStore } = await import('@motcua/store');
    const { buildServer } = await import('@motcua/server');
    const { KEY_ENTRIES } = await import('./server-helpers.js');
    const store = openSqliteStore({ path: t.dbPath });
    const app = buildServer({ store, keys: KEY_ENTRIES, closeStore: true });
    await app.listen({ port: 0, host: '127.0.0.1' });
    const port = (app.server.address() as { port: number }).port;
    const again = await call(`http://127.0.0.1:${port}`, 'POST', '/v1/offices/A/dossiers', {
      who: 'clerkA',
      body,
      headers: { 'idempotency-key': 'key-I-6' },
    });
    expect(again.status).toBe(201);
    expect(again.text).toBe(first.text);
    expect(Number(store.db.prepare('SELECT COUNT(*) FROM events').pluck().get())).toBe(1);
    await app.close();
    await t.close();
  });
});

describe('bad input: 4xx problem+json, never 500, nothing written', () => {
  const big = 'x'.repeat(200 * 1024);
  const cases: Array<
    [string, { path?: string; raw?: string; body?: unknown; headers?: Record<string, string> }, number, string]
  > = [
    ['malformed JSON', { raw: '{"dossierCode": "B-1", ' }, 400, 'MALFORMED_JSON'],
    ['empty body', { raw: '' }, 400, 'MALFORMED_JSON'],
    ['a JSON array', { raw: '[1,2,3]' }, 400, 'VALIDATION_FAILED'],
    ['a JSON string', { raw: '"hello"' }, 400, 'VALIDATION_FAILED'],
    ['unknown channel', { body: receiveBody('B-1', { channel: 'fax' }) }, 400, 'VALIDATION_FAILED'],
    ['channel of the wrong type', { body: receiveBody('B-1', { channel: 3 }) }, 400, 'VALIDATION_FAILED'],
    ['receivedAt a number', { body: receiveBody('B-1', { receivedAt: 1705285800000 }) }, 400, 'VALIDATION_FAILED'],
    [
      'receivedAt without offset',
      { body: receiveBody('B-1', { receivedAt: '2024-01-15 08:30' }) },
      400,
      'VALIDATION_FAILED',
    ],
    [
      'receivedAt not a date',
      { body: receiveBody('B-1', { receivedAt: '2024-02-31T08:30:00+07:00' }) },
      400,
      'VALIDATION_FAILED',
    ],
    // A receipt without dossierCode is valid: the server generates the code (tests/dossier-codes.test.ts).
    ['dossier code with spaces', { body: receiveBody('B 1') }, 400, 'VALIDATION_FAILED'],
    ['an unknown key', { body: receiveBody('B-1', { applicantName: 'Nguyễn Văn A' }) }, 400, 'VALIDATION_FAILED'],
    ['prototype poisoning', { raw: '{"__proto__": {"x": 1}, "dossierCode": "B-1"}' }, 400, 'MALFORMED_JSON'],
    ['oversize body', { body: receiveBody('B-1', { field: big }) }, 413, 'PAYLOAD_TOO_LARGE'],
    [
      'text/plain body',
      { raw: 'dossierCode=B-1', headers: { 'content-type': 'text/plain' } },
      415,
      'UNSUPPORTED_MEDIA_TYPE',
    ],
    [
      'received in the future',
      { body: receiveBody('B-1', { receivedAt: '2099-01-01T08:00:00+07:00' }) },
      422,
      'RECEIVED_IN_FUTURE',
    ],
    ['unknown procedure', { body: receiveBody('B-1', { procedureCode: '9.999999' }) }, 422, 'UNKNOWN_PROCEDURE'],
    [
      'no procedure and no due date',
      { body: { dossierCode: 'B-1', channel: 'online', field: 'Đất đai', receivedAt: '2024-01-15T08:30:00+07:00' } },
      422,
      'INVALID_COMMAND',
    ],
    [
      'due before receipt',
      { body: receiveBody('B-1', { dueAt: '2024-01-14T08:30:00+07:00' }) },
      422,
      'INVALID_COMMAND',
    ],
    ['bad office code', { path: '/v1/offices/A%20B/dossiers', body: receiveBody('B-1') }, 400, 'VALIDATION_FAILED'],
    [
      'unknown dossier',
      { path: '/v1/offices/A/dossiers/NOPE/resolve', body: { decision: 'approved' } },
      404,
      'DOSSIER_NOT_FOUND',
    ],
    [
      'bad decision',
      { path: '/v1/offices/A/dossiers/E-1/resolve', body: { decision: 'maybe' } },
      400,
      'VALIDATION_FAILED',
    ],
    [
      'negative fee',
      { path: '/v1/offices/A/dossiers/E-1/payments', body: { method: 'online', amountVnd: -1 } },
      400,
      'VALIDATION_FAILED',
    ],
    [
      'fractional fee',
      { path: '/v1/offices/A/dossiers/E-1/payments', body: { method: 'online', amountVnd: 1.5 } },
      400,
      'VALIDATION_FAILED',
    ],
    [
      'score 6',
      { path: '/v1/offices/A/dossiers/E-1/rating', body: { score: 6, complaint: false } },
      400,
      'VALIDATION_FAILED',
    ],
    [
      'correction of an unknown event',
      { path: '/v1/offices/A/dossiers/E-1/corrections', body: { supersedes: 'nope', reason: 'x', replacement: null } },
      422,
      'CORRECTION_TARGET_UNKNOWN',
    ],
    ['unknown route', { path: '/v1/offices/A/dossiers/E-1/teleport', body: {} }, 404, 'NOT_FOUND'],
  ];
  it.each(cases)('%s', async (_name, c, status, code) => {
    const before = await eventCount(s.store);
    const r = await call(s.base, 'POST', c.path ?? '/v1/offices/A/dossiers', {
      who: 'admin',
      ...(c.raw !== undefined ? { raw: c.raw } : { body: c.body }),
      ...(c.headers ? { headers: c.headers } : {}),
    });
    expect(r.status, r.text).toBe(status);
    expect(r.headers.get('content-type')).toMatch(/^application\/problem\+json/);
    expect(r.json).toMatchObject({ status, code });
    expect(typeof r.json.title).toBe('string');
    expect(typeof r.json.detail).toBe('string');
    expect(r.json.type).toMatch(/^urn:motcua:problem:/);
    expect(r.json.instance).toBe((c.path ?? '/v1/offices/A/dossiers').split('?')[0]);
    expect(await eventCount(s.store)).toBe(before);
  });

  it('names the bad field', async () => {
    const r = await post('/v1/offices/A/dossiers', receiveBody('B-2', { channel: 'fax' }));
    expect(r.json.errors).toContainEqual(expect.objectContaining({ path: 'body.channel' }));
  });

  it('refuses control characters in a procedure code or applicant reference, naming the field, writing nothing', async () => {
    const before = await eventCount(s.store);
    for (const [field, value] of [
      ['procedureCode', '\u0000'],
      ['procedureCode', '1.001193\n'],
      ['applicantRef', 'ref\u001b[31m'],
    ] as const) {
      const r = await call(s.base, 'POST', '/v1/offices/A/dossiers', {
        who: 'clerkA',
        body: receiveBody(`CTRL-${field}`, { [field]: value, field: 'Hộ tịch' }),
      });
      expect(r.status, JSON.stringify(r.json)).toBe(400);
      expect(r.json.errors.map((e: { path: string }) => e.path)).toContain(`body.${field}`);
      expect(JSON.stringify(r.json)).toContain('không được chứa ký tự điều khiển');
    }
    expect(await eventCount(s.store)).toBe(before);
  });

  it('refuses lifecycle violations with stable codes', async () => {
    await post('/v1/offices/A/dossiers', receiveBody('L-1'));
    const dup = await post('/v1/offices/A/dossiers', receiveBody('L-1'));
    expect(dup.status).toBe(409);
    expect(dup.json.code).toBe('DOSSIER_ALREADY_EXISTS');
    const early = await post('/v1/offices/A/dossiers/L-1/return', {});
    expect(early.status).toBe(409);
    expect(early.json.code).toBe('NOT_RESOLVED');
    const before = await post('/v1/offices/A/dossiers/L-1/resolve', {
      decision: 'approved',
      at: '2024-01-01T08:00:00+07:00',
    });
    expect(before.status).toBe(422);
    expect(before.json.code).toBe('BEFORE_RECEIPT');
    await post('/v1/offices/A/dossiers/L-1/withdraw', { reason: 'rút' });
    const after = await post('/v1/offices/A/dossiers/L-1/resolve', { decision: 'approved' });
    expect(after.status).toBe(409);
    expect(after.json.code).toBe('DOSSIER_FINISHED');
  });
});

describe('group commit', () => {
  it('acknowledges many concurrent receipts, each written once with its own revision 0', async () => {
    const before = await eventCount(s.store);
    const n = 300;
    const rs = await Promise.all(
      Array.from({ length: n }, (_, i) => post('/v1/offices/A/dossiers', receiveBody(`GC-${i}`))),
    );
    expect(rs.every((r) => r.status === 201)).toBe(true);
    expect(new Set(rs.map((r) => r.json.position)).size).toBe(n);
    expect(await eventCount(s.store)).toBe(before + n);
    // Within the same batches, a duplicate is refused on its own without failing its neighbours.
    const mixed = await Promise.all([
      post('/v1/offices/A/dossiers', receiveBody('GC-0')),
      post('/v1/offices/A/dossiers', receiveBody('GC-new-1')),
      post('/v1/offices/A/dossiers', receiveBody('GC-new-2')),
    ]);
    expect(mixed.map((r) => r.status)).toEqual([409, 201, 201]);
    const report = await call(s.base, 'GET', '/v1/offices/A/reports/form06/cells/received.total?year=2024&quarter=1', {
      who: 'clerkA',
    });
    expect(report.json.dossiers).toContain('GC-299');
  });
});

describe('bad queries: 4xx problem+json, never 500', () => {
  const cases: Array<[string, number, string]> = [
    ['/v1/offices/A/reports/form06', 400, 'VALIDATION_FAILED'],
    ['/v1/offices/A/reports/form06?year=2024&quarter=5', 400, 'VALIDATION_FAILED'],
    ['/v1/offices/A/reports/form06?year=2024&quarter=1&month=2', 400, 'VALIDATION_FAILED'],
    ['/v1/offices/A/reports/form06?year=abc', 400, 'VALIDATION_FAILED'],
    ['/v1/offices/A/reports/form06?from=2024-01-01', 400, 'VALIDATION_FAILED'],
    ['/v1/offices/A/reports/form06?from=2024-02-30&to=2024-03-31', 400, 'VALIDATION_FAILED'],
    ['/v1/offices/A/reports/form06?from=2024-03-01&to=2024-02-01', 400, 'VALIDATION_FAILED'],
    ['/v1/offices/A/reports/form06?from=2024-01-01&to=2024-03-31&year=2024', 400, 'VALIDATION_FAILED'],
    ['/v1/offices/A/reports/form06?year=2024&convention=lunar', 400, 'VALIDATION_FAILED'],
    ['/v1/offices/A/reports/form06?year=2024&format=docx', 400, 'VALIDATION_FAILED'],
    ['/v1/offices/A/reports/form06?year=2024&knownAt=yesterday', 400, 'VALIDATION_FAILED'],
    ['/v1/offices/A/reports/form06?year=2024&knownAt=2024-99-99', 400, 'VALIDATION_FAILED'],
    ['/v1/offices/A/reports/form06/cells/received.everything?year=2024', 400, 'VALIDATION_FAILED'],
    ['/v1/offices/A/reports/form06/drill-down?year=2024', 400, 'VALIDATION_FAILED'],
    ['/v1/offices/A/dossiers/NOPE-9', 404, 'DOSSIER_NOT_FOUND'],
    ['/v1/offices/A/dossiers/NOPE-9/timeline', 404, 'DOSSIER_NOT_FOUND'],
    ['/v1/offices/A/dossiers/E-1?asOf=soon', 400, 'VALIDATION_FAILED'],
    ['/v1/units/NOPE/reports/form06?year=2024', 404, 'UNKNOWN_UNIT'],
    ['/v1/offices/A/events?after=x', 400, 'VALIDATION_FAILED'],
  ];
  it.each(cases)('GET %s', async (path, status, code) => {
    const r = await call(s.base, 'GET', path, { who: 'admin' });
    expect(r.status, r.text).toBe(status);
    expect(r.headers.get('content-type')).toMatch(/^application\/problem\+json/);
    expect(r.json.code).toBe(code);
  });
});
