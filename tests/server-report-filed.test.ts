// Form 06 as filed from the server: ?format=pdf and ?format=xlsx carry the office's name from the units
// catalogue, the period and its convention, the ratios and the signatures, with the JSON report's numbers.
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auth, call, receiveBody, startTestServer, type TestServer } from './server-helpers.js';

let s: TestServer;
beforeAll(async () => {
  s = await startTestServer();
  for (const [code, receivedAt] of [
    ['FL-1', '2024-01-15T08:30:00+07:00'],
    ['FL-2', '2024-02-01T09:00:00+07:00'],
  ] as const) {
    const w = await call(s.base, 'POST', '/v1/offices/A/dossiers', {
      who: 'clerkA',
      body: receiveBody(code, { receivedAt }),
    });
    expect(w.status, w.text).toBe(201);
  }
});
afterAll(() => s.close());

const Q = 'year=2024&quarter=1&convention=cutoff';
const bytesOf = async (path: string, type: string): Promise<Buffer> => {
  const res = await fetch(s.base + path, { headers: auth('leaderA') });
  expect(res.status, await res.clone().text()).toBe(200);
  expect(res.headers.get('content-type')).toContain(type);
  return Buffer.from(await res.arrayBuffer());
};

describe('GET /v1/offices/{office}/reports/form06 as filed', () => {
  it('pdf: office, convention, date line, the JSON’s totals and ratios, signatures (pdftotext)', async () => {
    const json = (await call(s.base, 'GET', `/v1/offices/A/reports/form06?${Q}`, { who: 'leaderA' })).json;
    const pdf = await bytesOf(`/v1/offices/A/reports/form06?${Q}&format=pdf`, 'application/pdf');
    const file = join(s.dir, 'f06.pdf');
    writeFileSync(file, pdf);
    const text = execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });
    for (const w of [
      'HUYỆN D1',
      'XÃ A',
      'Đơn vị: Huyện D1 – Xã A (A)',
      'kỳ chốt số liệu',
      'NGƯỜI LẬP BIỂU',
      'THỦ TRƯỞNG ĐƠN VỊ',
    ]) {
      expect(text).toContain(w);
    }
    expect(text).toMatch(/D1, ngày \d{2} tháng \d{2} năm \d{4}/);
    const totalLine = text.split('\n').find((l) => l.includes('Tổng cộng'))!;
    const t = json.total;
    expect((totalLine.match(/\d+/g) ?? []).map(Number)).toEqual([
      t.received.total,
      t.received.online,
      t.received.directOrPostal,
      t.received.carriedOver,
      t.resolved.total,
      t.resolved.early,
      t.resolved.onTime,
      t.resolved.late,
      t.pending.total,
      t.pending.withinDeadline,
      t.pending.overdue,
    ]);
    const p = json.indicators.progress;
    expect(text).toContain(`(${p.numerator}/${p.denominator})`);
  });

  it('xlsx: the office line from the units catalogue', async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load((await bytesOf(`/v1/offices/A/reports/form06?${Q}&format=xlsx`, 'spreadsheetml')) as never);
    const ws = wb.worksheets[0]!;
    expect(ws.getCell(3, 1).value).toBe('Đơn vị: Huyện D1 – Xã A (A)');
    expect(String(ws.getCell(2, 1).value)).toContain('kỳ chốt số liệu');
  });
});
