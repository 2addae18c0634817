// The 766 scorecard from a real server: an office and a unit, outside facts in a POST body, a complaint
// counted against satisfaction, the ledger figures the indicators route's own, a bad input a 400 by name.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { call, receiveBody, startTestServer, type TestServer } from './server-helpers.js';

let s: TestServer;
beforeAll(async () => {
  s = await startTestServer();
  for (const [office, code, who] of [
    ['A', 'SC-1', 'clerkA'],
    ['A', 'SC-2', 'clerkA'],
    ['B', 'SC-3', 'clerkB'],
  ] as const) {
    const r = await call(s.base, 'POST', `/v1/offices/${office}/dossiers`, {
      who,
      body: receiveBody(code, { receivedAt: '2024-01-15T08:30:00+07:00' }),
    });
    expect(r.status, r.text).toBe(201);
    // Returned the next day: early, so only a complaint can count against satisfaction.
    for (const [step, body] of [
      ['resolve', { decision: 'approved', at: '2024-01-16T08:00:00+07:00' }],
      ['return', { at: '2024-01-16T09:00:00+07:00' }],
    ] as const) {
      const w = await call(s.base, 'POST', `/v1/offices/${office}/dossiers/${code}/${step}`, { who, body });
      expect(w.status, w.text).toBe(200);
    }
  }
  const rated = await call(s.base, 'POST', '/v1/offices/A/dossiers/SC-2/rating', {
    who: 'clerkA',
    body: { score: 1, complaint: true, at: '2024-01-16T10:00:00+07:00' },
  });
  expect(rated.status, rated.text).toBe(200);
});
afterAll(() => s.close());

const Q = 'year=2024&quarter=1';
// biome-ignore lint/suspicious/noExplicitAny: test convenience over the response JSON
const indicator = (card: any, id: string) =>
  card.groups.flatMap((g: { indicators: unknown[] }) => g.indicators).find((i: { id: string }) => i.id === id);

describe('/v1/…/scorecard', () => {
  it('an office: ledger figures equal the indicators route, satisfaction less the complaint, inputs missing', async () => {
    const card = await call(s.base, 'GET', `/v1/offices/A/scorecard?${Q}`, { who: 'leaderA' });
    expect(card.status, card.text).toBe(200);
    const ind = (await call(s.base, 'GET', `/v1/offices/A/indicators?${Q}`, { who: 'leaderA' })).json.indicators;
    expect(indicator(card.json, '2.1')).toMatchObject({
      numerator: ind.progress.numerator,
      denominator: ind.progress.denominator,
    });
    expect(indicator(card.json, '3.1')).toMatchObject({
      numerator: ind.onlineRate.numerator,
      denominator: ind.onlineRate.denominator,
    });
    expect(indicator(card.json, '4.1')).toMatchObject({
      numerator: ind.digitisation.numerator,
      denominator: ind.digitisation.denominator,
    });
    expect(indicator(card.json, '5.3')).toMatchObject({ numerator: 1, denominator: 2 });
    expect(indicator(card.json, '1.1')).toMatchObject({ missing: true, score: 0 });
    expect(card.json.maxTotal).toBe(100);
  });

  it('outside facts in the body, and a unit over its offices', async () => {
    const body = { inputs: { '1.1': 1, '1.2': 1, '5.1': 1, '5.2': 1 } };
    const office = await call(s.base, 'POST', `/v1/offices/A/scorecard?${Q}`, { who: 'leaderA', body });
    expect(office.status, office.text).toBe(200);
    expect(indicator(office.json, '1.2')).toMatchObject({ missing: false, score: 14 });
    const unit = await call(s.base, 'POST', `/v1/units/D1/scorecard?${Q}`, { who: 'leaderDistrict', body });
    expect(unit.status, unit.text).toBe(200);
    expect(unit.json.offices).toEqual(['A', 'B']);
    expect(indicator(unit.json, '5.3')).toMatchObject({ numerator: 2, denominator: 3 });
    expect((await call(s.base, 'GET', `/v1/units/NOPE/scorecard?${Q}`, { who: 'admin' })).status).toBe(404);
  });

  it('an input out of range is a 400 naming it', async () => {
    const r = await call(s.base, 'POST', `/v1/offices/A/scorecard?${Q}`, {
      who: 'leaderA',
      body: { inputs: { '1.1': 1.5 } },
      headers: { 'accept-language': 'en' },
    });
    expect(r.status).toBe(400);
    expect(r.json.errors[0].path).toBe('body.inputs.1.1');
    expect(r.json.detail).toContain('outside 0–1');
  });
});
