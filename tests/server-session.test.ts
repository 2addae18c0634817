// GET /v1/me tells the dashboard a key's role and offices (what to offer), and the calendar routes give the
// due date a receipt would get and a dossier's working time left, from the server's own calendar.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { call, receiveBody, startTestServer, type TestServer } from './server-helpers.js';

let s: TestServer;
beforeAll(async () => {
  s = await startTestServer();
});
afterAll(async () => s.close());

describe('GET /v1/me', () => {
  it("says each key's role, offices and what it may do, and never the key", async () => {
    const clerk = await call(s.base, 'GET', '/v1/me', { who: 'clerkA' });
    expect(clerk.status).toBe(200);
    expect(clerk.json).toEqual({
      name: 'clerk-a',
      role: 'clerk',
      allOffices: false,
      offices: ['A'],
      may: { write: true, timeTravel: false, verify: false },
    });
    expect(clerk.text).not.toContain('0123456789abcdef');
    const auditor = await call(s.base, 'GET', '/v1/me', { who: 'auditorA' });
    expect(auditor.json.may).toEqual({ write: false, timeTravel: true, verify: true });
    const admin = await call(s.base, 'GET', '/v1/me', { who: 'admin' });
    expect(admin.json).toMatchObject({ role: 'admin', allOffices: true, offices: [] });
    expect((await call(s.base, 'GET', '/v1/me')).status).toBe(401);
  });
});

describe('the calendar routes', () => {
  it('give the due date the receipt then gets, before saving', async () => {
    const receivedAt = '2024-01-15T08:30:00+07:00';
    const q = `procedureCode=1.001193&receivedAt=${encodeURIComponent(receivedAt)}`;
    const due = await call(s.base, 'GET', `/v1/offices/A/due-date?${q}`, { who: 'clerkA' });
    expect(due.status).toBe(200);
    expect(due.json.procedureCode).toBe('1.001193');
    const saved = await call(s.base, 'POST', '/v1/offices/A/dossiers', {
      who: 'clerkA',
      body: receiveBody('DUE-1', { receivedAt }),
    });
    expect(saved.status).toBe(201);
    expect(due.json.dueAt).toBe(saved.json.dueAt);
    expect(due.json.dueProvisional).toBe(saved.json.dueProvisional);
  });

  it('refuse an unknown procedure in Vietnamese, and an office the key does not cover', async () => {
    const unknown = await call(
      s.base,
      'GET',
      '/v1/offices/A/due-date?procedureCode=9.999&receivedAt=2024-01-15T08:30:00%2B07:00',
      { who: 'clerkA' },
    );
    expect(unknown.status).toBe(404);
    expect(unknown.json.detail).toContain('không có trong danh mục');
    const other = await call(
      s.base,
      'GET',
      '/v1/offices/B/due-date?procedureCode=1.001193&receivedAt=2024-01-15T08:30:00%2B07:00',
      { who: 'clerkA' },
    );
    expect(other.status).toBe(403);
  });

  it('count working time: a weekend adds nothing', async () => {
    const from = encodeURIComponent('2024-01-19T16:00:00+07:00'); // Friday, one hour before closing
    const to = encodeURIComponent('2024-01-22T08:00:00+07:00'); // Monday, one hour after opening
    const r = await call(s.base, 'GET', `/v1/calendar/working-time?from=${from}&to=${to}`, { who: 'leaderA' });
    expect(r.status).toBe(200);
    expect(r.json.workingMs).toBe(2 * 3600_000);
    expect(r.json.workingMsPerDay).toBe(8 * 3600_000);
  });
});
