// Issue 14, item 6: a receipt without a code gets the next code of the office's day in the form of
// Thông tư 04/2025 (<office>-YYMMDD-01NNNN), unique and dense under concurrent receipts on a real server.
import { parseDossierCode } from '@motcua/domain';
import { afterEach, describe, expect, it } from 'vitest';
import { call, startTestServer, type TestServer } from './server-helpers.js';

let server: TestServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

const receive = (base: string, extra: Record<string, unknown> = {}) =>
  call(base, 'POST', '/v1/offices/A/dossiers', {
    who: 'admin',
    body: { procedureCode: '1.001193', channel: 'online', receivedAt: '2024-01-15T23:30:00Z', ...extra },
  });

describe('generated dossier codes', () => {
  it('many concurrent receipts without a code: all distinct, all in the form, sequences dense', async () => {
    server = await startTestServer();
    const base = server.base;
    const n = 40;
    const replies = await Promise.all(Array.from({ length: n }, () => receive(base)));
    expect(replies.map((r) => r.status)).toEqual(Array(n).fill(201));
    const codes = replies.map((r) => r.json.dossierCode as string);
    expect(new Set(codes).size).toBe(n);
    // 23:30 UTC on 15 Jan is 06:30 on 16 Jan in office time: the code carries the office's day.
    const parts = codes.map((c) => parseDossierCode(c));
    for (const p of parts) expect(p).toMatchObject({ agency: 'A', receivedDay: '2024-01-16', system: '01' });
    expect(parts.map((p) => p?.sequence).sort((a, b) => (a ?? 0) - (b ?? 0))).toEqual(
      Array.from({ length: n }, (_, i) => i + 1),
    );
    const shown = await call(base, 'GET', `/v1/offices/A/dossiers/${codes[0]}`, { who: 'admin' });
    expect(shown.status).toBe(200);
  });

  it('a code already taken is skipped, and a given code is kept', async () => {
    server = await startTestServer();
    const base = server.base;
    expect((await receive(base, { dossierCode: 'A-240116-010002' })).status).toBe(201);
    const got: string[] = [];
    for (let i = 0; i < 3; i++) got.push((await receive(base)).json.dossierCode);
    expect(got).toEqual(['A-240116-010001', 'A-240116-010003', 'A-240116-010004']);
    expect((await receive(base, { dossierCode: 'HS-1' })).json.dossierCode).toBe('HS-1');
  });

  it('the first generated code of a day follows the codes already in the ledger', async () => {
    server = await startTestServer();
    const base = server.base;
    for (let i = 0; i < 5; i++) await receive(base, { dossierCode: `A-240116-01000${i + 1}` });
    expect((await receive(base)).json.dossierCode).toBe('A-240116-010006');
  });
});
