// Office codes as people write them (issue 16, item 12), on real processes: the built `motcua` CLI on a
// real SQLite file, `motcua serve` on a port. And a ledger written by motcua before the change (a stored
// fixture) still verifies and reports identically.
import { copyFileSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureBuilt, ledgerDigest, motcua, ROOT, startServe, tempDir } from './cli-support.js';

const tmp = tempDir();
beforeAll(() => ensureBuilt());
afterAll(() => tmp.cleanup());

const FIXTURE = join(ROOT, 'tests/fixtures/ledger-main');
const fixture = (name: string) => readFileSync(join(FIXTURE, name), 'utf8');
const CODES = ['xa-dong-son', 'XA_DONGSON', '26.H10', '000.00.25.H10'];
const KEY = 'admin-key-0123456789abcdef';

const serve = (db: string) =>
  startServe(db, tmp.file('keys.json', JSON.stringify([{ key: KEY, role: 'admin', offices: ['*'] }])));

/** The Q1 2024 report of one office, as JSON. */
function q1Report(db: string, office: string) {
  const r = motcua(['report', '--db', db, '--office', office, '--year', '2024', '--quarter', '1', '--format', 'json']);
  expect(r.status, r.stderr).toBe(0);
  return JSON.parse(r.stdout);
}

const headers = { authorization: `Bearer ${KEY}`, 'content-type': 'application/json' };
const path = (office: string, rest = '') => `/v1/offices/${encodeURIComponent(office)}${rest}`;

/** Reads the office's live feed from the start until `text` shows up in it (bounded at 10 s). */
async function feedUntil(url: string, office: string, text: string): Promise<string> {
  const ctl = new AbortController();
  const timer = setTimeout(() => ctl.abort(), 10_000);
  let seen = '';
  try {
    const res = await fetch(`${url}${path(office, '/events')}`, {
      headers: { ...headers, 'last-event-id': '0' },
      signal: ctl.signal,
    });
    expect(res.status).toBe(200);
    const reader = res.body!.getReader();
    const decoder = new TextDecoder();
    while (!seen.includes(text)) {
      const { value, done } = await reader.read();
      if (done) break;
      seen += decoder.decode(value, { stream: true });
    }
  } catch {
    // aborted after 10 s: the assertion below says what was seen
  } finally {
    clearTimeout(timer);
    ctl.abort();
  }
  return seen;
}

describe('a ledger written before office codes could hold a dash', () => {
  it('verifies, reports and shows dossiers exactly as it did, and its stored events are untouched', () => {
    const db = join(tmp.dir, 'old.db');
    copyFileSync(join(FIXTURE, 'ledger.db'), db);
    const verify = motcua(['verify', '--db', db, '--lang', 'en']);
    expect(verify.status, verify.stderr).toBe(0);
    expect(verify.stdout).toBe(fixture('verify.txt'));
    for (const office of ['DONGSON', ...CODES.slice(1)]) {
      // The report reads as it did; ruleSets is a field added since (issue 14 item 4): 2024 receipts are
      // all under Nghị định 61/2018.
      const { ruleSets, ...report } = q1Report(db, office);
      expect(ruleSets.map((r: { id: string; dossiers: number }) => [r.id, r.dossiers])).toEqual([
        ['nd61-2018', report.total.received.total],
      ]);
      expect(report).toEqual(JSON.parse(fixture(`report-${office}.json`)));
    }
    const show = motcua(['dossier', 'show', '--db', db, '--office', 'XA_DONGSON', 'A-2', '--format', 'json']);
    expect(show.status, show.stderr).toBe(0);
    // The dossier reads as it did; dueProvisional is a field added since (issue 14), false for 2024, and
    // handovers one added by issue 15, empty for a ledger written before hand-overs existed.
    const { dueProvisional, handovers, ...shown } = JSON.parse(show.stdout);
    expect(dueProvisional).toBe(false);
    expect(handovers).toEqual([]);
    expect(shown).toEqual(JSON.parse(fixture('dossier-XA_DONGSON-A-2.json')));
    expect(ledgerDigest(db)).toBe(fixture('events.sha256').trim());
  });
});

describe.each(CODES)('office code %s', (office) => {
  it('goes through the CLI: import of a book, report, dossier show, verify', () => {
    const db = join(tmp.dir, `cli-${office}.db`);
    const imp = motcua(['import', '--db', db, '--office', office, join(FIXTURE, 'book.csv'), '--lang', 'en']);
    expect(imp.status, imp.stderr).toBe(0);
    expect(imp.stdout).toContain('7 rows, 7 dossiers');
    const figures = q1Report(db, office);
    const expected = JSON.parse(fixture('report-DONGSON.json'));
    expect(figures.office).toBe(office);
    expect({ total: figures.total, rows: figures.rows }).toEqual({ total: expected.total, rows: expected.rows });
    const show = motcua(['dossier', 'show', '--db', db, '--office', office, 'A-4-x', '--format', 'json']);
    expect(show.status, show.stderr).toBe(0);
    expect(JSON.parse(show.stdout)).toMatchObject({ office, code: 'A-4-x', channel: 'postal' });
    const verify = motcua(['verify', '--db', db, '--lang', 'en']);
    expect(verify.status, verify.stderr).toBe(0);
  });

  it('goes through the API: receive, report, drill-down, dossier, live feed, then verify', async () => {
    const db = join(tmp.dir, `api-${office}.db`);
    // The office is known to the ledger from its book (the server writes only to offices it knows).
    expect(motcua(['import', '--db', db, '--office', office, join(FIXTURE, 'book.csv')]).status).toBe(0);
    const { child, url } = await serve(db);
    try {
      const post = await fetch(`${url}${path(office, '/dossiers')}`, {
        method: 'POST',
        headers: { ...headers, 'idempotency-key': `k-${office}` },
        body: JSON.stringify({
          dossierCode: 'B-1',
          procedureCode: '1.001193',
          field: 'Hộ tịch',
          channel: 'online',
          receivedAt: '2024-02-15T08:30:00+07:00',
          dueAt: '2024-02-20T17:00:00+07:00',
        }),
      });
      expect(post.status, await post.clone().text()).toBe(201);
      const report = await fetch(`${url}${path(office, '/reports/form06')}?year=2024&quarter=1`, { headers });
      expect(report.status).toBe(200);
      const figures = (await report.json()) as { office: string; total: { received: { total: number } } };
      expect(figures.office).toBe(office);
      expect(figures.total.received.total).toBe(8);
      const drill = await fetch(
        `${url}${path(office, '/reports/form06/drill-down')}?cell=received.total&year=2024&quarter=1`,
        { headers },
      );
      expect(drill.status).toBe(200);
      expect(((await drill.json()) as { dossiers: string[] }).dossiers).toContain('B-1');
      const dossier = await fetch(`${url}${path(office, '/dossiers/B-1')}`, { headers });
      expect(dossier.status).toBe(200);
      expect(await dossier.json()).toMatchObject({ office, code: 'B-1' });
      const feed = await feedUntil(url, office, `dossier-${office.replaceAll('-', '~')}-B-1`);
      expect(feed).toContain(`"office":"${office}"`);
      expect(feed).toContain('-B-1');
    } finally {
      child.kill('SIGTERM');
      await new Promise((r) => child.once('exit', r));
    }
    const verify = motcua(['verify', '--db', db, '--lang', 'en']);
    expect(verify.status, verify.stderr).toBe(0);
  });
});
