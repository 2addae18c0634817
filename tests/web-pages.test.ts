// The dashboard's pages in a real headless Chromium against the built `motcua serve` (a child process) on a
// temporary SQLite file seeded with the sample commune: the report's charts, the dossier page (timeline,
// late entries, time travel), the 766 indicators, the audit page, a clerk's receive and actions, what each
// role is offered, a clerk of another office seeing nothing of DONGSON, and axe-core on every page.
// Screenshots go to test-output/web/ to be looked at.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { eventNameVi } from '@motcua/domain';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { motcua, tempDir } from './cli-support.js';
import { axeViolations, type Dashboard, haveBrowser, newPage, SHOTS, shot, startDashboard } from './web-support.js';

const KEYS = {
  auditor: 'auditor-dongson-pages-7d1e0c9b',
  clerk: 'clerk-dongson-pages-3a8f52e1',
  leader: 'leader-dongson-pages-91c04d7a',
  otherClerk: 'clerk-other-office-pages-55b2',
  province: 'auditor-all-offices-pages-6e20',
};
const Q1 = '/?office=DONGSON&from=2024-01-01&to=2024-03-31';
/** Received 29 March 2024, written into the ledger on 1 April: a late entry. */
const LATE_ENTRY = 'DS-240329-0011';

const tmp = tempDir('motcua-web-pages-');
let d: Dashboard;
const open = (path: string, key: string) => d.open(path, key);

async function api<T>(path: string, key = KEYS.auditor): Promise<T> {
  const r = await fetch(`${d.base}${path}`, { headers: { authorization: `Bearer ${key}` } });
  expect(r.status, path).toBe(200);
  return (await r.json()) as T;
}

async function expectAccessible(page: Page, what: string) {
  expect(await axeViolations(page), what).toEqual([]);
}

beforeAll(async () => {
  if (!haveBrowser) return;
  const hierarchy = tmp.file(
    'hierarchy.json',
    JSON.stringify({
      units: [{ code: 'YEN-THE', name: 'Huyện Yên Thế', level: 'district', parent: null }],
      offices: [{ code: 'DONGSON', name: 'Xã Đông Sơn', unit: 'YEN-THE' }],
    }),
  );
  d = await startDashboard(
    tmp,
    [
      { key: KEYS.auditor, role: 'auditor', offices: ['DONGSON'], name: 'kiem-toan' },
      { key: KEYS.clerk, role: 'clerk', offices: ['DONGSON'], name: 'mot-cua-dongson' },
      { key: KEYS.leader, role: 'leader', offices: ['DONGSON'], name: 'lanh-dao' },
      { key: KEYS.otherClerk, role: 'clerk', offices: ['XA-KHAC'], name: 'mot-cua-xa-khac' },
      { key: KEYS.province, role: 'auditor', offices: ['*'], name: 'kiem-toan-tinh' },
    ],
    ['--allow-new-offices', '--hierarchy', hierarchy],
  );
}, 120_000);

afterAll(async () => {
  try {
    await d?.stop();
  } finally {
    tmp.cleanup();
  }
});

describe.skipIf(!haveBrowser)('the dashboard pages', () => {
  it('draws the report charts from the API: received by channel per month, resolved by field, the 12-month rate', async () => {
    const page = await open(Q1, KEYS.auditor);
    for (const name of ['received-by-channel', 'resolved-by-field', 'on-time-trend']) {
      await page.locator(`[data-chart="${name}"][data-drawn="yes"] canvas`).first().waitFor();
    }
    // The months are the 12 ending with the report's last month, each the API's own report for that month.
    const march = await api<{ total: { received: { online: number; direct: number } } }>(
      '/v1/offices/DONGSON/reports/form06?year=2024&month=3',
    );
    const row = page.locator('[data-chart="received-by-channel"] tbody tr').last();
    expect(await row.locator('th').textContent()).toBe('03/2024');
    expect(await row.locator('td').first().textContent()).toBe(String(march.total.received.online));
    expect(await row.locator('td').nth(1).textContent()).toBe(String(march.total.received.direct));
    const byField = page.locator('[data-chart="resolved-by-field"] tbody tr');
    expect(await byField.count()).toBeGreaterThan(1);
    await shot(page, '10-report-charts');
    await expectAccessible(page, 'report');
  });

  it('downloads the report on screen as xlsx (as filed) and csv through the API, the key never in a link', async () => {
    const page = await open(Q1, KEYS.auditor);
    await page.locator('table.form06').waitFor();
    const saved = async (format: 'xlsx' | 'csv') => {
      const [download] = await Promise.all([page.waitForEvent('download'), page.click(`[data-download="${format}"]`)]);
      expect(download.suggestedFilename()).toBe(`form06-DONGSON-2024-01-01_2024-03-31.${format}`);
      return readFileSync((await download.path())!);
    };
    const xlsx = await saved('xlsx');
    expect(xlsx.subarray(0, 2).toString('latin1')).toBe('PK'); // a zip: the workbook
    const csv = (await saved('csv')).toString('utf8');
    const report = await api<{ total: { received: { total: number } } }>(
      '/v1/offices/DONGSON/reports/form06?from=2024-01-01&to=2024-03-31&format=json',
    );
    const total = csv.split(/\r?\n/).find((l) => /Tổng cộng/.test(l));
    expect(total, csv.slice(0, 300)).toBeDefined();
    expect(total!.split(',')).toContain(String(report.total.received.total));
    expect(await page.locator('a[href*="Bearer"], a[href*="key="]').count()).toBe(0);
    await page.locator('.downloads').screenshot({ path: join(SHOTS, '10c-report-downloads.png') });
  });

  it("shows a unit's roll-up with its charts, its numbers plain (no drill-down route for units)", async () => {
    const page = await open('/?unit=YEN-THE&year=2024&quarter=1', KEYS.auditor);
    const total = page.locator('tr[data-field=""] [data-cell="received.total"]');
    await total.waitFor();
    expect(await total.textContent()).toBe('496');
    expect(await page.locator('[data-cell] a').count()).toBe(0);
    expect(await page.locator('.report').getAttribute('data-office')).toBe('YEN-THE');
    await page.locator('[data-chart="received-by-channel"][data-drawn="yes"]').waitFor();
    await page.locator('[data-chart="on-time-trend"][data-drawn="yes"]').waitFor();
    await shot(page, '10b-unit-rollup');
  });

  it("says what a catalogue unit's report covers across the 2025 change: its predecessors, the whole period", async () => {
    const page = await open('/?unit=07294&year=2025&quarter=3&convention=cutoff', KEYS.province);
    const coverage = page.locator('[data-coverage="07294"]');
    await coverage.waitFor();
    const report = await api<{ coverage: { note: { vi: string } } }>(
      '/v1/units/07294/reports/form06?year=2025&quarter=3&convention=cutoff',
      KEYS.province,
    );
    expect(await coverage.textContent()).toBe(`xã Bố Hạ — ${report.coverage.note.vi}`);
    expect(report.coverage.note.vi).toContain('07273 (xã Đông Sơn)');
    // The form shows the period the URL asked for (its quarter and convention), not the first choices.
    expect(await page.locator('select[name="quarter"]').inputValue()).toBe('3');
    expect(await page.locator('select[name="convention"]').inputValue()).toBe('cutoff');
    await shot(page, '10d-unit-coverage');
  });

  it("shows what changed in a unit's report since a knownAt before a late entry, from its report's link", async () => {
    const known = encodeURIComponent('2024-04-01T00:00:00+07:00');
    const page = await open(`/?unit=YEN-THE&from=2024-01-01&to=2024-03-31&knownAt=${known}`, KEYS.province);
    await page.locator('[data-see-changes]').click();
    await page.waitForURL(/view=changes/);
    const total = page.locator('details.change[data-field=""][data-cell="received.total"]');
    await total.waitFor();
    expect(await total.locator('[data-before]').textContent()).toBe('495');
    expect(await total.locator('[data-after]').textContent()).toBe('496');
    expect(await total.locator(`[data-dossier="${LATE_ENTRY}"]`).count()).toBe(1);
    expect(await page.locator('.changes').getAttribute('data-office')).toBe('YEN-THE');
  });

  it('opens a dossier from a drill-down: its state, its timeline with both times, positions and hashes', async () => {
    const page = await open(`${Q1}&cell=resolved.late`, KEYS.auditor);
    const first = page.locator('[data-drill-cell="resolved.late"] [data-dossier] a').first();
    const code = (await first.textContent()) ?? '';
    await first.click();
    // Polled rather than waitForURL: a failure then says which URL the page is on (CI once timed out here).
    await expect
      .poll(() => page.url(), { timeout: 20_000 })
      .toBe(`${d.base}/?view=dossier&office=DONGSON&code=${code}`);
    await page.locator('table.timeline tbody tr').first().waitFor();
    const view = await api<{
      status: string;
      receivedAt: string;
      finished: { type: string };
      timeline: { type: string; position: string; hash: string; occurredAt: string }[];
    }>(`/v1/offices/DONGSON/dossiers/${code}`);
    const rows = page.locator('table.timeline tbody tr');
    expect(await rows.count()).toBe(view.timeline.length);
    for (const [i, e] of view.timeline.entries()) {
      expect(await rows.nth(i).getAttribute('data-position')).toBe(e.position);
      expect(await rows.nth(i).locator('[data-hash]').textContent()).toBe(e.hash);
      expect(await rows.nth(i).locator('time').first().getAttribute('datetime')).toBe(e.occurredAt);
      // Each event by the name its dossier's rule set gives it (this one's apology: the 2018 rules' words).
      expect(await rows.nth(i).locator('th').textContent()).toBe(eventNameVi(e.type, view.receivedAt));
    }
    expect(view.timeline.map((e) => e.type)).toContain('DueDateRescheduled');
    // How it ended, in the counter's words (the event's Vietnamese name), not the API's English kind.
    const finished = await page.locator('[data-fact="finished"]').textContent();
    expect(finished).toContain('quá hạn');
    expect(finished).toContain(`(${eventNameVi(view.finished.type, view.receivedAt)})`);
    expect(finished).not.toMatch(/returned|withdrawn/i);
    await shot(page, '11-dossier-late');
    await expectAccessible(page, 'dossier');
    await page.goBack();
    await page.locator('[data-drill-cell="resolved.late"]').waitFor();
  });

  it('marks a late entry, and shows the dossier as known at a moment, saying so plainly', async () => {
    const page = await open(`/?view=dossier&office=DONGSON&code=${LATE_ENTRY}`, KEYS.auditor);
    const received = page.locator('tr[data-event="DossierReceived"]');
    await received.waitFor();
    expect(await received.getAttribute('data-late-entry')).toBe('yes');
    expect(await received.textContent()).toContain('ghi muộn');
    await shot(page, '12-dossier-late-entry');

    // Before it was written down the ledger knew nothing of it; a day later it did.
    await page.fill('form.travel input[name="knownAt"]', '2024-04-01T00:00');
    await page.click('form.travel button[type="submit"]');
    await page.waitForURL(/knownAt=2024-04-01T00%3A00%3A00%2B07%3A00/);
    await page.getByRole('alert').filter({ hasText: 'không có hồ sơ này vào thời điểm đó' }).waitFor();
    await page.fill('form.travel input[name="knownAt"]', '2024-04-02T00:00');
    await page.click('form.travel button[type="submit"]');
    await page.locator('[data-known-at]').filter({ hasText: 'như nó đã được ghi nhận lúc' }).waitFor();
    await page.locator('table.timeline tbody tr').first().waitFor();
    await shot(page, '13-dossier-known-at');
    await page.goBack();
    await page.getByRole('alert').filter({ hasText: 'không có hồ sơ này vào thời điểm đó' }).waitFor();
  });

  it('switches the dossier page to English and back', async () => {
    const page = await open(`/?view=dossier&office=DONGSON&code=${LATE_ENTRY}`, KEYS.auditor);
    await page.locator('tr[data-event="DossierReceived"]').waitFor();
    await page.getByRole('button', { name: 'English' }).click();
    await page.locator('table.timeline caption').filter({ hasText: 'Timeline (event log)' }).waitFor();
    expect(await page.locator('tr[data-event="DossierReceived"]').textContent()).toContain('late entry');
    expect(await page.locator('[data-fact="status"]').textContent()).toBe('Processing');
    await shot(page, '12b-dossier-en');
    await page.getByRole('button', { name: 'Tiếng Việt' }).click();
    await page.locator('table.timeline caption').filter({ hasText: 'Diễn biến' }).waitFor();
  });

  it('shows the 766 indicators with numerator and denominator, gauges and the 12-month trend', async () => {
    const page = await open('/?view=indicators&office=DONGSON&year=2024&quarter=1', KEYS.leader);
    const figures = await api<{
      indicators: Record<string, { numerator: number; denominator: number; value: number | null }>;
    }>('/v1/offices/DONGSON/indicators?year=2024&quarter=1');
    await page.locator('[data-indicator]').first().waitFor();
    for (const [name, f] of Object.entries(figures.indicators)) {
      const row = page.locator(`[data-indicator="${name}"]`);
      expect(await row.locator('[data-part="numerator"]').textContent(), name).toBe(String(f.numerator));
      expect(await row.locator('[data-part="denominator"]').textContent(), name).toBe(String(f.denominator));
      // A Vietnamese page writes a decimal comma: 99,2%, not 99.2%.
      const shown = f.value === null ? null : `${String(Math.round(f.value * 1000) / 10).replace('.', ',')}%`;
      if (shown) expect(await row.locator('[data-part="value"]').textContent(), name).toBe(shown);
      await page.locator(`[data-chart="gauge-${name}"][data-drawn="yes"]`).waitFor();
    }
    await page.locator('[data-chart="indicators-trend"][data-drawn="yes"]').waitFor();
    await shot(page, '14-indicators');
    await expectAccessible(page, 'indicators');
  });

  it("shows the audit page with the chain's state as the API verifies it", async () => {
    const page = await open('/?view=audit', KEYS.auditor);
    await page.locator('[data-verified]').waitFor();
    const v = await api<{ ok: boolean; size: string; headHash: string }>('/v1/audit/verify');
    expect(await page.locator('[data-verified]').getAttribute('data-verified')).toBe(v.ok ? 'yes' : 'no');
    expect(await page.locator('[data-fact="size"]').textContent()).toBe(v.size);
    expect(await page.locator('[data-fact="headHash"]').textContent()).toBe(v.headHash);
    await shot(page, '15-audit');
    await expectAccessible(page, 'audit');
  });

  it('checks a checkpoint file made with motcua checkpoint sign, uploaded on the audit page', async () => {
    const key = tmp.file('checkpoint.key');
    const pub = tmp.file('checkpoint.pub');
    const cp = tmp.file('ledger.checkpoint');
    expect(motcua(['checkpoint', 'keygen', '--key', key, '--pub', pub]).status).toBe(0);
    expect(motcua(['checkpoint', 'sign', '--db', d.db, '--key', key, '--out', cp]).status).toBe(0);
    const page = await open('/?view=audit', KEYS.auditor);
    const form = page.locator('form.checkpoint-upload');
    // This server was given no checkpoint key: without the signer's public key it says what is missing.
    await page.setInputFiles('input[name="checkpoint"]', cp);
    await form.locator('button[type="submit"]').click();
    await form.locator('[data-refusal]').waitFor();
    expect(await form.locator('[data-refusal]').textContent()).toContain('cần khóa công khai');
    await page.setInputFiles('input[name="publicKey"]', pub);
    await form.locator('button[type="submit"]').click();
    await form.locator('[data-upload-holds]').waitFor();
    expect(await form.locator('[data-upload-holds]').getAttribute('data-upload-holds')).toBe('yes');
    const signed = /^size: (\d+)$/m.exec(readFileSync(cp, 'utf8'))?.[1];
    expect(signed).toMatch(/^\d+$/);
    expect(await form.locator('[data-fact="checkpointSize"]').textContent()).toBe(signed);
    expect(await form.textContent()).toContain(`Sổ cái vẫn giữ nguyên ${signed} sự kiện đầu như đã ký`);
    await shot(page, '15b-audit-checkpoint-upload');
    await expectAccessible(page, 'audit with a checkpoint checked');
  });

  it('offers each role only what it may do', async () => {
    const navOf = async (key: string) => {
      const page = await open(Q1, key);
      await page.locator('tr[data-field=""] [data-cell="received.total"]').waitFor();
      const nav = await page
        .locator('nav.pages [data-nav]')
        .evaluateAll((as) => as.map((a) => a.getAttribute('data-nav')));
      const knownAt = await page.locator('form.period input[name="knownAt"]').count();
      await page.locator('#office-list option[value="DONGSON"]').waitFor({ state: 'attached' });
      await page.context().close();
      return { nav, knownAt };
    };
    const clerk = await navOf(KEYS.clerk);
    expect(clerk.nav).toEqual(['report', 'indicators', 'worklist', 'receive', 'import']);
    expect(clerk.knownAt).toBe(0);
    const leader = await navOf(KEYS.leader);
    expect(leader.nav).toEqual(['report', 'indicators', 'worklist']);
    const auditor = await navOf(KEYS.auditor);
    expect(auditor.nav).toEqual(['report', 'indicators', 'worklist', 'changes', 'audit']);
    expect(auditor.knownAt).toBe(1);
  });

  it('lets a clerk receive a dossier with the due date shown before saving, then act on it; refusals in Vietnamese', async () => {
    const page = await open('/?view=receive&office=DONGSON', KEYS.clerk);
    await page.selectOption('select[name="procedureCode"]', '1.001193');
    await page.fill('input[name="receivedAt"]', '2024-06-03T09:00');
    await page.locator('[data-due]').filter({ hasText: 'Hạn trả theo lịch làm việc' }).waitFor();
    const due = await api<{ dueAt: string }>(
      `/v1/offices/DONGSON/due-date?procedureCode=1.001193&receivedAt=${encodeURIComponent('2024-06-03T09:00:00+07:00')}`,
      KEYS.clerk,
    );
    // Office time as every table shows it: dd/mm/yyyy hh:mm (the due date is at a whole minute).
    const office = new Date(Date.parse(due.dueAt) + 7 * 3600_000).toISOString();
    const dueShown = `${office.slice(8, 10)}/${office.slice(5, 7)}/${office.slice(0, 4)} ${office.slice(11, 16)}`;
    // Polled: the due date of the form's first time (now) shows first, then the one for the time typed.
    await expect.poll(() => page.locator('[data-due]').textContent(), { timeout: 10_000 }).toContain(dueShown);
    await page.fill('input[name="dossierCode"]', 'WEB-0001');
    await shot(page, '16-receive');
    await expectAccessible(page, 'receive');
    await page.click('form.receive button[type="submit"]');
    await page.locator('[data-saved="WEB-0001"]').waitFor();
    const saved = await api<{ dueAt: string }>('/v1/offices/DONGSON/dossiers/WEB-0001', KEYS.clerk);
    expect(saved.dueAt).toBe(due.dueAt);

    await page.locator('[data-saved] a').click();
    await page.waitForURL(/view=dossier&office=DONGSON&code=WEB-0001/);
    await page.goBack();

    // The same code again: the API refuses, the page says so in Vietnamese next to the form.
    await page.fill('input[name="receivedAt"]', '2024-06-03T09:00');
    await page.fill('input[name="dossierCode"]', 'WEB-0001');
    await page.click('form.receive button[type="submit"]');
    await page.locator('form.receive [data-refusal]').waitFor();
    expect(await page.locator('form.receive [data-refusal]').textContent()).toContain('hồ sơ đã được tiếp nhận');
    await page.goForward();
    await page.waitForURL(/view=dossier&office=DONGSON&code=WEB-0001/);
    await page.locator('[data-fact="working-left"]').waitFor();
    const events = () => page.locator('table.timeline tbody tr').count();
    expect(await events()).toBe(1);

    // A supplement request with no reason is refused before anything is sent.
    await page.check('input[name="action"][value="supplement-requests"]');
    await page.click('form.action button[type="submit"]');
    await page.locator('#act-reason-error').waitFor();
    expect(await page.locator('#act-reason-error').textContent()).toBe('Bắt buộc');
    // A new date before the due date: the API's refusal, in Vietnamese, next to the form; nothing written.
    await page.check('input[name="action"][value="reschedule"]');
    await page.fill('form.action input[name="reason"]', 'Mất điện');
    await page.fill('form.action input[name="newDueAt"]', '2024-06-03T10:00');
    await page.fill('form.action input[name="at"]', '2024-06-03T10:00');
    await page.click('form.action button[type="submit"]');
    await page.locator('form.action [data-refusal]').waitFor();
    const refusal = await page.locator('form.action [data-refusal]').textContent();
    expect(refusal).toContain('hạn mới');
    // Times as a clerk reads them, not ISO: "… phải sau hạn xử lý 09:00 ngày 04/06/2024".
    expect(refusal).toMatch(/\d{2}:\d{2} ngày \d{2}\/\d{2}\/\d{4}/);
    expect(refusal).not.toMatch(/\d{4}-\d{2}-\d{2}T/);
    await shot(page, '17-action-refused');
    expect(await events()).toBe(1);

    await page.check('input[name="action"][value="resolve"]');
    await page.fill('form.action input[name="at"]', '2024-06-04T10:00');
    await page.click('form.action button[type="submit"]');
    await page.locator('[data-status="approved"]').waitFor();
    await page.check('input[name="action"][value="return"]');
    await page.fill('form.action input[name="at"]', '2024-06-04T11:00');
    await page.click('form.action button[type="submit"]');
    await page.locator('[data-status="finished"]').waitFor();
    const dueDay = new Date(Date.parse(due.dueAt) + 7 * 3600_000).toISOString().slice(0, 10);
    const outcome = '2024-06-04' < dueDay ? 'trước hạn' : '2024-06-04' === dueDay ? 'đúng hạn' : 'quá hạn';
    expect(await page.locator('[data-fact="finished"]').textContent()).toContain(outcome);
    expect(await events()).toBe(3);
    expect(await page.locator('section.actions').count()).toBe(0);
    await shot(page, '18-dossier-finished');
  });

  it("shows a clerk of another office nothing of DONGSON's", async () => {
    const page = await open(Q1, KEYS.otherClerk);
    await page.getByRole('alert').first().waitFor();
    expect(await page.locator('[data-cell]').count()).toBe(0);
    expect(await page.getByRole('alert').first().textContent()).toMatch(/DONGSON/);
    // The offices offered for typing are the key's own (GET /v1/offices): never DONGSON.
    const offered = await page
      .locator('#office-list option')
      .evaluateAll((os) => os.map((o) => o.getAttribute('value')));
    expect(offered).not.toContain('DONGSON');
    await page.goto(`${d.base}/?view=dossier&office=DONGSON&code=${LATE_ENTRY}`);
    await page.getByRole('alert').first().waitFor();
    expect(await page.locator('table.timeline').count()).toBe(0);
    await page.goto(`${d.base}/?view=indicators&office=DONGSON&year=2024&quarter=1`);
    await page.getByRole('alert').first().waitFor();
    expect(await page.locator('[data-indicator]').count()).toBe(0);
    await shot(page, '19-other-office');
    expect(d.errors).toEqual([]);
  });

  it('has no serious or critical accessibility violation on the sign-in page', async () => {
    const page = await newPage(d.browser, d.errors);
    await page.goto(`${d.base}/`);
    await page.locator('input[name="key"]').waitFor();
    await expectAccessible(page, 'sign-in');
  });
});
