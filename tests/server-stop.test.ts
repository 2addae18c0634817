// The stop notice over HTTP: POST /v1/offices/{office}/dossiers/{code}/stop, with the conventions of
// the other command routes (ETag, If-Match, Idempotency-Key, problem details in Vietnamese by default),
// and what it does to the dossier, its timeline and Biểu 06.
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
const receive2025 = (code: string) =>
  post('/v1/offices/A/dossiers', receiveBody(code, { receivedAt: '2025-07-15T08:30:00+07:00' }));
const STOP = { reason: 'Quá hạn bổ sung hồ sơ', at: '2025-07-18T10:00:00+07:00' };

describe('POST /v1/offices/{office}/dossiers/{code}/stop', () => {
  it('finishes a dossier received under the 2025 rules: 200, ETag, the event, the dossier and Biểu 06', async () => {
    expect((await receive2025('ST-1')).status).toBe(201);
    const r = await post('/v1/offices/A/dossiers/ST-1/stop', STOP, { 'if-match': '"0"' });
    expect(r.status).toBe(200);
    expect(r.headers.get('etag')).toBe('"1"');
    expect(r.json.events).toEqual([expect.objectContaining({ type: 'ProcessingStopped', occurredAt: STOP.at })]);
    const view = await call(s.base, 'GET', '/v1/offices/A/dossiers/ST-1', { who: 'clerkA' });
    expect(view.json).toMatchObject({ status: 'finished', finished: { type: 'ProcessingStopped' } });
    const timeline = await call(s.base, 'GET', '/v1/offices/A/dossiers/ST-1/timeline', { who: 'clerkA' });
    expect(JSON.stringify(timeline.json)).toContain('"ProcessingStopped"');
    const report = await call(s.base, 'GET', '/v1/offices/A/reports/form06?from=2025-07-01&to=2025-09-30', {
      who: 'clerkA',
    });
    expect(report.status).toBe(200);
    expect(report.json.total).toMatchObject({ resolved: { total: 1, onTime: 1 }, withdrawnOrReturned: 1 });
    expect(report.json.ruleSets).toEqual([
      expect.objectContaining({ id: 'nd118-2025', dossiers: 1, validFrom: '2025-07-01' }),
    ]);
  });

  it('refuses a dossier received under Nghị định 61/2018: 422 RULE_NOT_IN_FORCE in Vietnamese, nothing written', async () => {
    expect((await post('/v1/offices/A/dossiers', receiveBody('ST-2'))).status).toBe(201);
    const before = await eventCount(s.store);
    const r = await post('/v1/offices/A/dossiers/ST-2/stop', { reason: 'x', at: '2024-01-16T10:00:00+07:00' });
    expect(r.status).toBe(422);
    expect(r.headers.get('content-type')).toMatch(/^application\/problem\+json/);
    expect(r.json).toMatchObject({ status: 422, code: 'RULE_NOT_IN_FORCE' });
    expect(r.json.detail).toContain('Nghị định 118/2025/NĐ-CP');
    expect(await eventCount(s.store)).toBe(before);
    const en = await post(
      '/v1/offices/A/dossiers/ST-2/stop',
      { reason: 'x', at: '2024-01-16T10:00:00+07:00' },
      { 'accept-language': 'en' },
    );
    expect(en.json.detail).toContain('Decree 118/2025');
  });

  it('refuses a second finish (409 DOSSIER_FINISHED) and a missing reason (400), writing nothing', async () => {
    await receive2025('ST-3');
    expect((await post('/v1/offices/A/dossiers/ST-3/stop', STOP)).status).toBe(200);
    const before = await eventCount(s.store);
    const again = await post('/v1/offices/A/dossiers/ST-3/stop', STOP);
    expect(again.status).toBe(409);
    expect(again.json.code).toBe('DOSSIER_FINISHED');
    await receive2025('ST-4');
    const after = await eventCount(s.store);
    const bad = await post('/v1/offices/A/dossiers/ST-4/stop', { at: STOP.at });
    expect(bad.status).toBe(400);
    expect(JSON.stringify(bad.json)).toContain('reason');
    expect(await eventCount(s.store)).toBe(after);
    expect(after).toBe(before + 1);
  });

  it('replays an Idempotency-Key retry byte for byte and writes once', async () => {
    await receive2025('ST-5');
    const before = await eventCount(s.store);
    const key = { 'idempotency-key': 'stop-ST-5' };
    const a = await post('/v1/offices/A/dossiers/ST-5/stop', STOP, key);
    const b = await post('/v1/offices/A/dossiers/ST-5/stop', STOP, key);
    expect(a.status).toBe(200);
    expect(b.status).toBe(200);
    expect(b.text).toBe(a.text);
    expect(await eventCount(s.store)).toBe(before + 1);
  });
});
