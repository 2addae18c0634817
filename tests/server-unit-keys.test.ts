// Keys of a district or a province: a key may name units of the office hierarchy beside offices, and
// then covers every office below them. Real files (keys, hierarchy, SQLite) through startServer, the
// path `motcua serve` takes, and the built CLI for a keys file that names a unit wrongly.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type RunningServer, startServer } from '@motcua/server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { call, receiveBody, writeJson } from './server-helpers.js';

const CLI = fileURLToPath(new URL('../packages/cli/dist/main.js', import.meta.url));

/** Province P: district D1 (communes A, B, and office A2 added to it later), D2 (commune C), D3 (none yet). */
const HIERARCHY = {
  units: [
    { code: 'P', name: 'Tỉnh P', level: 'province' },
    { code: 'D1', name: 'Huyện D1', level: 'district', parent: 'P' },
    { code: 'D2', name: 'Huyện D2', level: 'district', parent: 'P' },
    { code: 'D3', name: 'Huyện D3, chưa có cơ quan', level: 'district', parent: 'P' },
  ],
  offices: [
    { code: 'A', unit: 'D1' },
    { code: 'B', unit: 'D1' },
    { code: 'A2', unit: 'D1' },
    { code: 'C', unit: 'D2' },
  ],
};

const K = {
  districtLeader: 'district-leader-0123456789',
  districtClerk: 'district-clerk-0123456789',
  provinceAuditor: 'province-auditor-0123456789',
  oldList: 'old-list-leader-0123456789',
};
const KEYS = [
  { key: K.districtLeader, role: 'leader', units: ['D1'], name: 'leader-d1' },
  { key: K.districtClerk, role: 'clerk', units: ['D1'], name: 'clerk-d1' },
  { key: K.provinceAuditor, role: 'auditor', offices: [], units: ['P'], name: 'auditor-p' },
  // The district's offices as listed before A2 was added: it no longer covers D1.
  { key: K.oldList, role: 'leader', offices: ['A', 'B'], name: 'leader-old-list' },
];

let dir: string;
let server: RunningServer;
const as = (key: string) => ({ headers: { authorization: `Bearer ${key}` } });

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'motcua-unit-keys-'));
  server = await startServer({
    dbPath: join(dir, 'ledger.db'),
    port: 0,
    keysFile: writeJson(dir, 'keys.json', KEYS),
    hierarchyFile: writeJson(dir, 'units.json', HIERARCHY),
    logger: false,
    handleSignals: false,
  });
});
afterAll(async () => {
  await server?.close();
  rmSync(dir, { recursive: true, force: true });
});

const report = (path: string, key: string) => call(server.url, 'GET', `${path}?year=2024`, as(key));

describe('a key that names a unit', () => {
  it('reads the roll-up of its unit and of every unit below it', async () => {
    expect((await report('/v1/units/D1/reports/form06', K.districtLeader)).status).toBe(200);
    const d1 = await report('/v1/units/D1/reports/form06', K.districtClerk);
    expect(d1.status).toBe(200);
    expect(d1.json.offices).toEqual(['A', 'A2', 'B']);
    for (const unit of ['P', 'D1', 'D2', 'D3']) {
      expect((await report(`/v1/units/${unit}/reports/form06`, K.provinceAuditor)).status).toBe(200);
    }
    expect((await report('/v1/units/D3/reports/form06', K.provinceAuditor)).json.offices).toEqual([]);
  });

  it('reads every office under its unit, and no office outside it', async () => {
    for (const office of ['A', 'B', 'A2']) {
      expect((await report(`/v1/offices/${office}/reports/form06`, K.districtLeader)).status).toBe(200);
      expect((await report(`/v1/offices/${office}/indicators`, K.districtLeader)).status).toBe(200);
    }
    const outside = await report('/v1/offices/C/reports/form06', K.districtLeader);
    expect(outside.status).toBe(403);
    expect(outside.json.code).toBe('FORBIDDEN');
    expect((await report('/v1/units/P/reports/form06', K.districtLeader)).status).toBe(403);
    expect((await report('/v1/units/D2/reports/form06', K.districtLeader)).status).toBe(403);
    expect((await report('/v1/units/D3/reports/form06', K.districtLeader)).status).toBe(403);
  });

  it('lists its units in /v1/units', async () => {
    const mine = await call(server.url, 'GET', '/v1/units', as(K.districtLeader));
    expect(mine.json.units.map((u: { code: string }) => u.code)).toEqual(['D1']);
    const province = await call(server.url, 'GET', '/v1/units', as(K.provinceAuditor));
    expect(province.json.units.map((u: { code: string }) => u.code).sort()).toEqual(['D1', 'D2', 'D3', 'P']);
  });

  it('writes for an office under its unit when its role may write, and nowhere else', async () => {
    const post = (office: string, key: string, code: string) =>
      call(server.url, 'POST', `/v1/offices/${office}/dossiers`, { ...as(key), body: receiveBody(code) });
    expect((await post('A2', K.districtClerk, 'UK-1')).status).toBe(201);
    expect((await post('C', K.districtClerk, 'UK-2')).status).toBe(403);
    const leader = await post('A', K.districtLeader, 'UK-3');
    expect(leader.status).toBe(403); // a leader reads only
    const d1 = await report('/v1/units/D1/reports/form06', K.districtLeader);
    expect(d1.json.total.received.total).toBe(1);
  });

  it('a list of offices that misses one of the unit’s is refused the roll-up, naming the unit', async () => {
    const r = await call(server.url, 'GET', '/v1/units/D1/reports/form06?year=2024', {
      headers: { authorization: `Bearer ${K.oldList}`, 'accept-language': 'en' },
    });
    expect(r.status).toBe(403);
    expect(r.json.detail).toBe('this key does not cover every office of unit D1');
    expect((await report('/v1/offices/A/reports/form06', K.oldList)).status).toBe(200);
  });
});

describe('a keys file whose units the hierarchy does not hold is refused on load', () => {
  const start = (keys: unknown, hierarchy: unknown | null) =>
    startServer({
      dbPath: join(dir, 'never.db'),
      port: 0,
      keysFile: writeJson(dir, 'bad-keys.json', keys),
      ...(hierarchy ? { hierarchyFile: writeJson(dir, 'bad-units.json', hierarchy) } : {}),
      logger: false,
      handleSignals: false,
    });

  it.each([
    [
      'an unknown unit',
      [KEYS[0], { key: 'k-0123456789abcdef', role: 'leader', units: ['D1', 'D9'], name: 'typo' }],
      HIERARCHY,
      /key \[1\] \(typo\) units\[1\]: D9 is not a unit of the office hierarchy/,
    ],
    [
      'an office under units',
      [{ key: 'k-0123456789abcdef', role: 'leader', units: ['A'] }],
      HIERARCHY,
      /key \[0\] units\[0\]: A is an office, not a unit; list it under "offices"/,
    ],
    [
      'units without a hierarchy',
      [{ key: 'k-0123456789abcdef', role: 'leader', units: ['D1'] }],
      null,
      /key \[0\] units\[0\]: D1 names a unit, but no office hierarchy is loaded/,
    ],
    [
      'units that are not a list',
      [{ key: 'k-0123456789abcdef', role: 'leader', units: 'D1' }],
      HIERARCHY,
      /\[0\.units\]/,
    ],
  ])('%s', async (_name, keys, hierarchy, message) => {
    await expect(start(keys, hierarchy)).rejects.toThrow(message);
    // Refused before the ledger is opened: nothing was created.
    expect(existsSync(join(dir, 'never.db'))).toBe(false);
  });

  it('motcua serve says so (in Vietnamese unless --lang en) and exits non-zero', () => {
    const keys = writeJson(dir, 'cli-keys.json', [{ key: 'k-0123456789abcdef', role: 'clerk', units: ['HUYEN_X'] }]);
    const units = writeJson(dir, 'cli-units.json', HIERARCHY);
    const serve = (...lang: string[]) =>
      spawnSync(
        process.execPath,
        [
          CLI,
          'serve',
          '--db',
          join(dir, 'cli.db'),
          '--create',
          '--keys',
          keys,
          '--hierarchy',
          units,
          '--port',
          '0',
        ].concat(lang),
        { encoding: 'utf8', timeout: 30_000 },
      );
    const r = serve('--lang', 'en');
    expect(r.signal).toBeNull(); // it ended by itself, not by the timeout
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/units\[0\]: HUYEN_X is not a unit of the office hierarchy/);
    expect(existsSync(join(dir, 'cli.db'))).toBe(false);
    const vi = serve();
    expect(vi.status).toBe(1);
    expect(vi.stderr).toMatch(/khóa \[0\] units\[0\]: HUYEN_X không phải đơn vị nào của cây đơn vị/);
    expect(vi.stderr).not.toMatch(/is not a unit/);
  });
});
