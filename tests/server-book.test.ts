// GET /v1/offices/{office}/book: the tracking book from a real server on a port, read back as a workbook.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureBuilt, motcua } from './cli-support.js';
import { auth, call, receiveBody, startTestServer, type TestServer } from './server-helpers.js';

let s: TestServer;
beforeAll(async () => {
  ensureBuilt();
  s = await startTestServer();
  for (const [code, receivedAt] of [
    ['BK-1', '2024-01-15T08:30:00+07:00'],
    ['BK-2', '2024-02-01T09:00:00+07:00'],
    ['BK-3', '2023-12-20T09:00:00+07:00'],
  ] as const) {
    const r = await call(s.base, 'POST', '/v1/offices/A/dossiers', {
      who: 'clerkA',
      body: receiveBody(code, { receivedAt, applicantRef: `REF-${code}` }),
    });
    expect(r.status, r.text).toBe(201);
  }
  const h = await call(s.base, 'POST', '/v1/offices/A/dossiers/BK-1/handovers', {
    who: 'clerkA',
    body: {
      fromUnit: 'Bộ phận một cửa',
      giver: 'Nguyễn Văn A',
      toUnit: 'Công chức Tư pháp',
      receiver: 'Trần Thị B',
      at: '2024-01-15T10:00:00+07:00',
    },
  });
  expect(h.status, h.text).toBe(200);
});
afterAll(() => s.close());

async function workbook(path: string, who: 'leaderA' | 'auditorA' = 'leaderA'): Promise<ExcelJS.Worksheet> {
  const res = await fetch(s.base + path, { headers: auth(who) });
  expect(res.status, await res.clone().text()).toBe(200);
  expect(res.headers.get('content-type')).toContain('spreadsheetml');
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(await res.arrayBuffer());
  return wb.worksheets[0]!;
}

/** The served book of 2024 imported by `motcua import` into a new ledger `name`.db, and how that ledger
 *  shows dossier `code` (`motcua dossier show --format json`). */
async function importedCopy(name: string, code: string) {
  const res = await fetch(`${s.base}/v1/offices/A/book?year=2024`, { headers: auth('leaderA') });
  const file = join(s.dir, `${name}.xlsx`);
  writeFileSync(file, Buffer.from(await res.arrayBuffer()));
  const db = join(s.dir, `${name}.db`);
  const r = motcua(['import', '--db', db, '--office', 'A', file]);
  expect(r.status, r.stderr).toBe(0);
  const shown = motcua(['dossier', 'show', code, '--db', db, '--office', 'A', '--format', 'json']);
  expect(shown.status, shown.stderr).toBe(0);
  return { copy: JSON.parse(shown.stdout), file, db };
}

describe('GET /v1/offices/{office}/book', () => {
  it('is the year’s book under the office’s name from the units catalogue', async () => {
    const ws = await workbook('/v1/offices/A/book?year=2024&format=xlsx');
    expect(String(ws.getRow(1).getCell(1).value)).toBe('Huyện D1 – Xã A');
    const header = (ws.getRow(6).values as unknown[]).slice(1).map(String);
    const code = header.indexOf('Mã hồ sơ') + 1;
    const ref = header.indexOf('Tổ chức, cá nhân nộp hồ sơ (mã tham chiếu)') + 1;
    const codes = [7, 8].map((n) => ws.getRow(n).getCell(code).value);
    expect(codes).toEqual(['BK-1', 'BK-2']);
    expect(ws.getRow(7).getCell(ref).value).toBe('REF-BK-1');
    expect(ws.rowCount).toBe(8);
    expect(ws.getRow(7).getCell(header.indexOf('Đơn vị xử lý') + 1).value).toBe('Công chức Tư pháp');
    expect(ws.getRow(7).getCell(header.indexOf('Người nhận') + 1).value).toBe('Trần Thị B');
  });

  it('reads back with motcua import: the hand-over comes back as a processing step', async () => {
    const { copy } = await importedCopy('copy', 'BK-1');
    expect(copy.handovers).toMatchObject([
      { fromUnit: 'Bộ phận một cửa', giver: 'Nguyễn Văn A', toUnit: 'Công chức Tư pháp', receiver: 'Trần Thị B' },
    ]);
  });

  it('reads back with motcua import: the supplement rounds and the apology come back, and so the moved due date', async () => {
    const post = async (path: string, body: Record<string, unknown>) => {
      const r = await call(s.base, 'POST', `/v1/offices/A/dossiers/BK-2/${path}`, { who: 'clerkA', body });
      expect(r.status, r.text).toBe(200);
    };
    // The apology first (it must come before the due day), then two supplement rounds, each moving the due date.
    await post('reschedule', {
      reason: 'Chờ xác minh',
      newDueAt: '2024-03-01T17:00:00+07:00',
      at: '2024-02-01T09:30:00+07:00',
    });
    await post('supplement-requests', { reason: 'Thiếu bản sao', at: '2024-02-01T10:00:00+07:00' });
    await post('supplement-provided', { at: '2024-02-02T09:00:00+07:00' });
    // A reason typed on two lines: the book holds one round per line of the cell, so it is written on one.
    await post('supplement-requests', { reason: 'Thiếu chữ ký\r\ncủa người nộp', at: '2024-02-02T10:00:00+07:00' });
    await post('supplement-provided', { at: '2024-02-05T09:00:00+07:00' });
    const served = await call(s.base, 'GET', '/v1/offices/A/dossiers/BK-2', { who: 'clerkA' });
    expect(served.status, served.text).toBe(200);

    const { copy, file, db } = await importedCopy('copy-supplements', 'BK-2');
    // The book's "Ngày hẹn trả" is the slip's date; the two waits move it on import exactly as they did here.
    expect(typeof served.json.dueAt).toBe('string');
    expect(copy.dueAt).toBe(served.json.dueAt);
    expect(copy.dueAt > copy.timeline[0].data.dueAt).toBe(true);
    expect(copy.rescheduledDueAt).toBe('2024-03-01T17:00:00+07:00');
    const reasons = copy.timeline.filter((e: { type: string }) => e.type === 'SupplementRequested');
    expect(reasons.map((e: { data: { reason: string } }) => e.data.reason)).toEqual([
      'Thiếu bản sao',
      'Thiếu chữ ký của người nộp',
    ]);
    expect(copy.timeline.map((e: { type: string }) => e.type)).toEqual([
      'DossierReceived',
      'DueDateRescheduled',
      'SupplementRequested',
      'SupplementProvided',
      'SupplementRequested',
      'SupplementProvided',
    ]);
    // Read again, the same book writes nothing.
    const again = motcua(['import', '--db', db, '--office', 'A', file]);
    expect(again.status, again.stderr).toBe(0);
    expect(again.stdout).toContain(' 0 sự kiện đã ghi');
  });

  it('an unknown field is a 400 naming it; the year is required', async () => {
    const r = await call(s.base, 'GET', '/v1/offices/A/book?year=2024&field=H%C3%A0ng%20h%E1%BA%A3i', {
      who: 'leaderA',
    });
    expect(r.status).toBe(400);
    expect(r.json.errors[0].path).toBe('querystring.field');
    const noYear = await call(s.base, 'GET', '/v1/offices/A/book', { who: 'leaderA' });
    expect(noYear.status).toBe(400);
  });

  it('knownAt is for auditors: the book as recorded before anything was received is empty', async () => {
    const leader = await call(s.base, 'GET', '/v1/offices/A/book?year=2024&knownAt=2000-01-01', { who: 'leaderA' });
    expect(leader.status).toBe(403);
    const early = await workbook('/v1/offices/A/book?year=2024&knownAt=2000-01-01', 'auditorA');
    expect(early.rowCount).toBe(6);
    const other = await call(s.base, 'GET', '/v1/offices/A/book?year=2024', { who: 'clerkB' });
    expect(other.status).toBe(403);
  });
});
