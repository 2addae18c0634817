// GET …/reports/form06/changes: the report as known at knownAt against as known now (or at against), per
// changed cell both numbers and the dossiers that moved, each with the events recorded after knownAt.
import { setTimeout as sleep } from 'node:timers/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { call, type KeyName, receiveBody, startTestServer, type TestServer } from './server-helpers.js';

let s: TestServer;
let t1 = '';
let t2 = '';
const period = 'from=2024-01-01&to=2024-03-31';
const post = (path: string, body: unknown) => call(s.base, 'POST', path, { who: 'clerkA', body });
const get = (path: string, who: KeyName = 'auditorA') => call(s.base, 'GET', path, { who });
/** A moment strictly after everything recorded so far, and strictly before anything recorded next. */
const mark = async () => {
  await sleep(5);
  const t = new Date().toISOString();
  await sleep(5);
  return t;
};
const enc = encodeURIComponent;

beforeAll(async () => {
  s = await startTestServer();
  const ok = async (p: Promise<{ status: number; json: unknown }>) => {
    const r = await p;
    expect(r.status, JSON.stringify(r.json)).toBeLessThan(300);
  };
  await ok(
    post(
      '/v1/offices/A/dossiers',
      receiveBody('C-1', { receivedAt: '2024-01-10T08:00:00+07:00', dueAt: '2024-01-12T17:00:00+07:00' }),
    ),
  );
  await ok(post('/v1/offices/A/dossiers/C-1/resolve', { decision: 'approved', at: '2024-01-11T08:00:00+07:00' }));
  await ok(post('/v1/offices/A/dossiers/C-1/return', { at: '2024-01-11T09:00:00+07:00' }));
  await ok(
    post(
      '/v1/offices/A/dossiers',
      receiveBody('C-2', { receivedAt: '2024-01-15T08:00:00+07:00', dueAt: '2024-01-16T17:00:00+07:00' }),
    ),
  );
  t1 = await mark();
  // Late entries: C-2 was in fact resolved and returned late; C-3 was received in January but entered now.
  await ok(post('/v1/offices/A/dossiers/C-2/resolve', { decision: 'approved', at: '2024-01-20T08:00:00+07:00' }));
  await ok(post('/v1/offices/A/dossiers/C-2/return', { at: '2024-01-20T09:00:00+07:00' }));
  t2 = await mark();
  await ok(
    post(
      '/v1/offices/A/dossiers',
      receiveBody('C-3', { receivedAt: '2024-01-05T08:00:00+07:00', dueAt: '2024-01-08T17:00:00+07:00' }),
    ),
  );
});
afterAll(() => s.close());

type Cell = {
  field: string;
  cell: string;
  before: number;
  after: number;
  dossiers: {
    office: string;
    code: string;
    before: boolean;
    after: boolean;
    events: { type: string; recordedAt: string; position: string; occurredAt: string }[];
  }[];
};
const cellOf = (cells: Cell[], cell: string, field = '') => cells.find((c) => c.cell === cell && c.field === field);
const numberAt = (report: Record<string, unknown>, cell: string): number =>
  cell.split('.').reduce<unknown>((o, k) => (o as Record<string, unknown>)[k], report) as number;

describe('changes of an office report', () => {
  it('lists each changed cell with both numbers and the dossiers that moved, with the events that moved them', async () => {
    const r = await get(`/v1/offices/A/reports/form06/changes?${period}&knownAt=${enc(t1)}`);
    expect(r.status, r.text).toBe(200);
    expect(r.json).toMatchObject({
      office: 'A',
      offices: ['A'],
      period: { from: '2024-01-01', to: '2024-03-31' },
      knownAt: t1,
      against: null,
    });
    const cells: Cell[] = r.json.cells;

    const received = cellOf(cells, 'received.total')!;
    expect(received).toMatchObject({ before: 2, after: 3 });
    expect(received.dossiers).toHaveLength(1);
    expect(received.dossiers[0]).toMatchObject({ office: 'A', code: 'C-3', before: false, after: true });
    expect(received.dossiers[0]!.events.map((e) => e.type)).toEqual(['DossierReceived']);

    const late = cellOf(cells, 'resolved.late')!;
    expect(late).toMatchObject({ before: 0, after: 1 });
    expect(late.dossiers.map((d) => d.code)).toEqual(['C-2']);
    const events = late.dossiers[0]!.events;
    expect(events.map((e) => e.type)).toEqual(['DossierResolved', 'ResultReturned']);
    for (const e of events) {
      expect(e.recordedAt > t1).toBe(true);
      expect(e.position).toMatch(/^\d+$/);
    }
    expect(events[1]!.occurredAt).toBe('2024-01-20T09:00:00+07:00');

    // The same number before and after, but not the same dossiers: C-2 left, C-3 came.
    const pending = cellOf(cells, 'pending.total')!;
    expect(pending).toMatchObject({ before: 1, after: 1 });
    expect(pending.dossiers.map((d) => [d.code, d.before, d.after])).toEqual([
      ['C-2', true, false],
      ['C-3', false, true],
    ]);
    // Field rows too; an unchanged cell is not listed.
    expect(cellOf(cells, 'resolved.late', 'Hộ tịch')).toMatchObject({ before: 0, after: 1 });
    expect(cellOf(cells, 'resolved.early')).toBeUndefined();
    expect(cellOf(cells, 'received.direct')).toBeUndefined();

    // Both numbers are the report's, as printed then and now.
    const then = (await get(`/v1/offices/A/reports/form06?${period}&knownAt=${enc(t1)}`)).json;
    const now = (await get(`/v1/offices/A/reports/form06?${period}`)).json;
    for (const c of cells.filter((x) => x.field === '')) {
      expect([c.before, c.after], c.cell).toEqual([numberAt(then.total, c.cell), numberAt(now.total, c.cell)]);
    }
  });

  it('compares with the report as known at against, not now', async () => {
    const r = await get(`/v1/offices/A/reports/form06/changes?${period}&knownAt=${enc(t1)}&against=${enc(t2)}`);
    expect(r.status).toBe(200);
    expect(r.json.against).toBe(t2);
    const cells: Cell[] = r.json.cells;
    expect(cellOf(cells, 'received.total')).toBeUndefined();
    expect(cellOf(cells, 'pending.total')).toMatchObject({ before: 1, after: 0 });
    expect(cellOf(cells, 'resolved.late')?.dossiers[0]?.events).toHaveLength(2);
    const none = await get(`/v1/offices/A/reports/form06/changes?${period}&knownAt=${enc(t2)}&against=${enc(t2)}`);
    expect(none.json.cells).toEqual([]);
  });

  it('refuses against before knownAt, a missing knownAt, and time travel by a leader', async () => {
    const backwards = await get(`/v1/offices/A/reports/form06/changes?${period}&knownAt=${enc(t2)}&against=${enc(t1)}`);
    expect(backwards.status).toBe(400);
    expect(backwards.json.errors[0].path).toBe('querystring.against');
    const missing = await get(`/v1/offices/A/reports/form06/changes?${period}`);
    expect(missing.status).toBe(400);
    const leader = await get(`/v1/offices/A/reports/form06/changes?${period}&knownAt=${enc(t1)}`, 'leaderA');
    expect(leader.status).toBe(403);
    expect(leader.json.code).toBe('TIME_TRAVEL_FORBIDDEN');
  });

  it('is 404 with a problem for an unknown office or unit', async () => {
    const office = await get(`/v1/offices/NOPE/reports/form06/changes?${period}&knownAt=${enc(t1)}`, 'admin');
    expect(office.status).toBe(404);
    expect(office.json.code).toBe('UNKNOWN_OFFICE');
    const unit = await get(`/v1/units/NOPE/reports/form06/changes?${period}&knownAt=${enc(t1)}`, 'admin');
    expect(unit.status).toBe(404);
    expect(unit.json.code).toBe('UNKNOWN_UNIT');
  });
});

describe('changes of a unit roll-up', () => {
  it('covers every office below the unit', async () => {
    const r = await get(`/v1/units/D1/reports/form06/changes?${period}&knownAt=${enc(t1)}`, 'admin');
    expect(r.status).toBe(200);
    expect(r.json).toMatchObject({ office: 'D1', offices: ['A', 'B'] });
    expect(cellOf(r.json.cells, 'resolved.late')!.dossiers.map((d) => `${d.office}/${d.code}`)).toEqual(['A/C-2']);
    const forbidden = await get(`/v1/units/D1/reports/form06/changes?${period}&knownAt=${enc(t1)}`, 'auditorA');
    expect(forbidden.status).toBe(403);
  });
});

describe('a correction recorded after knownAt', () => {
  let c: TestServer;
  beforeAll(async () => {
    c = await startTestServer();
  });
  afterAll(() => c.close());

  it('moves its dossier between cells, and is the event listed', async () => {
    const send = (path: string, body: unknown) => call(c.base, 'POST', path, { who: 'clerkA', body });
    const opened = receiveBody('K-1', { receivedAt: '2024-02-01T08:00:00+07:00', dueAt: '2024-02-05T17:00:00+07:00' });
    expect((await send('/v1/offices/A/dossiers', opened)).status).toBe(201);
    expect(
      (await send('/v1/offices/A/dossiers/K-1/resolve', { decision: 'approved', at: '2024-02-02T08:00:00+07:00' }))
        .status,
    ).toBe(200);
    expect((await send('/v1/offices/A/dossiers/K-1/return', { at: '2024-02-02T09:00:00+07:00' })).status).toBe(200);
    const knownAt = await mark();
    // The result was in fact returned a week late: the return is corrected, not rewritten.
    const timeline = await call(c.base, 'GET', '/v1/offices/A/dossiers/K-1/timeline', { who: 'clerkA' });
    const returned = timeline.json.timeline.find((e: { type: string }) => e.type === 'ResultReturned');
    const corrected = await send('/v1/offices/A/dossiers/K-1/corrections', {
      supersedes: returned.eventId,
      reason: 'nhập sai ngày trả',
      replacement: { type: 'ResultReturned', occurredAt: '2024-02-09T09:00:00+07:00', data: returned.data },
    });
    expect(corrected.status, corrected.text).toBe(200);

    const r = await call(c.base, 'GET', `/v1/offices/A/reports/form06/changes?${period}&knownAt=${enc(knownAt)}`, {
      who: 'admin',
    });
    expect(r.status).toBe(200);
    const cells: Cell[] = r.json.cells;
    expect(cells.filter((x) => x.field === '').map((x) => [x.cell, x.before, x.after])).toEqual([
      ['resolved.early', 1, 0],
      ['resolved.late', 0, 1],
    ]);
    const moved = cellOf(cells, 'resolved.late')?.dossiers[0];
    expect(moved).toMatchObject({ code: 'K-1', before: false, after: true });
    expect(moved?.events.map((e) => e.type)).toEqual(['EventCorrected']);
  });
});
