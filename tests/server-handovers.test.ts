// POST /v1/offices/{office}/dossiers/{code}/handovers over a real server and SQLite file (issue 15, item 1):
// recorded with ETag, refused with problem details and nothing written, replayed by Idempotency-Key.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { call, eventCount, receiveBody, startTestServer, type TestServer } from './server-helpers.js';

let s: TestServer;
beforeAll(async () => {
  s = await startTestServer();
});
afterAll(async () => {
  await s.close();
});

const post = (path: string, body: unknown, headers: Record<string, string> = {}) =>
  call(s.base, 'POST', path, { who: 'clerkA', body, headers });
const step = (at: string, extra: Record<string, unknown> = {}) => ({
  fromUnit: 'Bộ phận một cửa',
  giver: 'cb.motcua',
  toUnit: 'Công chức Tư pháp - Hộ tịch',
  receiver: 'cb.tuphap',
  stepDueAt: '2024-01-17T17:00:00+07:00',
  at,
  ...extra,
});

describe('POST …/handovers', () => {
  it('records a hand-over as DossierHandedOver, with the revision as ETag and If-Match honoured', async () => {
    expect((await post('/v1/offices/A/dossiers', receiveBody('HO-1'))).status).toBe(201);
    const r = await post('/v1/offices/A/dossiers/HO-1/handovers', step('2024-01-15T09:00:00+07:00'), {
      'if-match': '"0"',
    });
    expect(r.status).toBe(200);
    expect(r.headers.get('etag')).toBe('"1"');
    expect(r.json.events).toEqual([
      expect.objectContaining({ type: 'DossierHandedOver', occurredAt: '2024-01-15T09:00:00+07:00' }),
    ]);
    const stale = await post('/v1/offices/A/dossiers/HO-1/handovers', step('2024-01-15T10:00:00+07:00'), {
      'if-match': '"0"',
    });
    expect(stale.status).toBe(412);
  });

  it('refuses a step out of order with 422 HANDOVER_OUT_OF_ORDER, in Vietnamese by default, writing nothing', async () => {
    const before = await eventCount(s.store);
    const r = await post('/v1/offices/A/dossiers/HO-1/handovers', step('2024-01-15T08:45:00+07:00'));
    expect(r.status).toBe(422);
    expect(r.headers.get('content-type')).toMatch(/^application\/problem\+json/);
    expect(r.json.code).toBe('HANDOVER_OUT_OF_ORDER');
    expect(r.json.detail).toContain('trước lần chuyển giao trước đó');
    expect(await eventCount(s.store)).toBe(before);
  });

  it('refuses a hand-over before receipt (422), of an unknown dossier (404), and a missing receiver (400)', async () => {
    const early = await post('/v1/offices/A/dossiers/HO-1/handovers', step('2024-01-15T08:00:00+07:00'));
    expect([early.status, early.json.code]).toEqual([422, 'BEFORE_RECEIPT']);
    const none = await post('/v1/offices/A/dossiers/NOPE/handovers', step('2024-01-15T09:00:00+07:00'));
    expect(none.status).toBe(404);
    const { receiver: _omitted, ...noReceiver } = step('2024-01-15T11:00:00+07:00');
    const bad = await post('/v1/offices/A/dossiers/HO-1/handovers', noReceiver);
    expect(bad.status).toBe(400);
    expect(JSON.stringify(bad.json.errors)).toContain('receiver');
  });

  it('refuses a hand-over of a finished dossier with 409', async () => {
    expect((await post('/v1/offices/A/dossiers', receiveBody('HO-2'))).status).toBe(201);
    expect((await post('/v1/offices/A/dossiers/HO-2/withdraw', { at: '2024-01-15T09:00:00+07:00' })).status).toBe(200);
    const r = await post('/v1/offices/A/dossiers/HO-2/handovers', step('2024-01-15T10:00:00+07:00'));
    expect([r.status, r.json.code]).toEqual([409, 'DOSSIER_FINISHED']);
  });

  it('replays a retry with the same Idempotency-Key byte for byte and writes once', async () => {
    expect((await post('/v1/offices/A/dossiers', receiveBody('HO-3'))).status).toBe(201);
    const body = step('2024-01-15T09:30:00+07:00');
    const key = { 'idempotency-key': 'ho-3-step-1' };
    const first = await post('/v1/offices/A/dossiers/HO-3/handovers', body, key);
    const before = await eventCount(s.store);
    const again = await post('/v1/offices/A/dossiers/HO-3/handovers', body, key);
    expect(first.status).toBe(200);
    expect(again.text).toBe(first.text);
    expect(await eventCount(s.store)).toBe(before);
  });
});
