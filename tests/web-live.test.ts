import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HEADER, motcua, tempDir } from './cli-support.js';
import { axeViolations, type Dashboard, haveBrowser, SHOTS, shot, startDashboard } from './web-support.js';

const KEYS = {
  auditor: 'auditor-dongson-live-0c4b7e21',
  clerk: 'clerk-dongson-live-9f3a6d10',
  importer: 'clerk-import-live-41d2c8e7',
};
const LATE_ENTRY = 'DS-240329-0011';
const NEW_OFFICE = 'XA-MOI';

const tmp = tempDir('motcua-web-live-');
let d: Dashboard;
const open = (path: string, key: string) => d.open(path, key);

async function eventsInLedger(): Promise<string> {
  const r = await fetch(`${d.base}/v1/audit/verify`, { headers: { authorization: `Bearer ${KEYS.auditor}` } });
  return ((await r.json()) as { size: string }).size;
}

beforeAll(async () => {
  if (!haveBrowser) return;
  d = await startDashboard(
    tmp,
    [
      { key: KEYS.auditor, role: 'auditor', offices: ['DONGSON', NEW_OFFICE], name: 'kiem-toan' },
      { key: KEYS.clerk, role: 'clerk', offices: ['DONGSON'], name: 'mot-cua-dongson' },
      { key: KEYS.importer, role: 'clerk', offices: [NEW_OFFICE], name: 'mot-cua-xa-moi' },
    ],
    ['--allow-new-offices'],
  );
}, 120_000);

afterAll(async () => {
  try {
    await d?.stop();
  } finally {
    tmp.cleanup();
  }
});

describe.skipIf(!haveBrowser)('the dashboard on the browser routes', () => {
  it('shows what changed since a knownAt before a late entry: the cell, the dossier and its event', async () => {
    const known = encodeURIComponent('2024-04-01T00:00:00+07:00');
    const page = await open(`/?office=DONGSON&from=2024-01-01&to=2024-03-31&knownAt=${known}`, KEYS.auditor);
    const total = page.locator('tr[data-field=""] [data-cell="received.total"]');
    await total.waitFor();
    expect(await total.textContent()).toBe('495');
    await page.locator('[data-see-changes]').click();
    await page.waitForURL(/view=changes/);
    expect(page.url()).toContain(`knownAt=${known}`);
    const cell = page.locator('.change[data-field=""][data-cell="received.total"]');
    await cell.waitFor();
    expect(await cell.locator('[data-before]').textContent()).toBe('495');
    expect(await cell.locator('[data-after]').textContent()).toBe('496');
    const moved = cell.locator(`tr[data-dossier="${LATE_ENTRY}"]`);
    expect(await moved.locator('li[data-event="DossierReceived"]').count()).toBe(1);
    expect(await moved.textContent()).toContain('tiếp nhận hồ sơ');
    await shot(page, '20-changes');
    await page.screenshot({ path: join(SHOTS, '20b-changes-top.png') });
    expect(await axeViolations(page), 'changes').toEqual([]);
    await page.goBack();
    await total.waitFor();
    expect(await total.textContent()).toBe('495');
  });

  it('lists open dossiers sorted by due date, a page at a time, with back returning to the page before', async () => {
    const page = await open('/?view=worklist&office=DONGSON&status=all&limit=5', KEYS.auditor);
    const rows = page.locator('.worklist-table tbody tr');
    await rows.first().waitFor();
    expect(await page.locator('select[name="status"]').inputValue()).toBe('all');
    expect(await rows.count()).toBe(5);
    const first = await rows.evaluateAll((rs) => rs.map((r) => r.getAttribute('data-dossier')));
    const dues = await page
      .locator('.worklist-table tbody time')
      .evaluateAll((ts) => ts.map((t) => t.getAttribute('datetime') ?? ''));
    expect(dues.map((d) => Date.parse(d))).toEqual([...dues.map((d) => Date.parse(d))].sort((a, b) => a - b));
    // Received and due read the same way, in office time: dd/mm/yyyy hh:mm.
    const received = await page.locator('.worklist-table tbody td:nth-child(4)').allTextContents();
    const due = await page.locator('.worklist-table tbody time').allTextContents();
    expect(received).toHaveLength(5);
    for (const text of [...received, ...due]) expect(text).toMatch(/^\d{2}\/\d{2}\/\d{4} \d{2}:\d{2}(:\d{2})?$/);
    await page.locator('a[rel="next"]').click();
    await page.waitForURL(/cursor=/);
    await page.locator(`.worklist-table tbody tr[data-dossier="${first[0]}"]`).waitFor({ state: 'detached' });
    const second = await rows.evaluateAll((rs) => rs.map((r) => r.getAttribute('data-dossier')));
    expect(second.some((c) => first.includes(c))).toBe(false);
    await shot(page, '21-worklist-page-2');
    await page.goBack();
    await page.locator(`.worklist-table tbody tr[data-dossier="${first[0]}"]`).waitFor();

    // Filters go into the URL under the API's own names.
    await page.selectOption('select[name="status"]', 'finished');
    await page.selectOption('select[name="channel"]', 'direct');
    await page.click('form.worklist-filter button[type="submit"]');
    await page.waitForURL(/status=finished.*channel=direct|channel=direct.*status=finished/);
    await page.locator('.worklist[data-total]').waitFor();
    expect(await axeViolations(page), 'worklist').toEqual([]);
  });

  it('updates the work list and the report without a reload when a dossier is received elsewhere', async () => {
    // 2024: DONGSON ended on 30/06/2025 (it became Bố Hạ); its books and reports go on for the years before.
    const year = 2024;
    const watcher = await open('/?view=worklist&office=DONGSON&q=LIVE', KEYS.clerk);
    await watcher.locator('.worklist[data-total="0"]').waitFor();
    await watcher.locator('[data-live="on"]').waitFor();
    const report = await open(`/?office=DONGSON&year=${year}`, KEYS.clerk);
    const total = report.locator('tr[data-field=""] [data-cell="received.total"]');
    await total.waitFor();
    await report.locator('[data-live="on"]').waitFor();
    const before = Number(await total.textContent());
    await watcher.evaluate(() => Object.assign(globalThis, { notReloaded: true }));
    await report.evaluate(() => Object.assign(globalThis, { notReloaded: true }));
    // A live re-read redraws in place: the table the clerk is reading never leaves the page.
    // (Source text: the tests are typed without the DOM's names.)
    await report.evaluate(`(() => {
      const table = document.querySelector('table.form06');
      if (!table) throw new Error('no report table');
      new MutationObserver(() => {
        if (!table.isConnected) globalThis.reportBlanked = true;
      }).observe(document.body, { childList: true, subtree: true });
    })()`);

    // Another clerk's tab receives a dossier through the form.
    const counter = await open('/?view=receive&office=DONGSON', KEYS.clerk);
    await counter.fill('input[name="receivedAt"]', '2024-06-10T09:00');
    await counter.fill('input[name="dossierCode"]', 'LIVE-0001');
    await counter.click('form.receive button[type="submit"]');
    await counter.locator('[data-saved="LIVE-0001"]').waitFor();

    await watcher.locator('.worklist-table tr[data-dossier="LIVE-0001"]').waitFor();
    await expect.poll(() => total.textContent(), { timeout: 15_000 }).toBe(String(before + 1));
    await shot(watcher, '22-worklist-live');

    // The CLI imports a book into the same file: the server's poll brings it to the open page too.
    const book = tmp.file(
      'live-book.csv',
      [HEADER, `LIVE-CLI-1,Hộ tịch,direct,${year}-06-11,${year}-06-14,,`].join('\n'),
    );
    expect(motcua(['import', book, '--db', d.db, '--office', 'DONGSON']).status).toBe(0);
    await watcher.locator('.worklist-table tr[data-dossier="LIVE-CLI-1"]').waitFor();
    await expect.poll(() => total.textContent(), { timeout: 15_000 }).toBe(String(before + 2));
    expect(await watcher.evaluate(() => (globalThis as unknown as { notReloaded?: boolean }).notReloaded)).toBe(true);
    expect(await report.evaluate(() => (globalThis as unknown as { notReloaded?: boolean }).notReloaded)).toBe(true);
    expect(await report.evaluate(() => (globalThis as unknown as { reportBlanked?: boolean }).reportBlanked)).toBe(
      undefined,
    );
  });

  it('imports a book: a file that is not a book, a dry run listing bad lines, then all or nothing', async () => {
    const page = await open(`/?view=import&office=${NEW_OFFICE}`, KEYS.importer);
    const size0 = await eventsInLedger();
    await page.setInputFiles('input[name="book"]', {
      name: 'notes.txt',
      mimeType: 'text/plain',
      buffer: Buffer.from('hello'),
    });
    await page.click('form.import button[type="submit"]');
    await page.locator('#book-error').waitFor();
    expect(await page.locator('#book-error').textContent()).toBe('Tệp phải là .csv hoặc .xlsx');

    const bad = [
      HEADER,
      'B1,Hộ tịch,online,2024-01-15,2024-01-17,2024-01-16,',
      'B2,Hộ tịch,online,ngày-hôm-qua,2024-01-17,,',
    ].join('\n');
    await page.setInputFiles('input[name="book"]', { name: 'so.csv', mimeType: 'text/csv', buffer: Buffer.from(bad) });
    await page.click('form.import button[type="submit"]');
    const issue = page.locator('.issues tbody tr').first();
    await issue.waitFor();
    expect(await issue.getAttribute('data-line')).toBe('3');
    expect(await issue.locator('td').first().textContent()).toContain('received_at');
    await shot(page, '23-import-dry-run-bad');
    expect(await axeViolations(page), 'import').toEqual([]);
    expect(await eventsInLedger()).toBe(size0);

    const good = [
      HEADER,
      'B1,Hộ tịch,online,2024-01-15,2024-01-17,2024-01-16,',
      'B2,Chứng thực,direct,2024-02-01,2024-02-01,2024-02-01,',
    ].join('\n');
    await page.setInputFiles('input[name="book"]', { name: 'so.csv', mimeType: 'text/csv', buffer: Buffer.from(good) });
    await page.click('form.import button[type="submit"]');
    await page.locator('.import-result[data-dry-run="true"][data-ok="true"]').waitFor();
    expect(await eventsInLedger()).toBe(size0);
    // The upload's progress (XMLHttpRequest upload events) reached the whole file: "x% of y MB sent".
    const sent = page.locator('.upload-progress');
    expect(
      await sent.locator('progress[data-upload-progress]').evaluate((e) => (e as unknown as { value: number }).value),
    ).toBe(100);
    expect(await sent.textContent()).toMatch(/Đã gửi 100% của [\d,]+ KB/);
    await page.getByRole('button', { name: 'Nhập toàn bộ sổ' }).click();
    await page.locator('.import-result[data-dry-run="false"][data-ok="true"]').waitFor();
    expect(await sent.locator('progress').evaluate((e) => (e as unknown as { value: number }).value)).toBe(100);
    expect(BigInt(await eventsInLedger())).toBeGreaterThan(BigInt(size0));
    await shot(page, '24-import-done');
    expect(d.errors).toEqual([]);
  });
});
