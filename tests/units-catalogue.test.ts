// The units catalogue end to end (issue 14 items 1-3): `motcua units import` (the built CLI) into a real
// SQLite ledger, then the server over that file on a real port: GET /v1/units with dates, predecessors
// and successors (knownAt honoured), a command to Đông Sơn after its end refused naming xã Bố Hạ, the same
// command through xã Bố Hạ recorded in the dossier's own stream, and the Q3 2025 report of xã Bố Hạ
// (predecessors covered) equal to `motcua report --unit 07294`. Dossiers of 2025 are made here, never in
// the seed (whose Q1 2024 total of 496 is a contract).
import { join } from 'node:path';
import { SAMPLE_UNITS_FILE } from '@motcua/projections';
import { type RunningServer, startServer } from '@motcua/server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eventCount, HEADER, motcua, tempDir } from './cli-support.js';
import { writeJson } from './server-helpers.js';

const ADMIN = 'units-admin-0123456789';
const AUDITOR = 'units-auditor-0123456789';
const CLERK_BO_HA = 'units-clerk-bo-ha-0123456789';
const LEADER_BAC_NINH = 'units-leader-bac-ninh-0123456789';
// Keys name units of the catalogue in the ledger (no hierarchy file): the successor's cover its predecessors.
const KEYS = [
  { key: ADMIN, role: 'admin', name: 'admin' },
  { key: AUDITOR, role: 'auditor', offices: ['*'], name: 'auditor' },
  { key: CLERK_BO_HA, role: 'clerk', units: ['07294'], name: 'can-bo-bo-ha' },
  { key: LEADER_BAC_NINH, role: 'leader', units: ['BAC-NINH'], name: 'lanh-dao-bac-ninh' },
];

const t = tempDir('motcua-units-');
const db = join(t.dir, 'ledger.db');
let server: RunningServer;
let importedAt: string;

async function call(method: string, path: string, key: string, body?: unknown) {
  const res = await fetch(server.url + path, {
    method,
    headers: {
      authorization: `Bearer ${key}`,
      ...(body !== undefined ? { 'content-type': 'application/json' } : {}),
    },
    ...(body !== undefined ? { body: JSON.stringify(body) } : {}),
  });
  const text = await res.text();
  return { status: res.status, json: text ? JSON.parse(text) : null };
}

/** A direct receipt with its field and due date given (no procedure). */
const receiptAt = (dossierCode: string, receivedAt: string, dueAt: string) => ({
  dossierCode,
  channel: 'direct',
  field: 'Hộ tịch',
  receivedAt,
  dueAt,
});

beforeAll(async () => {
  const before = new Date().toISOString();
  const r = motcua(['units', 'import', SAMPLE_UNITS_FILE, '--db', db]);
  expect(r.status, r.stderr).toBe(0);
  importedAt = before;
  server = await startServer({
    dbPath: db,
    port: 0,
    keysFile: writeJson(t.dir, 'keys.json', KEYS),
    logger: false,
    handleSignals: false,
  });
}, 60_000);
afterAll(async () => {
  await server?.close();
  t.cleanup();
});

describe('motcua units import', () => {
  it('writes nothing when the same file is imported again', () => {
    const n = eventCount(db);
    const r = motcua(['units', 'import', SAMPLE_UNITS_FILE, '--db', db]);
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout).toContain('không ghi gì');
    expect(eventCount(db)).toBe(n);
  });

  it('refuses a cycle, two successors for the same dossiers, a unit valid from after it ends and an unknown parent, naming line and field, recording nothing', () => {
    const n = eventCount(db);
    const file = t.file(
      'bad.csv',
      [
        'code,name,level,parent,valid_from,valid_to,successor',
        'P,tỉnh P,province,,,,',
        'A,xã A,commune,P,2025-07-01,2025-06-30,',
        'B,xã B,commune,KHONG-CO,,,',
        'C,xã C,commune,P,,2025-06-30,D',
        'C,xã C,commune,P,,2025-06-30,E',
        'D,xã D,commune,P,2025-07-01,,',
        'E,xã E,commune,P,2025-07-01,,',
        'F,xã F,commune,P,,2025-06-30,G',
        'G,xã G,commune,P,2025-07-01,2025-07-01,F',
      ].join('\n'),
    );
    const r = motcua(['units', 'import', file, '--db', db]);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('không ghi gì');
    expect(r.stderr).toContain('dòng 3, cột valid_from');
    expect(r.stderr).toContain('dòng 4, cột parent: đơn vị cha KHONG-CO không có');
    expect(r.stderr).toContain('dòng 6, cột successor');
    expect(r.stderr).toMatch(/vòng lặp: F → G → F|vòng lặp: G → F → G/);
    expect(eventCount(db)).toBe(n);
    const en = motcua(['units', 'import', file, '--db', db, '--lang', 'en']);
    expect(en.stderr).toContain('line 4, field parent: unknown parent KHONG-CO');
  });

  it('reads the same catalogue from a JSON array of objects with the same keys', () => {
    const json = t.file(
      'units.json',
      JSON.stringify([
        {
          code: 'T1',
          name: 'tỉnh T',
          level: 'province',
          parent: null,
          valid_from: null,
          valid_to: null,
          successor: null,
        },
        {
          code: 'T1-X',
          name: 'xã X',
          level: 'commune',
          parent: 'T1',
          valid_from: '2026-01-01',
          valid_to: '',
          successor: '',
        },
        {
          code: 'T1-Y',
          name: 'xã Y',
          level: 'commune',
          parent: 'NOPE',
          valid_from: null,
          valid_to: null,
          successor: null,
        },
      ]),
    );
    const r = motcua(['units', 'import', json, '--db', join(t.dir, 'other.db'), '--lang', 'en']);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('item [2], field parent: unknown parent NOPE');
  });
});

describe('GET /v1/units', () => {
  it('serves the catalogue with dates, predecessors and successors', async () => {
    const r = await call('GET', '/v1/units', ADMIN);
    expect(r.status).toBe(200);
    const byCode = Object.fromEntries(r.json.units.map((u: { code: string }) => [u.code, u]));
    expect(byCode['07294']).toMatchObject({
      name: 'xã Bố Hạ',
      level: 'commune',
      parent: 'BAC-NINH',
      validFrom: '2025-07-01',
      validTo: null,
      predecessors: ['07273', 'TT-BO-HA', 'XA-HUONG-VI'],
      successors: [],
    });
    expect(byCode['07273']).toMatchObject({
      name: 'xã Đông Sơn',
      parent: 'YEN-THE',
      validTo: '2025-06-30',
      successor: '07294',
      successors: ['07294'],
      offices: ['DONGSON'],
    });
  });

  it('honours knownAt: before the import the catalogue was empty', async () => {
    const before = new Date(Date.parse(importedAt) - 60_000).toISOString();
    const r = await call('GET', `/v1/units?knownAt=${encodeURIComponent(before)}`, AUDITOR);
    expect(r.status).toBe(200);
    expect(r.json.units).toEqual([]);
  });
});

describe('dossiers across the change', () => {
  it('a dossier received by Đông Sơn before the change is refused to Đông Sơn after it, naming the successor', async () => {
    const received = await call('POST', '/v1/offices/DONGSON/dossiers', ADMIN, {
      dossierCode: 'DS-2025-001',
      procedureCode: '1.001193',
      channel: 'direct',
      receivedAt: '2025-06-25T09:00:00+07:00',
      dueAt: '2025-07-10T17:00:00+07:00',
    });
    expect(received.status, JSON.stringify(received.json)).toBe(201);
    const late = await call('POST', '/v1/offices/DONGSON/dossiers/DS-2025-001/resolve', ADMIN, {
      decision: 'approved',
      at: '2025-07-03T10:00:00+07:00',
    });
    expect(late.status).toBe(422);
    expect(late.json.code).toBe('UNIT_ENDED');
    expect(late.json.detail).toContain('07294 (xã Bố Hạ)');
    expect(late.json.detail).toContain('đã kết thúc ngày 30/06/2025');
    const receipt = await call(
      'POST',
      '/v1/offices/DONGSON/dossiers',
      ADMIN,
      receiptAt('DS-2025-002', '2025-07-02T09:00:00+07:00', '2025-07-10T17:00:00+07:00'),
    );
    expect(receipt.json.code).toBe('UNIT_ENDED');
  });

  it('a receipt by xã Bố Hạ dated before it began is refused, naming the units in force that day', async () => {
    const early = await call(
      'POST',
      '/v1/offices/07294/dossiers',
      CLERK_BO_HA,
      receiptAt('BH-EARLY-1', '2025-06-20T09:00:00+07:00', '2025-06-24T17:00:00+07:00'),
    );
    expect(early.status).toBe(422);
    expect(early.json.code).toBe('UNIT_NOT_BEGUN');
    expect(early.json.detail).toContain('bắt đầu từ ngày 01/07/2025');
    expect(early.json.detail).toContain('07273 (xã Đông Sơn)');
    expect(early.json.detail).toContain('DONGSON');
  });

  it("the successor records commands for it, in the dossier's own stream, and its Q3 report carries it over", async () => {
    const resolve = await call('POST', '/v1/offices/07294/dossiers/DS-2025-001/resolve', CLERK_BO_HA, {
      decision: 'approved',
      at: '2025-07-03T10:00:00+07:00',
    });
    expect(resolve.status, JSON.stringify(resolve.json)).toBe(200);
    expect(resolve.json.office).toBe('DONGSON');
    const ret = await call('POST', '/v1/offices/07294/dossiers/DS-2025-001/return', CLERK_BO_HA, {
      at: '2025-07-04T10:00:00+07:00',
    });
    expect(ret.status).toBe(200);
    const timeline = await call('GET', '/v1/offices/DONGSON/dossiers/DS-2025-001/timeline', ADMIN);
    expect(timeline.json.timeline.map((e: { actor: string }) => e.actor).slice(1)).toEqual([
      'can-bo-bo-ha (07294)',
      'can-bo-bo-ha (07294)',
    ]);
    const q3 = await call('GET', '/v1/units/07294/reports/form06?year=2025&quarter=3&convention=cutoff', ADMIN);
    expect(q3.status).toBe(200);
    expect(q3.json.period).toEqual({ from: '2025-06-15', to: '2025-09-14' });
    expect(q3.json.coverage.predecessors).toEqual(['07273', 'TT-BO-HA', 'XA-HUONG-VI']);
    expect(q3.json.total.received).toMatchObject({ total: 1, directOrPostal: 1, carriedOver: 0 });
    expect(q3.json.total.resolved).toMatchObject({ total: 1, early: 1 });
    // After the change only: Đông Sơn's dossier still open on 1 July is carried over.
    const after = await call('GET', '/v1/units/07294/reports/form06?from=2025-07-01&to=2025-09-14', ADMIN);
    expect(after.json.total.received).toMatchObject({ total: 1, carriedOver: 1 });
    // Đông Sơn's own report ends on its last day.
    const ds = await call('GET', '/v1/units/07273/reports/form06?year=2025&quarter=3&convention=cutoff', ADMIN);
    expect(ds.json.period).toEqual({ from: '2025-06-15', to: '2025-06-30' });
    expect(ds.json.total.pending).toMatchObject({ total: 1, withinDeadline: 1 });
    // The province's roll-up: the hierarchy of 14 September, with Bắc Giang's units as predecessors.
    const bn = await call(
      'GET',
      '/v1/units/BAC-NINH/reports/form06?year=2025&quarter=3&convention=cutoff',
      LEADER_BAC_NINH,
    );
    expect(bn.status).toBe(200);
    expect(bn.json.total).toEqual(q3.json.total);
    expect(bn.json.coverage.predecessors).toContain('BAC-GIANG');
  });

  it('a tracking book for Đông Sơn with a receipt after its end is refused as the API refuses it, naming the successor', () => {
    const book = t.file(
      'dong-son-after.csv',
      [
        HEADER,
        'DS-BOOK-1,Hộ tịch,direct,2025-06-20 09:00,2025-06-23,,',
        'DS-BOOK-2,Hộ tịch,direct,2025-07-02 09:00,2025-07-04,,',
      ].join('\n'),
    );
    const n = eventCount(db);
    const r = motcua(['import', book, '--db', db, '--office', 'DONGSON']);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('dòng 3');
    expect(r.stderr).toContain('07294 (xã Bố Hạ)');
    expect(r.stderr).toContain('đã kết thúc ngày 30/06/2025');
    expect(r.stderr).not.toMatch(/ended on|send the command/);
    expect(r.stderr).not.toContain('dòng 2 ');
    expect(eventCount(db)).toBe(n);
    expect(motcua(['import', book, '--db', db, '--office', 'DONGSON', '--lang', 'en']).stderr).toContain(
      'ended on 2025-06-30',
    );
    // And a receipt by xã Bố Hạ before it began, as the API refuses it.
    const early = t.file(
      'bo-ha-early.csv',
      [HEADER, 'BH-BOOK-1,Hộ tịch,direct,2025-06-20 09:00,2025-06-23,,'].join('\n'),
    );
    const refused = motcua(['import', early, '--db', db, '--office', '07294']);
    expect(refused.status).toBe(1);
    expect(refused.stderr).toContain('bắt đầu từ ngày 01/07/2025');
    expect(eventCount(db)).toBe(n);
  });

  it('motcua report --unit gives the same report as the API', async () => {
    const api = await call('GET', '/v1/units/07294/reports/form06?year=2025&quarter=3&convention=cutoff', ADMIN);
    const cli = motcua([
      'report',
      '--db',
      db,
      '--unit',
      '07294',
      '--year',
      '2025',
      '--quarter',
      '3',
      '--convention',
      'cutoff',
      '--format',
      'json',
    ]);
    expect(cli.status, cli.stderr).toBe(0);
    expect(JSON.parse(cli.stdout)).toEqual(api.json);
    // Printed, the unit is named as the catalogue names it, with the offices it covers.
    const table = motcua(['report', '--db', db, '--unit', '07294', '--year', '2025', '--quarter', '3']);
    expect(table.stdout).toContain('Đơn vị: xã Bố Hạ (07294: 07294, DONGSON, TT-BO-HA, XA-HUONG-VI)');
  });

  it('motcua report --unit reads a unit of a hierarchy file (no dates) as serve --hierarchy does', () => {
    const file = writeJson(t.dir, 'hierarchy.json', {
      units: [{ code: 'HUYEN', level: 'district' }],
      offices: [{ code: 'DONGSON', unit: 'HUYEN' }],
    });
    const args = ['report', '--db', db, '--unit', 'HUYEN', '--from', '2025-06-01', '--to', '2025-06-30'];
    const r = motcua([...args, '--hierarchy', file, '--format', 'json']);
    expect(r.status, r.stderr).toBe(0);
    const report = JSON.parse(r.stdout);
    expect(report).toMatchObject({ office: 'HUYEN', offices: ['DONGSON'] });
    expect(report.coverage).toBeUndefined();
    expect(report.total.received.total).toBe(1);
    const unknown = motcua(args);
    expect(unknown.status).toBe(1);
    expect(unknown.stderr).toContain('không có đơn vị này trong danh mục đơn vị');
  });
});

describe("a unit's scorecard and changes cover what its report covers (the catalogue in the ledger)", () => {
  const Q3 = 'year=2025&quarter=3&convention=cutoff';
  const cli = (unit: string, ...more: string[]) =>
    motcua(['scorecard', '--db', db, '--unit', unit, '--year', '2025', '--quarter', '3', ...more]);

  it('the 766 scorecard of xã Bố Hạ, of Bắc Ninh and of Đông Sơn (ended), by the API and the CLI alike', async () => {
    for (const [unit, key] of [
      ['07294', CLERK_BO_HA],
      ['BAC-NINH', LEADER_BAC_NINH],
      ['07273', ADMIN],
    ] as const) {
      const report = await call('GET', `/v1/units/${unit}/reports/form06?${Q3}`, key);
      expect(report.status, unit).toBe(200);
      const card = await call('GET', `/v1/units/${unit}/scorecard?${Q3}`, key);
      expect(card.status, JSON.stringify(card.json)).toBe(200);
      expect(card.json.offices, unit).toEqual(report.json.offices);
      expect(card.json.period, unit).toEqual(report.json.period);
      expect(card.json.office).toBe(unit);
      const printed = cli(unit, '--convention', 'cutoff', '--format', 'json');
      expect(printed.status, printed.stderr).toBe(0);
      expect(JSON.parse(printed.stdout)).toEqual(card.json);
    }
    // The successor's offices take in its predecessors'; the province's take in Bắc Giang's.
    const bn = await call('GET', `/v1/units/BAC-NINH/scorecard?${Q3}`, LEADER_BAC_NINH);
    expect(bn.json.offices).toEqual(expect.arrayContaining(['07294', 'DONGSON', 'TT-BO-HA', 'XA-HUONG-VI']));
    // Đông Sơn's ends on its last day; a period after its end is refused, naming its successor.
    const ds = await call('GET', `/v1/units/07273/scorecard?${Q3}`, ADMIN);
    expect(ds.json.period).toEqual({ from: '2025-06-15', to: '2025-06-30' });
    const after = await call('GET', '/v1/units/07273/scorecard?year=2025&quarter=4', ADMIN);
    expect(after.status).toBe(422);
    expect(after.json.code).toBe('UNIT_ENDED');
    expect(after.json.detail).toContain('07294 (xã Bố Hạ)');
    const afterCli = motcua(['scorecard', '--db', db, '--unit', '07273', '--year', '2025', '--quarter', '4']);
    expect(afterCli.status).toBe(1);
    expect(afterCli.stderr).toContain('07294 (xã Bố Hạ)');
    const unknown = cli('NOWHERE');
    expect(unknown.status).toBe(1);
    expect(unknown.stderr).toContain('không có đơn vị này trong danh mục đơn vị');
    expect((await call('GET', `/v1/units/NOWHERE/scorecard?${Q3}`, ADMIN)).status).toBe(404);
  });

  it("the changes of xã Bố Hạ's report since before its dossier was written: that dossier, with its events", async () => {
    const knownAt = encodeURIComponent(importedAt);
    const r = await call('GET', `/v1/units/07294/reports/form06/changes?${Q3}&knownAt=${knownAt}`, AUDITOR);
    expect(r.status, JSON.stringify(r.json)).toBe(200);
    const report = await call('GET', `/v1/units/07294/reports/form06?${Q3}`, AUDITOR);
    expect(r.json.offices).toEqual(report.json.offices);
    expect(r.json.period).toEqual(report.json.period);
    const received = r.json.cells.find(
      (c: { field: string; cell: string }) => c.field === '' && c.cell === 'received.total',
    );
    expect(received).toMatchObject({ before: 0, after: report.json.total.received.total });
    const moved = received.dossiers.find((x: { code: string }) => x.code === 'DS-2025-001');
    expect(moved).toMatchObject({ office: 'DONGSON', before: false, after: true });
    expect(moved.events.length).toBeGreaterThan(0);
  });
});
