// GET /v1/offices/{office}/dossiers/{code}/papers/{form}?format=pdf|docx over a real server and SQLite file
// (issue 15, items 2, 3 and 6): the bytes read back with pdftotext / unzip; a form the dossier never reached
// is a 409 problem, an unknown dossier a 404; knownAt is for auditors.
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createCalendar } from '@motcua/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auth, call, receiveBody, startTestServer, type TestServer } from './server-helpers.js';

let s: TestServer;
beforeAll(async () => {
  s = await startTestServer();
  const post = (path: string, body: unknown) => call(s.base, 'POST', path, { who: 'clerkA', body });
  expect((await post('/v1/offices/A/dossiers', receiveBody('PA-1', { applicantRef: 'CD-77' }))).status).toBe(201);
  const step = {
    fromUnit: 'Bộ phận một cửa',
    giver: 'cb.motcua',
    toUnit: 'Công chức Tư pháp - Hộ tịch',
    receiver: 'cb.tuphap',
    stepDueAt: '2024-01-15T17:00:00+07:00',
    at: '2024-01-15T09:00:00+07:00',
  };
  expect((await post('/v1/offices/A/dossiers/PA-1/handovers', step)).status).toBe(200);
  const apology = {
    reason: 'Mất điện, phần mềm lỗi',
    newDueAt: '2024-01-20T17:00:00+07:00',
    at: '2024-01-15T10:00:00+07:00',
  };
  expect((await post('/v1/offices/A/dossiers/PA-1/reschedule', apology)).status).toBe(200);
});
afterAll(async () => {
  await s.close();
});

const get = async (path: string, who: 'clerkA' | 'auditorA' = 'clerkA', headers: Record<string, string> = {}) => {
  const res = await fetch(s.base + path, { headers: { ...auth(who), ...headers } });
  return {
    status: res.status,
    type: res.headers.get('content-type') ?? '',
    disposition: res.headers.get('content-disposition'),
    bytes: Buffer.from(await res.arrayBuffer()),
  };
};

describe('GET …/papers/{form}', () => {
  it('returns the apology (04) as a PDF whose text says the reason and the new date, under the office name', async () => {
    const r = await get('/v1/offices/A/dossiers/PA-1/papers/04?format=pdf');
    expect(r.status).toBe(200);
    expect(r.type).toBe('application/pdf');
    expect(r.disposition).toContain('mau-04-PA-1.pdf');
    const file = join(s.dir, 'p04.pdf');
    writeFileSync(file, r.bytes);
    const text = execFileSync('pdftotext', [file, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
    expect(text).toContain('PHIẾU XIN LỖI VÀ ĐỀ NGHỊ GIA HẠN THỜI GIAN GIẢI QUYẾT');
    expect(text).toContain('XÃ A'); // the hierarchy's name for office A
    expect(text).toContain('Mất điện, phần mềm lỗi');
    expect(text).toContain('17 giờ 00 phút, ngày 20/01/2024');
    expect(text).toContain('CD-77');
  });

  it('returns the control sheet (06) as DOCX with the hand-over', async () => {
    const r = await get('/v1/offices/A/dossiers/PA-1/papers/06?format=docx');
    expect(r.status).toBe(200);
    expect(r.type).toContain('wordprocessingml');
    const file = join(s.dir, 'p06.docx');
    writeFileSync(file, r.bytes);
    const xml = execFileSync('unzip', ['-p', file, 'word/document.xml'], { encoding: 'utf8' });
    expect(xml).toContain('PHIẾU KIỂM SOÁT QUÁ TRÌNH GIẢI QUYẾT HỒ SƠ');
    expect(xml).toContain('Công chức Tư pháp - Hộ tịch');
    expect(xml).toContain('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
  });

  it('refuses a refusal slip (03) for a dossier never refused with a 409 problem in Vietnamese, or English when asked', async () => {
    const vi = await get('/v1/offices/A/dossiers/PA-1/papers/03');
    expect(vi.status).toBe(409);
    expect(vi.type).toMatch(/^application\/problem\+json/);
    const body = JSON.parse(vi.bytes.toString('utf8'));
    expect(body.code).toBe('FORM_NOT_APPLICABLE');
    expect(body.detail).toContain('hồ sơ không bị từ chối');
    const en = await get('/v1/offices/A/dossiers/PA-1/papers/02', 'clerkA', { 'accept-language': 'en' });
    expect(en.status).toBe(409);
    expect(JSON.parse(en.bytes.toString('utf8')).detail).toContain('no supplement was ever requested');
  });

  it('answers 404 for an unknown dossier and 400 for a form that is not 01…07', async () => {
    expect((await get('/v1/offices/A/dossiers/NOPE/papers/01')).status).toBe(404);
    expect((await get('/v1/offices/A/dossiers/PA-1/papers/08')).status).toBe(400);
    expect((await get('/v1/offices/A/dossiers/PA-1/papers/01?format=odt')).status).toBe(400);
  });

  it('reads the events as known at knownAt (an auditor), and refuses knownAt to a clerk', async () => {
    const before = await get('/v1/offices/A/dossiers/PA-1/papers/01?knownAt=2000-01-01', 'auditorA');
    expect(before.status).toBe(404);
    const now = await get(
      `/v1/offices/A/dossiers/PA-1/papers/01?knownAt=${encodeURIComponent(new Date().toISOString())}`,
      'auditorA',
    );
    expect(now.status).toBe(200);
    const clerk = await get('/v1/offices/A/dossiers/PA-1/papers/01?knownAt=2000-01-01');
    expect(clerk.status).toBe(403);
  });

  it("prints the promised dates as provisional when the server's calendar does not announce their year", async () => {
    const pdfText = (bytes: Buffer, name: string) => {
      const file = join(s.dir, name);
      writeFileSync(file, bytes);
      return execFileSync('pdftotext', [file, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
    };
    // A calendar that announces no year at all: every due date is counted by the statutory rules only.
    const unannounced = await startTestServer({ calendar: createCalendar({ years: [] }) });
    try {
      const post = (path: string, body: unknown) => call(unannounced.base, 'POST', path, { who: 'clerkA', body });
      expect((await post('/v1/offices/A/dossiers', receiveBody('PV-1'))).status).toBe(201);
      const apology = {
        reason: 'Chờ xác minh',
        newDueAt: '2024-01-25T17:00:00+07:00',
        at: '2024-01-15T10:00:00+07:00',
      };
      expect((await post('/v1/offices/A/dossiers/PV-1/reschedule', apology)).status).toBe(200);
      for (const form of ['01', '04']) {
        const res = await fetch(`${unannounced.base}/v1/offices/A/dossiers/PV-1/papers/${form}`, {
          headers: auth('clerkA'),
        });
        expect(res.status).toBe(200);
        expect(pdfText(Buffer.from(await res.arrayBuffer()), `pv-${form}.pdf`), form).toContain(
          '(dự kiến: năm chưa có lịch nghỉ công bố)',
        );
      }
    } finally {
      await unannounced.close();
    }
    // The shipped calendar announces 2024: no such mark.
    expect(pdfText((await get('/v1/offices/A/dossiers/PA-1/papers/01')).bytes, 'pa-01.pdf')).not.toContain('dự kiến');
  });
});
