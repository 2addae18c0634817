// The browser's reads: GET /v1/offices (what a key may see) and the work list GET /v1/offices/{office}/dossiers
// (filters, statuses against a fixed "now", due-date order, a signed cursor that survives writes between
// pages and refuses tampering), on a real server over a SQLite file.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { call, type KeyName, receiveBody, startTestServer, type TestServer } from './server-helpers.js';

// A Monday morning in office time: the instant every status below is measured against.
const NOW = '2024-03-11T09:00:00+07:00';
let s: TestServer;

const post = (path: string, body: unknown, who: KeyName = 'clerkA') => call(s.base, 'POST', path, { who, body });
const list = (query = '', who: KeyName = 'clerkA', office = 'A') =>
  call(s.base, 'GET', `/v1/offices/${office}/dossiers${query ? `?${query}` : ''}`, { who });
const codes = (r: { json: { items: { code: string }[] } }) => r.json.items.map((i) => i.code);

beforeAll(async () => {
  s = await startTestServer({ now: () => new Date(NOW), allowNewOffices: true });
  const receive = async (code: string, receivedAt: string, dueAt: string, extra: Record<string, unknown> = {}) => {
    const r = await post('/v1/offices/A/dossiers', receiveBody(code, { receivedAt, dueAt, ...extra }));
    expect(r.status, JSON.stringify(r.json)).toBe(201);
  };
  await receive('W-1', '2024-03-01T08:00:00+07:00', '2024-03-05T17:00:00+07:00');
  await receive('W-2', '2024-03-08T08:00:00+07:00', '2024-03-11T16:00:00+07:00');
  await receive('W-3', '2024-03-08T09:00:00+07:00', '2024-03-20T17:00:00+07:00');
  await receive('W-4', '2024-03-04T08:00:00+07:00', '2024-03-08T17:00:00+07:00');
  const sup = await post('/v1/offices/A/dossiers/W-4/supplement-requests', {
    reason: 'thiếu giấy',
    at: '2024-03-06T10:00:00+07:00',
  });
  expect(sup.status).toBe(200);
  await receive('W-5', '2024-03-04T08:00:00+07:00', '2024-03-25T17:00:00+07:00', {
    channel: 'direct',
    field: 'Chứng thực',
    procedureCode: undefined,
  });
  expect(
    (await post('/v1/offices/A/dossiers/W-5/resolve', { decision: 'approved', at: '2024-03-07T09:00:00+07:00' }))
      .status,
  ).toBe(200);
  expect((await post('/v1/offices/A/dossiers/W-5/return', { at: '2024-03-07T10:00:00+07:00' })).status).toBe(200);
  await receive('W-6', '2024-03-05T08:00:00+07:00', '2024-03-12T17:00:00+07:00');
  expect((await post('/v1/offices/A/dossiers/W-6/withdraw', { at: '2024-03-06T08:00:00+07:00' })).status).toBe(200);
  // Another office's dossier, and one of an office the units catalogue does not name.
  expect((await post('/v1/offices/B/dossiers', receiveBody('B-1'), 'clerkB')).status).toBe(201);
  expect((await post('/v1/offices/ZNEW/dossiers', receiveBody('Z-1'), 'admin')).status).toBe(201);
});
afterAll(() => s.close());

describe('GET /v1/offices', () => {
  it('lists only the offices a key covers, named from the units catalogue', async () => {
    const clerk = await call(s.base, 'GET', '/v1/offices', { who: 'clerkA' });
    expect(clerk.status).toBe(200);
    expect(clerk.json).toEqual({ offices: [{ code: 'A', name: 'Xã A', unit: 'D1' }] });
    const district = await call(s.base, 'GET', '/v1/offices', { who: 'leaderDistrict' });
    expect(district.json.offices.map((o: { code: string }) => o.code)).toEqual(['A', 'B']);
    const admin = await call(s.base, 'GET', '/v1/offices', { who: 'admin' });
    expect(admin.json.offices).toEqual([
      { code: 'A', name: 'Xã A', unit: 'D1' },
      { code: 'B', name: 'Xã B', unit: 'D1' },
      { code: 'C', name: 'Xã C', unit: 'D2' },
      { code: 'ZNEW', name: null, unit: null },
    ]);
  });

  it('needs a key', async () => {
    const r = await call(s.base, 'GET', '/v1/offices');
    expect(r.status).toBe(401);
    expect(r.headers.get('content-type')).toContain('application/problem+json');
  });
});

describe('GET /v1/offices/{office}/dossiers', () => {
  it('lists the open dossiers by default, by due date, each with its status and working time left', async () => {
    const r = await list();
    expect(r.status).toBe(200);
    expect(r.json).toMatchObject({ office: 'A', status: 'open', total: 4, nextCursor: null, knownAt: null });
    expect(r.json.at).toBe(new Date(NOW).toISOString());
    expect(codes(r)).toEqual(['W-1', 'W-4', 'W-2', 'W-3']);
    const [w1, w4, w2, w3] = r.json.items;
    expect(w1).toMatchObject({
      status: 'overdue',
      field: 'Hộ tịch',
      channel: 'online',
      dueAt: '2024-03-05T17:00:00+07:00',
    });
    expect(w1.workingHoursLeft).toBeLessThan(0);
    expect(w4).toMatchObject({ status: 'awaiting-supplement', workingMsLeft: null });
    // 09:00 → 11:30 and 13:30 → 16:00: five working hours.
    expect(w2).toMatchObject({ status: 'due-soon', workingMsLeft: 5 * 3_600_000, workingHoursLeft: 5 });
    expect(w3.status).toBe('within-deadline');
    expect(w3.receivedAt).toBe('2024-03-08T09:00:00+07:00');
  });

  it('filters by each status', async () => {
    const by = async (status: string) => codes(await list(`status=${status}`));
    expect(await by('overdue')).toEqual(['W-1']);
    expect(await by('due-soon')).toEqual(['W-2']);
    expect(await by('awaiting-supplement')).toEqual(['W-4']);
    expect(await by('within-deadline')).toEqual(['W-4', 'W-2', 'W-3']);
    expect(await by('resolved')).toEqual(['W-5']);
    expect(await by('finished')).toEqual(['W-6', 'W-5']);
    expect(await by('all')).toEqual(['W-1', 'W-4', 'W-2', 'W-6', 'W-3', 'W-5']);
    const resolved = await list('status=resolved');
    expect(resolved.json.items[0]).toMatchObject({ status: 'resolved', finishedAt: '2024-03-07T10:00:00+07:00' });
    expect(codes(await list('status=due-soon&dueWithinHours=100'))).toEqual(['W-2', 'W-3']);
  });

  it('filters by field, channel, due date and code prefix', async () => {
    expect(codes(await list(`status=all&field=${encodeURIComponent('Chứng thực')}`))).toEqual(['W-5']);
    expect(codes(await list('status=all&channel=direct'))).toEqual(['W-5']);
    expect(codes(await list('channel=online&dueBefore=2024-03-08'))).toEqual(['W-1', 'W-4']);
    expect(codes(await list('dueBefore=2024-03-05T16:59:00%2B07:00'))).toEqual([]);
    expect(codes(await list('status=all&q=w-5'))).toEqual(['W-5']);
  });

  it('pages with a cursor that keeps the first page’s view while others write', async () => {
    const first = await list('limit=2');
    expect(codes(first)).toEqual(['W-1', 'W-4']);
    expect(first.json.nextCursor).toEqual(expect.any(String));
    // Written between the pages: one due before every listed dossier, one among the next page's.
    for (const [code, due] of [
      ['W-0', '2024-03-01T17:00:00+07:00'],
      ['W-25', '2024-03-12T17:00:00+07:00'],
    ] as const) {
      const r = await post(
        '/v1/offices/A/dossiers',
        receiveBody(code, { receivedAt: '2024-03-01T08:00:00+07:00', dueAt: due }),
      );
      expect(r.status).toBe(201);
    }
    const second = await list(`limit=2&cursor=${encodeURIComponent(first.json.nextCursor)}`);
    expect(second.status).toBe(200);
    expect(codes(second)).toEqual(['W-2', 'W-3']);
    expect(second.json.total).toBe(4);
    expect(second.json.nextCursor).toBeNull();
    // A fresh first page sees them.
    expect(codes(await list())).toEqual(['W-0', 'W-1', 'W-4', 'W-2', 'W-25', 'W-3']);
  });

  it('refuses an altered cursor, or one sent with other filters, with a 400 problem', async () => {
    const first = await list('limit=1');
    const cursor: string = first.json.nextCursor;
    const [body, sig] = cursor.split('.') as [string, string];
    const payload = JSON.parse(Buffer.from(body, 'base64url').toString('utf8'));
    const forged = `${Buffer.from(JSON.stringify({ ...payload, code: 'W-3' })).toString('base64url')}.${sig}`;
    for (const bad of [forged, `${cursor.slice(0, -2)}AA`, 'not-a-cursor']) {
      const r = await list(`limit=1&cursor=${encodeURIComponent(bad)}`);
      expect(r.status, bad).toBe(400);
      expect(r.headers.get('content-type')).toContain('application/problem+json');
      expect(r.json.errors[0].path).toBe('querystring.cursor');
      expect(r.json.detail).toContain('cursor không hợp lệ');
    }
    const otherFilters = await list(`limit=1&status=all&cursor=${encodeURIComponent(cursor)}`);
    expect(otherFilters.status).toBe(400);
  });

  it('honours knownAt for auditors only', async () => {
    const forbidden = await list('knownAt=2024-01-01', 'leaderA');
    expect(forbidden.status).toBe(403);
    expect(forbidden.json.code).toBe('TIME_TRAVEL_FORBIDDEN');
    const before = await list('knownAt=2024-01-01', 'auditorA');
    expect(before.status).toBe(200);
    expect(before.json).toMatchObject({ total: 0, items: [], knownAt: '2024-01-01' });
    const now = await list(`status=all&knownAt=${encodeURIComponent(new Date().toISOString())}`, 'auditorA');
    expect(now.json.total).toBe(8);
  });

  it('is scoped to the key and 404 for an unknown office', async () => {
    expect((await list('', 'clerkB')).status).toBe(403);
    const b = await list('status=all', 'clerkB', 'B');
    expect(codes(b)).toEqual(['B-1']);
    const unknown = await list('', 'admin', 'NOPE');
    expect(unknown.status).toBe(404);
    expect(unknown.json.code).toBe('UNKNOWN_OFFICE');
    expect(unknown.headers.get('content-type')).toContain('application/problem+json');
  });

  it('refuses a bad status or limit naming the parameter', async () => {
    const r = await list('status=late&limit=0');
    expect(r.status).toBe(400);
    const paths = r.json.errors.map((e: { path: string }) => e.path);
    expect(paths).toEqual(expect.arrayContaining(['querystring.status', 'querystring.limit']));
  });
});
