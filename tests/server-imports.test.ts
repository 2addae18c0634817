// POST /v1/offices/{office}/imports: a tracking book uploaded as the body, read and checked by the CLI's
// own reader and planner. A dry run lists every bad line with its line and column (Vietnamese, or English
// on request) and writes nothing; a real import is all or nothing.
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BOOK_Q1, eventCount as cliEventCount, ensureBuilt, HEADER, withNewServe } from './cli-support.js';
import { auth, call, eventCount, type KeyName, startTestServer, type TestServer } from './server-helpers.js';

const CSV = 'text/csv; charset=utf-8';
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const BAD_BOOK = [
  HEADER,
  'B1,Hộ tịch,online,2024-01-15 08:00,2024-01-17,,',
  'B2,Hộ tịch,fax,2024-01-15 08:00,2024-01-17,,', // unknown channel
  'B3,Hộ tịch,online,hôm qua,2024-01-17,,', // unreadable time
].join('\n');

let s: TestServer;
beforeAll(async () => {
  s = await startTestServer();
});
afterAll(() => s.close());

const upload = (
  body: string | Uint8Array,
  opts: { office?: string; dryRun?: boolean; who?: KeyName; type?: string; lang?: string } = {},
) =>
  fetch(`${s.base}/v1/offices/${opts.office ?? 'A'}/imports${opts.dryRun ? '?dryRun=true' : ''}`, {
    method: 'POST',
    headers: {
      ...auth(opts.who ?? 'clerkA'),
      'content-type': opts.type ?? CSV,
      ...(opts.lang ? { 'accept-language': opts.lang } : {}),
    },
    body,
    // biome-ignore lint/suspicious/noExplicitAny: test convenience over arbitrary JSON
  }).then(async (r) => ({ status: r.status, headers: r.headers, json: (await r.json()) as any }));

describe('a dry run', () => {
  it('lists every bad line with its line and column in Vietnamese, and writes nothing', async () => {
    const before = await eventCount(s.store);
    const r = await upload(BAD_BOOK, { dryRun: true });
    expect(r.status).toBe(200);
    expect(r.json).toMatchObject({ office: 'A', dryRun: true, ok: false, written: 0 });
    const issues = r.json.issues.map((i: { line: number; column: string; code: string }) => [i.line, i.column, i.code]);
    expect(issues).toEqual([
      [3, 'channel', 'UNKNOWN_CHANNEL'],
      [4, 'received_at', 'BAD_TIME'],
    ]);
    expect(r.json.issues[0].message).toContain('dòng 3');
    expect(r.json.issues[0].message).toContain('hình thức tiếp nhận không rõ');
    expect(r.headers.get('content-language')).toBe('vi');
    expect(await eventCount(s.store)).toBe(before);
  });

  it('speaks English on request, and takes the bare flag', async () => {
    const before = await eventCount(s.store);
    const bare = await fetch(`${s.base}/v1/offices/A/imports?dryRun`, {
      method: 'POST',
      headers: { ...auth('clerkA'), 'content-type': CSV },
      body: BOOK_Q1,
    });
    expect(((await bare.json()) as { dryRun: boolean }).dryRun).toBe(true);
    expect(await eventCount(s.store)).toBe(before);
    const r = await upload(BAD_BOOK, { dryRun: true, lang: 'en' });
    expect(r.json.issues[0].message).toContain('line 3');
    expect(r.json.issues[0].message).toContain('unknown channel');
  });

  it('of a good book says what would be written, and writes nothing', async () => {
    const before = await eventCount(s.store);
    const r = await upload(BOOK_Q1, { dryRun: true });
    expect(r.status).toBe(200);
    expect(r.json).toMatchObject({ ok: true, rows: 7, dossiers: 7, written: 0, issues: [] });
    expect(r.json.events).toBeGreaterThan(7);
    expect(await eventCount(s.store)).toBe(before);
  });

  it('reads an xlsx workbook the same way', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Sổ');
    for (const line of BAD_BOOK.split('\n')) ws.addRow(line.split(','));
    const bytes = new Uint8Array(await wb.xlsx.writeBuffer());
    const r = await upload(bytes, { dryRun: true, type: XLSX });
    expect(r.status).toBe(200);
    expect(r.json.issues.map((i: { line: number; column: string }) => [i.line, i.column])).toEqual([
      [3, 'channel'],
      [4, 'received_at'],
    ]);
  });
});

describe('an import', () => {
  it('with any bad line is refused with 422 and writes nothing', async () => {
    const before = await eventCount(s.store);
    const r = await upload(BAD_BOOK);
    expect(r.status).toBe(422);
    expect(r.headers.get('content-type')).toContain('application/problem+json');
    expect(r.json).toMatchObject({ status: 422, code: 'VALIDATION_FAILED', ok: false, written: 0 });
    expect(r.json.detail).toContain('không ghi gì');
    expect(r.json.issues).toHaveLength(2);
    expect(await eventCount(s.store)).toBe(before);
  });

  it('writes the whole book at once, shows in the report at once, and writes nothing the second time', async () => {
    const before = await eventCount(s.store);
    const r = await upload(BOOK_Q1);
    expect(r.status).toBe(200);
    expect(r.json).toMatchObject({ ok: true, dryRun: false, rows: 7, dossiers: 7, skipped: 0 });
    expect(r.json.written).toBe(r.json.events);
    expect(await eventCount(s.store)).toBe(before + r.json.written);
    const report = await call(s.base, 'GET', '/v1/offices/A/reports/form06?from=2024-01-01&to=2024-03-31', {
      who: 'clerkA',
    });
    expect(report.json.total.received.total).toBe(7);
    expect(report.json.total.resolved.late).toBe(1);
    const again = await upload(BOOK_Q1);
    expect(again.json).toMatchObject({ ok: true, written: 0, skipped: 7 });
  });
});

describe('who may import', () => {
  it('clerks and admins of the office only; an unknown office is a 404 problem', async () => {
    expect((await upload(BOOK_Q1, { who: 'leaderA', dryRun: true })).status).toBe(403);
    expect((await upload(BOOK_Q1, { who: 'auditorA', dryRun: true })).status).toBe(403);
    expect((await upload(BOOK_Q1, { who: 'clerkB', dryRun: true })).status).toBe(403);
    expect((await upload(BOOK_Q1, { who: 'admin', dryRun: true, office: 'B' })).status).toBe(200);
    const unknown = await upload(BOOK_Q1, { who: 'admin', dryRun: true, office: 'NOPE' });
    expect(unknown.status).toBe(404);
    expect(unknown.json.code).toBe('UNKNOWN_OFFICE');
  });

  it('takes the file as the body, not JSON', async () => {
    const r = await upload(JSON.stringify({ book: BOOK_Q1 }), { type: 'application/json', dryRun: true });
    expect(r.status).toBe(415);
    expect(r.json.code).toBe('UNSUPPORTED_MEDIA_TYPE');
  });
});

describe('motcua serve', () => {
  // A rebuild on a busy machine can take longer than the default hook timeout.
  beforeAll(() => ensureBuilt(), 300_000);

  it('imports through the CLI’s own importer', async () => {
    const keys = [{ key: 'clerk-key-0123456789', role: 'clerk', offices: ['A'] }];
    await withNewServe(keys, ['--allow-new-offices'], async (url, db) => {
      const send = (query: string) =>
        fetch(`${url}/v1/offices/A/imports${query}`, {
          method: 'POST',
          headers: { authorization: 'Bearer clerk-key-0123456789', 'content-type': CSV },
          body: BOOK_Q1,
        });
      const dry = await send('?dryRun=true');
      expect(dry.status).toBe(200);
      expect(await dry.json()).toMatchObject({ ok: true, rows: 7, written: 0 });
      const real = await send('');
      expect(real.status).toBe(200);
      const body = (await real.json()) as { written: number };
      expect(body.written).toBeGreaterThan(7);
      expect(cliEventCount(db)).toBe(body.written);
    });
  });
});
