// `motcua seed` then the commands an auditor runs on it: the sample's Q1 2024 is the seed report.
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureBuilt, eventCount, motcua, tempDir } from './cli-support.js';

const tmp = tempDir();
const db = join(tmp.dir, 'sample.db');
beforeAll(() => {
  ensureBuilt();
  const r = motcua(['seed', '--db', db, '--lang', 'en']);
  if (r.status !== 0) throw new Error(r.stderr);
});
afterAll(() => tmp.cleanup());

describe('seed', () => {
  it("writes the Đông Sơn sample whose Q1 2024 Form 06 total row is the seed report's", () => {
    const r = motcua(['report', '--db', db, '--year', '2024', '--quarter', '1', '--format', 'json']);
    expect(r.status, r.stderr).toBe(0);
    const t = JSON.parse(r.stdout).total;
    expect(t.received).toMatchObject({ total: 496, online: 493, directOrPostal: 2, carriedOver: 1 });
    expect(t.resolved).toEqual({ total: 469, early: 409, onTime: 56, late: 4 });
    expect(t.pending).toEqual({ total: 27, withinDeadline: 27, overdue: 0 });
    const late = motcua(['audit', 'cell', '--db', db, '--year', '2024', '--quarter', '1', '--cell', 'resolved.late']);
    expect(late.stdout.trim().split('\n')).toHaveLength(4);
  });

  it('says what it wrote with times in office time, not UTC', () => {
    const other = join(tmp.dir, 'times.db');
    const r = motcua(['seed', '--db', other]);
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/ghi nhận từ \d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\+07:00 đến .*\+07:00\)/);
    expect(r.stdout).not.toMatch(/\dZ\b/);
  });

  it('is not written twice', () => {
    const before = eventCount(db);
    const again = motcua(['seed', '--db', db, '--lang', 'en']);
    expect(again.status).toBe(0);
    expect(again.stdout).toContain('already holds the Đông Sơn sample');
    expect(eventCount(db)).toBe(before);
  });

  it('verifies, rebuilds, and passes its own printed reports through check-report', () => {
    const verify = motcua(['verify', '--db', db, '--lang', 'en']);
    expect(verify.status, verify.stderr).toBe(0);
    const rebuild = motcua(['rebuild', '--db', db, '--lang', 'en']);
    expect(rebuild.status, rebuild.stderr).toBe(0);
    expect(rebuild.stdout).toMatch(/^Rebuilt from zero: \d+ events/);
    expect(motcua(['verify', '--db', db]).status).toBe(0);
    const year = motcua(['report', '--db', db, '--from', '2023-01-01', '--to', '2023-12-31', '--format', 'json']);
    const file = tmp.file('2023.json', year.stdout);
    expect(motcua(['check-report', file]).status).toBe(0);
    expect(JSON.parse(year.stdout).total.received.total).toBe(2225);
  });
});
