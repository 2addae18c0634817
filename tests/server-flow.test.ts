// The receive → resolve → return → report flow, driven by a client generated from the server's own
// /openapi.json (openapi-typescript types + openapi-fetch), against the real server on a port.
import { fileURLToPath } from 'node:url';
import createClient from 'openapi-fetch';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { components, paths } from './generated/server-api.js';

type Form06 = components['schemas']['Form06Report'];

import { generatedClient } from './openapi-client.js';
import { auth, startTestServer, type TestServer } from './server-helpers.js';

const GENERATED = fileURLToPath(new URL('./generated/server-api.ts', import.meta.url));

let s: TestServer;
beforeAll(async () => {
  s = await startTestServer();
});
afterAll(async () => {
  await s.close();
});

describe('client generated from /openapi.json', () => {
  it('serves OpenAPI 3.1 and the committed generated client is up to date', async () => {
    const res = await fetch(`${s.base}/openapi.json`);
    expect(res.status).toBe(200);
    const doc = (await res.json()) as { openapi: string; paths: Record<string, unknown> };
    expect(doc.openapi).toBe('3.1.0');
    expect(Object.keys(doc.paths)).toContain('/v1/offices/{office}/dossiers');
    const [committed, fresh] = await generatedClient(
      doc,
      GENERATED,
      'MOTCUA_UPDATE_CLIENT=1 pnpm exec vitest run tests/server-flow.test.ts',
    );
    expect(committed).toBe(fresh);
  });

  it('receives, resolves, returns and reports', async () => {
    const clerk = createClient<paths>({ baseUrl: s.base, headers: auth('clerkA') });

    // Three birth registrations (1 working day) received Monday 15 January 2024.
    for (const code of ['F-1', 'F-2', 'F-3']) {
      const r = await clerk.POST('/v1/offices/{office}/dossiers', {
        params: { path: { office: 'A' } },
        body: {
          dossierCode: code,
          procedureCode: '1.001193',
          channel: 'online',
          receivedAt: '2024-01-15T08:30:00+07:00',
        },
      });
      expect(r.response.status).toBe(201);
      expect(r.data?.revision).toBe('0');
      expect(r.response.headers.get('etag')).toBe('"0"');
      expect(r.response.headers.get('location')).toBe(`/v1/offices/A/dossiers/${code}`);
    }
    // One received directly, due date given explicitly (no procedure): field is kept as written.
    const direct = await clerk.POST('/v1/offices/{office}/dossiers', {
      params: { path: { office: 'A' } },
      body: {
        dossierCode: 'F-4',
        field: 'Chứng thực',
        channel: 'direct',
        receivedAt: '2024-01-16T09:00:00+07:00',
        dueAt: '2024-01-17T17:00:00+07:00',
      },
    });
    expect(direct.response.status).toBe(201);

    // F-1 early (returned the same day), F-2 on time (due day), F-3 late (a week later), F-4 pending.
    const finish = async (code: string, at: string) => {
      const resolved = await clerk.POST('/v1/offices/{office}/dossiers/{code}/resolve', {
        params: { path: { office: 'A', code } },
        body: { decision: 'approved', at },
      });
      expect(resolved.response.status).toBe(200);
      expect(resolved.data?.events.map((e) => e.type)).toEqual(['DossierResolved']);
      const returned = await clerk.POST('/v1/offices/{office}/dossiers/{code}/return', {
        params: { path: { office: 'A', code } },
        headers: { 'if-match': resolved.response.headers.get('etag') ?? '' },
        body: { at },
      });
      expect(returned.response.status).toBe(200);
      expect(returned.data?.revision).toBe('2');
    };
    await finish('F-1', '2024-01-15T15:00:00+07:00');
    await finish('F-2', '2024-01-16T10:00:00+07:00');
    await finish('F-3', '2024-01-22T10:00:00+07:00');

    const report = await clerk.GET('/v1/offices/{office}/reports/form06', {
      params: { path: { office: 'A' }, query: { year: 2024, quarter: 1 } },
    });
    expect(report.response.status).toBe(200);
    const r = report.data as Form06;
    expect(r.period).toEqual({ from: '2024-01-01', to: '2024-03-31' });
    expect(r.office).toBe('A');
    expect(r.total.received).toMatchObject({ total: 4, online: 3, directOrPostal: 1, direct: 1, carriedOver: 0 });
    expect(r.total.resolved).toMatchObject({ total: 3, early: 1, onTime: 1, late: 1 });
    expect(r.total.pending).toMatchObject({ total: 1, overdue: 1 });
    expect(r.rows.map((row) => row.field).sort()).toEqual(['Chứng thực', 'Hộ tịch']);

    // The same numbers from a from/to query, and the dossiers behind the late cell.
    const late = await clerk.GET('/v1/offices/{office}/reports/form06/cells/{cell}', {
      params: { path: { office: 'A', cell: 'resolved.late' }, query: { from: '2024-01-01', to: '2024-03-31' } },
    });
    expect(late.data).toMatchObject({ cell: 'resolved.late', count: 1, dossiers: ['F-3'] });
    const early = await clerk.GET('/v1/offices/{office}/reports/form06/drill-down', {
      params: { path: { office: 'A' }, query: { cell: 'resolved.early', year: 2024, quarter: 1, field: 'Hộ tịch' } },
    });
    expect(early.data).toMatchObject({ field: 'Hộ tịch', count: 1, dossiers: ['F-1'] });
    const pending = await clerk.GET('/v1/offices/{office}/reports/form06/drill-down', {
      params: { path: { office: 'A' }, query: { cell: 'pending.total', year: 2024, quarter: 1 } },
    });
    expect(pending.data?.dossiers).toEqual(['F-4']);

    const view = await clerk.GET('/v1/offices/{office}/dossiers/{code}', {
      params: { path: { office: 'A', code: 'F-3' } },
    });
    expect(view.response.status).toBe(200);
    expect(view.response.headers.get('etag')).toBe('"2"');
    expect(view.data?.timeline.map((e) => e.type)).toEqual(['DossierReceived', 'DossierResolved', 'ResultReturned']);
    expect(view.data?.timeline[0]?.actor).toBe('clerk-a');

    const indicators = await clerk.GET('/v1/offices/{office}/indicators', {
      params: { path: { office: 'A' }, query: { year: 2024, quarter: 1 } },
    });
    expect(indicators.data?.indicators.onlineRate).toMatchObject({ numerator: 3, denominator: 4 });

    const procedures = await clerk.GET('/v1/procedures');
    expect(procedures.data?.procedures.find((p) => p.code === '1.001193')?.field).toBe('Hộ tịch');
  });

  it('returns the same report as csv and xlsx', async () => {
    const csv = await fetch(`${s.base}/v1/offices/A/reports/form06?year=2024&quarter=1&format=csv`, {
      headers: auth('leaderA'),
    });
    expect(csv.status).toBe(200);
    expect(csv.headers.get('content-type')).toMatch(/^text\/csv/);
    const lines = (await csv.text())
      .replace(/^\uFEFF/, '')
      .trim()
      .split('\r\n');
    // The same form as `motcua report --format csv`: STT (1), Lĩnh vực (2), then columns (3)…(13).
    expect(lines[0]).toMatch(/^STT \(1\),Lĩnh vực \(2\),Số hồ sơ nhận giải quyết – Tổng số \(3\),/);
    const total = lines.at(-1)!.split(',');
    expect(total.slice(0, 2)).toEqual(['', 'Tổng cộng']);
    expect(total.slice(2, 13).map(Number)).toEqual([4, 3, 1, 0, 3, 1, 1, 1, 1, 0, 1]);

    const xlsx = await fetch(`${s.base}/v1/offices/A/reports/form06?year=2024&quarter=1&format=xlsx`, {
      headers: auth('leaderA'),
    });
    expect(xlsx.status).toBe(200);
    expect(xlsx.headers.get('content-type')).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    const bytes = Buffer.from(await xlsx.arrayBuffer());
    expect(bytes.subarray(0, 2).toString()).toBe('PK');
    const ExcelJS = (await import('exceljs')).default;
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(bytes as never);
    const ws = wb.worksheets[0]!;
    // The same workbook as `motcua report --format xlsx`: title, numbering row 8, then fields and the total.
    expect(String(ws.getCell(1, 1).value)).toContain('BIỂU SỐ 06');
    expect(Array.from({ length: 13 }, (_, i) => ws.getCell(8, i + 1).value)).toEqual(
      Array.from({ length: 13 }, (_, i) => `(${i + 1})`),
    );
    // The total row closes the table; the filing block (ratios, date line, signatures) follows it.
    let totalRow = 9;
    while (ws.getCell(totalRow, 2).value !== 'Tổng cộng') totalRow++;
    const totalCells = ws.getRow(totalRow).values as unknown[];
    expect(totalCells.slice(2, 14)).toEqual(['Tổng cộng', 4, 3, 1, 0, 3, 1, 1, 1, 1, 0, 1]);
  });

  it('rolls up a district and a province from the hierarchy', async () => {
    const clerkB = createClient<paths>({ baseUrl: s.base, headers: auth('clerkB') });
    const r = await clerkB.POST('/v1/offices/{office}/dossiers', {
      params: { path: { office: 'B' } },
      body: {
        dossierCode: 'G-1',
        procedureCode: '1.001193',
        channel: 'postal',
        receivedAt: '2024-02-01T08:30:00+07:00',
      },
    });
    expect(r.response.status).toBe(201);
    const leader = createClient<paths>({ baseUrl: s.base, headers: auth('leaderDistrict') });
    const district = await leader.GET('/v1/units/{unit}/reports/form06', {
      params: { path: { unit: 'D1' }, query: { year: 2024, quarter: 1 } },
    });
    expect(district.response.status).toBe(200);
    const d = district.data as Form06;
    expect(d.office).toBe('D1');
    expect(d.offices).toEqual(['A', 'B']);
    expect(d.total.received).toMatchObject({ total: 5, postal: 1 });
    // The district leader sees its offices one by one too, but not the other district.
    const officeB = await leader.GET('/v1/offices/{office}/reports/form06', {
      params: { path: { office: 'B' }, query: { year: 2024, quarter: 1 } },
    });
    expect((officeB.data as Form06).total.received.total).toBe(1);
    const province = await leader.GET('/v1/units/{unit}/reports/form06', {
      params: { path: { unit: 'P' }, query: { year: 2024, quarter: 1 } },
    });
    expect(province.response.status).toBe(403);
    const admin = createClient<paths>({ baseUrl: s.base, headers: auth('admin') });
    const all = await admin.GET('/v1/units/{unit}/reports/form06', {
      params: { path: { unit: 'P' }, query: { year: 2024, quarter: 1 } },
    });
    expect((all.data as Form06).offices).toEqual(['A', 'B', 'C']);
    expect((all.data as Form06).total.received.total).toBe(5);
    const unknown = await admin.GET('/v1/units/{unit}/reports/form06', {
      params: { path: { unit: 'NOPE' }, query: { year: 2024 } },
    });
    expect(unknown.response.status).toBe(404);
  });
});
