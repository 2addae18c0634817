// Issue 16, item 7, on a real `motcua serve`: an office the ledger and the units file do not know is a
// 404 problem document for every read (not a 200 report of zeros), and a write cannot create it unless
// the office is declared in the hierarchy file or the server runs with --allow-new-offices.
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureBuilt, eventCount, motcua, ROOT, startServe, tempDir } from './cli-support.js';

const tmp = tempDir();
beforeAll(() => ensureBuilt());
afterAll(() => tmp.cleanup());

const BOOK = join(ROOT, 'tests/fixtures/ledger-main/book.csv');
const KEY = 'admin-key-0123456789abcdef';
const headers = { authorization: `Bearer ${KEY}`, 'content-type': 'application/json', 'accept-language': 'en' };
const keysFile = () => tmp.file('keys.json', JSON.stringify([{ key: KEY, role: 'admin', offices: ['*'] }]));
const hierarchyFile = () =>
  tmp.file(
    'units.json',
    JSON.stringify({
      units: [{ code: 'huyen-dong-son', level: 'district', parent: null }],
      offices: [{ code: 'xa-dong-tien', unit: 'huyen-dong-son' }],
    }),
  );

let n = 0;
/** A ledger holding one office, `xa-dong-son`, from a small book. */
function ledger(): string {
  const db = join(tmp.dir, `ledger-${++n}.db`);
  expect(motcua(['import', '--db', db, '--office', 'xa-dong-son', BOOK]).status).toBe(0);
  return db;
}

async function withServe(db: string, extra: string[], body: (url: string) => Promise<void>): Promise<void> {
  const { child, url } = await startServe(db, keysFile(), extra);
  try {
    await body(url);
  } finally {
    child.kill('SIGTERM');
    await new Promise((r) => child.once('exit', r));
  }
}

const receive = (url: string, office: string, code: string) =>
  fetch(`${url}/v1/offices/${office}/dossiers`, {
    method: 'POST',
    headers,
    body: JSON.stringify({
      dossierCode: code,
      field: 'Hộ tịch',
      channel: 'online',
      receivedAt: '2024-02-15T08:30:00+07:00',
      dueAt: '2024-02-20T17:00:00+07:00',
    }),
  });

async function expectUnknown(res: Response, office: string): Promise<void> {
  expect(res.status).toBe(404);
  expect(res.headers.get('content-type')).toMatch(/^application\/problem\+json/);
  const problem = (await res.json()) as { code: string; detail: string; status: number };
  expect(problem.code).toBe('UNKNOWN_OFFICE');
  expect(problem.status).toBe(404);
  expect(problem.detail).toContain(`office ${office}`);
}

describe('an office nobody declared', () => {
  it('is a 404 problem for every read, while a known office answers', async () => {
    await withServe(ledger(), [], async (url) => {
      const reads = [
        '/reports/form06?year=2024&quarter=1',
        '/reports/form06/drill-down?cell=received.total&year=2024&quarter=1',
        '/reports/form06/cells/received.total?year=2024&quarter=1',
        '/indicators?year=2024&quarter=1',
        '/dossiers/A1',
        '/dossiers/A1/timeline',
        '/events',
      ];
      for (const read of reads) {
        await expectUnknown(await fetch(`${url}/v1/offices/xa-made-up${read}`, { headers }), 'xa-made-up');
        // Codes are case-sensitive: the office that differs only in case is named, not served.
        const cased = await fetch(`${url}/v1/offices/XA-DONG-SON${read}`, { headers });
        await expectUnknown(cased.clone(), 'XA-DONG-SON');
        expect(((await cased.json()) as { detail: string }).detail).toContain('did you mean xa-dong-son?');
      }
      const known = await fetch(`${url}/v1/offices/xa-dong-son/reports/form06?year=2024&quarter=1`, { headers });
      expect(known.status).toBe(200);
    });
  });

  it('cannot be created by a write, even with an admin key: 404 naming the office and how to declare it', async () => {
    const db = ledger();
    const before = eventCount(db);
    await withServe(db, [], async (url) => {
      const res = await receive(url, 'xa-made-up', 'B-1');
      await expectUnknown(res.clone(), 'xa-made-up');
      expect(((await res.json()) as { detail: string }).detail).toContain('--allow-new-offices');
      // A known office still takes writes.
      expect((await receive(url, 'xa-dong-son', 'B-1')).status).toBe(201);
    });
    expect(eventCount(db)).toBe(before + 1);
  });

  it('can be written to once declared in the units file given to serve, and is then known to reads', async () => {
    await withServe(ledger(), ['--hierarchy', hierarchyFile()], async (url) => {
      // Declared but with no dossier yet: a report of zeros is the truth for it.
      const empty = await fetch(`${url}/v1/offices/xa-dong-tien/reports/form06?year=2024&quarter=1`, { headers });
      expect(empty.status).toBe(200);
      expect((await receive(url, 'xa-dong-tien', 'B-1')).status).toBe(201);
      await expectUnknown(await receive(url, 'xa-made-up', 'B-1'), 'xa-made-up');
    });
  });

  it('is opened by its first dossier when serve runs with --allow-new-offices', async () => {
    await withServe(ledger(), ['--allow-new-offices'], async (url) => {
      expect((await receive(url, 'xa-new', 'B-1')).status).toBe(201);
      const report = await fetch(`${url}/v1/offices/xa-new/reports/form06?year=2024&quarter=1`, { headers });
      expect(report.status).toBe(200);
      expect(((await report.json()) as { total: { received: { total: number } } }).total.received.total).toBe(1);
      // Reads of an office nobody wrote to stay refused.
      await expectUnknown(
        await fetch(`${url}/v1/offices/xa-other/reports/form06?year=2024&quarter=1`, { headers }),
        'xa-other',
      );
    });
  });
});
