// Issue 14, item 5: the calendar as a data file (`--calendar FILE` for import, dossier show and serve),
// refused with the line and field named, and due dates in years without an announced calendar flagged
// provisional in the API and the CLI.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { BUILTIN_CALENDAR_CSV } from '@motcua/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BOOK_Q1, ensureBuilt, motcua, spawnServe, tempDir } from './cli-support.js';
import { call, startTestServer } from './server-helpers.js';

const tmp = tempDir('motcua-calendar-');
beforeAll(() => ensureBuilt());
afterAll(() => tmp.cleanup());

const BAD = `date,kind,name,basis,status\n2026-12-07,off,Nghỉ,VB 1,announced\n2026-13-01,off,Nghỉ,VB 1,announced\n`;
const EXTENDED = `${BUILTIN_CALENDAR_CSV}\n2026-12-07,off,Nghỉ đột xuất,Văn bản thử 1/2026,announced\n`;
const KEY = 'k'.repeat(24);

async function serve(db: string, extra: readonly string[]) {
  const keys = tmp.file('keys.json', JSON.stringify([{ key: KEY, role: 'admin', offices: ['*'] }]));
  const { child, url } = await spawnServe(['--create', '--allow-new-offices', '--db', db, '--keys', keys, ...extra]);
  const stop = () =>
    new Promise<void>((r) => {
      child.once('exit', () => r());
      child.kill('SIGTERM');
    });
  return { url, stop };
}

const receive = (url: string, code: string, extra: Record<string, unknown>) =>
  call(url, 'POST', '/v1/offices/07294/dossiers', {
    headers: { authorization: `Bearer ${KEY}` },
    body: { dossierCode: code, channel: 'direct', ...extra },
  });

describe('--calendar FILE', () => {
  it('serve refuses a bad file naming the line and field, in Vietnamese by default, and creates no ledger', () => {
    const bad = tmp.file('bad.csv', BAD);
    const db = join(tmp.dir, 'never.db');
    const keys = tmp.file('keys.json', JSON.stringify([{ key: KEY, role: 'admin', offices: ['*'] }]));
    const base = ['serve', '--create', '--db', db, '--port', '0', '--keys', keys, '--calendar', bad];
    const vi = motcua(base);
    expect(vi.status).toBe(1);
    expect(vi.stderr).toContain('dòng 3, date');
    const en = motcua([...base, '--lang', 'en']);
    expect(en.status).toBe(1);
    expect(en.stderr).toContain('line 3, date: «2026-13-01» is not a day YYYY-MM-DD');
    expect(existsSync(db)).toBe(false);
  });

  it('import refuses a bad file before anything is written', () => {
    const db = join(tmp.dir, 'import-never.db');
    const book = tmp.file('q1.csv', BOOK_Q1);
    const r = motcua(['import', book, '--office', '07294', '--db', db, '--calendar', tmp.file('bad2.csv', BAD)]);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('dòng 3, date');
    expect(existsSync(db)).toBe(false);
  });

  it('a replaced file changes a due date, and a due date in 2027 is provisional in the API and dossier show', async () => {
    const body = { procedureCode: '1.000894', receivedAt: '2026-12-03T08:00:00+07:00' }; // 5 working days
    const plainDb = join(tmp.dir, 'plain.db');
    const plain = await serve(plainDb, []);
    try {
      const r = await receive(plain.url, 'HS-1', body);
      expect(r.status).toBe(201);
      expect(r.json).toMatchObject({ dueAt: '2026-12-10T08:00:00+07:00', dueProvisional: false });
    } finally {
      await plain.stop();
    }
    const db = join(tmp.dir, 'extended.db');
    const file = tmp.file('extended.csv', EXTENDED);
    const extended = await serve(db, ['--calendar', file]);
    try {
      const r = await receive(extended.url, 'HS-1', body);
      expect(r.json).toMatchObject({ dueAt: '2026-12-11T08:00:00+07:00', dueProvisional: false });
      const late = await receive(extended.url, 'HS-2', {
        ...body,
        field: 'Hộ tịch',
        dueAt: '2027-02-10T17:00:00+07:00',
      });
      expect(late.status).toBe(201);
      expect(late.json.dueProvisional).toBe(true);
      const view = await call(extended.url, 'GET', '/v1/offices/07294/dossiers/HS-2', {
        headers: { authorization: `Bearer ${KEY}` },
      });
      expect(view.json.dueProvisional).toBe(true);
    } finally {
      await extended.stop();
    }
    const shown = motcua(['dossier', 'show', 'HS-2', '--db', db, '--calendar', file]);
    expect(shown.status).toBe(0);
    expect(shown.stdout).toContain('(dự kiến: năm chưa có lịch nghỉ công bố)');
    const json = JSON.parse(motcua(['dossier', 'show', 'HS-1', '--db', db, '--format', 'json']).stdout);
    expect(json.dueProvisional).toBe(false);
  });

  it('the API flags a due date in 2028 as provisional and one in 2026 as not', async () => {
    const server = await startTestServer({ now: () => new Date('2028-06-01T00:00:00Z') });
    try {
      const at = (receivedAt: string, code: string) =>
        call(server.base, 'POST', '/v1/offices/A/dossiers', {
          who: 'admin',
          body: { dossierCode: code, procedureCode: '1.001193', channel: 'online', receivedAt },
        });
      expect((await at('2028-03-01T08:00:00+07:00', 'A')).json.dueProvisional).toBe(true);
      expect((await at('2026-03-02T08:00:00+07:00', 'B')).json.dueProvisional).toBe(false);
    } finally {
      await server.close();
    }
  });
});
