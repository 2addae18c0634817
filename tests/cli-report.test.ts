// `motcua report`, `check-report`, `dossier show`, `audit cell`, `verify` and `checkpoint` as a user runs them.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BOOK_Q1, ensureBuilt, motcua, tempDir } from './cli-support.js';

const tmp = tempDir();
let db: string;

beforeAll(() => {
  ensureBuilt();
  db = join(tmp.dir, 'ledger.db');
  const later =
    'dossier_code,field,channel,received_at,due_at,returned_at,withdrawn_at\nB1,Hộ tịch,online,2024-04-02,2024-04-05,2024-04-03,\n';
  for (const [name, text] of [
    ['q1.csv', BOOK_Q1],
    ['q2.csv', later],
  ]) {
    const r = motcua(['import', '--db', db, '--office', 'dongson', tmp.file(name!, text)]);
    if (r.status !== 0) throw new Error(r.stderr);
  }
});
afterAll(() => tmp.cleanup());

const q1 = ['--db', () => db, '--year', '2024', '--quarter', '1'] as const;
const args = (...a: Array<string | (() => string)>) => a.map((x) => (typeof x === 'function' ? x() : x));

describe('report', () => {
  it('json is exactly the report object', () => {
    const r = motcua(args('report', ...q1, '--format', 'json'));
    expect(r.status, r.stderr).toBe(0);
    const report = JSON.parse(r.stdout);
    expect(Object.keys(report)).toEqual(expect.arrayContaining(['period', 'office', 'total', 'rows', 'indicators']));
    expect(report.period).toEqual({ from: '2024-01-01', to: '2024-03-31' });
    expect(report.office).toBe('dongson');
    expect(Object.keys(report.total).sort()).toEqual(
      ['awaitingSupplement', 'lateRescheduled', 'pending', 'received', 'resolved', 'withdrawnOrReturned'].sort(),
    );
    expect(Object.keys(report.total.received).sort()).toEqual(
      ['carriedOver', 'direct', 'directOrPostal', 'online', 'postal', 'total'].sort(),
    );
    for (const row of report.rows) expect(typeof row.field).toBe('string');
    expect(report.total.received.total).toBe(7);
    expect(r.stderr).toBe('');
  });

  it('table is Form 06 with Vietnamese headers in 100 columns, English with --lang en', () => {
    const vi = motcua(args('report', ...q1));
    expect(vi.status, vi.stderr).toBe(0);
    for (const line of vi.stdout.split('\n')) expect([...line].length).toBeLessThanOrEqual(100);
    for (const word of ['Lĩnh vực', 'Số hồ sơ nhận giải quyết', 'Trước', 'Đúng', 'Quá', 'Tổng cộng', '(13)']) {
      expect(vi.stdout).toContain(word);
    }
    const en = motcua(args('report', ...q1, '--lang', 'en', '--format', 'table'));
    expect(en.status).toBe(0);
    for (const line of en.stdout.split('\n')) expect([...line].length).toBeLessThanOrEqual(100);
    for (const word of ['Field', 'Received', 'Resolved', 'Pending', 'Total']) expect(en.stdout).toContain(word);
  });

  it('csv and md carry the same numbers; --out writes a file', () => {
    const csv = motcua(args('report', ...q1, '--format', 'csv'));
    expect(csv.status).toBe(0);
    const lines = csv.stdout
      .replace(/^\uFEFF/, '')
      .trimEnd()
      .split('\r\n');
    const total = lines.at(-1)!.split(',');
    expect(total.slice(1, 13)).toEqual(['Tổng cộng', '7', '4', '3', '0', '5', '2', '2', '1', '2', '1', '1']);
    const out = join(tmp.dir, 'q1.md');
    const md = motcua(args('report', ...q1, '--format', 'md', '--out', out, '--lang', 'en'));
    expect(md.status).toBe(0);
    expect(md.stdout).toBe('');
    expect(readFileSync(out, 'utf8')).toContain('| **Total** | **7** |');
  });

  it('xlsx is laid out like the submitted form: title, period, office, numbered columns, field and total rows', async () => {
    const out = join(tmp.dir, 'q1.xlsx');
    const r = motcua(args('report', ...q1, '--format', 'xlsx', '--out', out));
    expect(r.status, r.stderr).toBe(0);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out);
    const ws = wb.worksheets[0]!;
    const text = (row: number, col: number) => String(ws.getCell(row, col).value ?? '');
    expect(text(1, 1)).toContain('BIỂU SỐ 06');
    expect(text(2, 1)).toContain('01/01/2024');
    expect(text(3, 1)).toContain('dongson');
    const numbering = Array.from({ length: 13 }, (_, i) => text(8, i + 1));
    expect(numbering).toEqual(Array.from({ length: 13 }, (_, i) => `(${i + 1})`));
    let totalRow = 9;
    while (text(totalRow, 2) !== 'Tổng cộng') totalRow++;
    expect(totalRow - 9).toBe(4); // four fields
    expect(Array.from({ length: 11 }, (_, i) => ws.getCell(totalRow, i + 3).value)).toEqual([
      7, 4, 3, 0, 5, 2, 2, 1, 2, 1, 1,
    ]);
    // Without --out and stdout not a terminal, the workbook goes to stdout.
    const piped = motcua(args('report', ...q1, '--format', 'xlsx'));
    expect(piped.status).toBe(0);
    expect(piped.stdoutBytes.subarray(0, 2).toString()).toBe('PK');
  });

  it('takes a month, a from/to range, the cut-off convention and a known-at moment', () => {
    const month = JSON.parse(
      motcua(args('report', '--db', () => db, '--year', '2024', '--month', '2', '--format', 'json')).stdout,
    );
    expect(month.period).toEqual({ from: '2024-02-01', to: '2024-02-29' });
    expect(month.total.received.total).toBe(2);
    const range = JSON.parse(
      motcua(args('report', '--db', () => db, '--from', '2024-01-01', '--to', '2024-06-30', '--format', 'json')).stdout,
    );
    expect(range.total.received.total).toBe(8);
    const cutoff = JSON.parse(motcua(args('report', ...q1, '--convention', 'cutoff', '--format', 'json')).stdout);
    expect(cutoff.period).toEqual({ from: '2023-12-15', to: '2024-03-14' });
    const before = JSON.parse(
      motcua(args('report', ...q1, '--known-at', '2000-01-01T00:00:00Z', '--format', 'json')).stdout,
    );
    expect(before.total.received.total).toBe(0);
    expect(before.knownAt).not.toBeNull();
  });

  it('reports one office with --office and refuses an unknown office', () => {
    expect(motcua(args('report', ...q1, '--office', 'dongson', '--format', 'json')).status).toBe(0);
    const r = motcua(args('report', ...q1, '--office', 'nowhere'));
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('nowhere');
  });

  it.each([
    [['--year', '2024']],
    [['--quarter', '1']],
    [['--year', '2024', '--quarter', '1', '--month', '2']],
    [['--from', '2024-01-01']],
    [['--year', '2024', '--quarter', '1', '--from', '2024-01-01', '--to', '2024-02-01']],
    [['--year', '2024', '--quarter', '5']],
    [['--from', '2024-02-30', '--to', '2024-03-01']],
    [['--from', '2024-03-01', '--to', '2024-02-01']],
    [[]],
  ])('exactly one period form, else exit 2: %j', (period) => {
    const r = motcua(['report', '--db', db, ...period]);
    expect(r.status).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).not.toBe('');
  });

  it('refuses a wrong format, convention or known-at as wrong usage (exit 2)', () => {
    expect(motcua(args('report', ...q1, '--format', 'docx')).status).toBe(2);
    expect(motcua(args('report', ...q1, '--convention', 'lunar')).status).toBe(2);
    expect(motcua(args('report', ...q1, '--known-at', 'tomorrow')).status).toBe(2);
    // Not read as 1 March (Date.parse rolls 30 February over).
    const feb30 = motcua(args('report', ...q1, '--known-at', '2024-02-30T00:00:00+07:00'));
    expect(feb30.status).toBe(2);
    expect(feb30.stderr).toContain('--known-at "2024-02-30T00:00:00+07:00"');
    expect(motcua(args('report', ...q1, '--lang', 'fr')).status).toBe(2);
  });

  it('refuses a ledger that does not exist (exit 1) instead of reporting zeros', () => {
    const r = motcua(['report', '--db', join(tmp.dir, 'none.db'), '--year', '2024', '--quarter', '1']);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('none.db');
  });
});

describe('check-report', () => {
  it("catches the seed report's 2023 figures, each broken identity with its numbers", () => {
    const file = tmp.file(
      '2023.json',
      JSON.stringify({
        total: {
          received: { total: 2159, online: 2194, direct: 29, carriedOver: 2 },
          resolved: { early: 2091, onTime: 131, late: 2 },
          pending: { total: 1 },
        },
      }),
    );
    const r = motcua(['check-report', file]);
    expect(r.status).toBe(1);
    expect(r.stdout).toContain('received.total 2159 ≠ online + directOrPostal + carriedOver = 2225');
    expect(r.stdout).toContain('received.total 2159 ≠ resolved.total + pending.total = 2225');
    expect(r.stderr).toContain('direct + postal = 29');
  });

  it('passes a report the ledger printed, and the Q1 2024 figures of the seed', () => {
    const printed = tmp.file('printed.json', motcua(args('report', ...q1, '--format', 'json')).stdout);
    const ok = motcua(['check-report', printed]);
    expect(ok.status, ok.stdout + ok.stderr).toBe(0);
    expect(ok.stdout).toBe('');
    const seedQ1 = tmp.file(
      'q1-2024.json',
      JSON.stringify({
        total: {
          received: { total: 496, online: 493, direct: 2, carriedOver: 1 },
          resolved: { early: 409, onTime: 56, late: 4 },
          pending: { total: 27, withinDeadline: 27 },
        },
      }),
    );
    expect(motcua(['check-report', seedQ1]).status).toBe(0);
  });

  it('checks rows against the total and prints JSON on request', () => {
    const file = tmp.file(
      'rows.json',
      JSON.stringify({
        total: { resolved: { late: 4 } },
        rows: [
          { field: 'Bảo trợ xã hội', resolved: { late: 1 } },
          { field: 'Hộ tịch', resolved: { late: 2 } },
        ],
      }),
    );
    const r = motcua(['check-report', file, '--format', 'json']);
    expect(r.status).toBe(1);
    const out = JSON.parse(r.stdout);
    expect(out.ok).toBe(false);
    expect(out.breaks).toMatchObject([{ left: 4, right: 3 }]);
  });

  it('says the sum of rows and the carried-over chain in Vietnamese, English with --lang en', () => {
    const file = tmp.file(
      'chain.json',
      JSON.stringify([
        { total: { pending: { total: 4 } } },
        {
          total: { received: { carriedOver: 3 }, resolved: { late: 4 } },
          rows: [{ field: 'Hộ tịch', resolved: { late: 3 } }],
        },
      ]),
    );
    const vi = motcua(['check-report', file]);
    expect(vi.status).toBe(1);
    // In JSON, `identity` stays the formula a program matches on; `text` and `message` are for people.
    const json = JSON.parse(motcua(['check-report', file, '--format', 'json']).stdout) as {
      breaks: Array<{ text: string; message: string }>;
    };
    for (const said of [vi.stdout, json.breaks.map((b) => b.text).join('\n')]) {
      expect(said).not.toMatch(/sum of rows|previous/);
      expect(said).toContain('resolved.late 4 ≠ tổng resolved.late của các dòng = 3');
      expect(said).toContain('received.carriedOver 3 ≠ pending.total của báo cáo trước = 4');
    }
    expect(json.breaks.map((b) => b.message).join('\n')).not.toMatch(/sum of rows|previous/);
    const en = motcua(['check-report', file, '--lang', 'en']);
    expect(en.stdout).toContain("sum of rows' resolved.late");
    expect(en.stdout).toContain('previous pending.total');
  });

  it('refuses a file that is not a report, or has no figure an identity can use, saying what was expected', () => {
    for (const [name, text] of [
      ['empty.json', '{}'],
      ['foo.json', '{"foo":1}'],
      ['nested.json', '[[1]]'],
      ['none.json', '[]'],
      ['one-figure.json', '{"total":{"received":{"total":5}}}'],
      ['string.json', '"496"'],
    ] as const) {
      const r = motcua(['check-report', tmp.file(name, text)]);
      expect(r.status, `${name}: ${r.stdout}${r.stderr}`).toBe(1);
      expect(r.stderr).toContain(name);
      expect(r.stderr).not.toContain('đều thỏa');
      expect(r.stderr).toMatch(/cần một báo cáo Biểu 06|không có số liệu nào đủ/);
    }
    const en = motcua(['check-report', tmp.file('empty.json', '{}'), '--lang', 'en']);
    expect(en.status).toBe(1);
    expect(en.stderr).toContain('expected a Form 06 report');
  });

  it('names unknown keys, wherever they are, and checks nothing', () => {
    const file = tmp.file(
      'typo.json',
      JSON.stringify({
        foo: 1,
        total: { recieved: { total: 3 }, resolved: { total: 2, early: 1, onTime: 1, late: 0, soon: 1 } },
        rows: [{ field: 'Hộ tịch', bar: 2 }],
      }),
    );
    const r = motcua(['check-report', file]);
    expect(r.status).toBe(1);
    for (const key of ['foo', 'total.recieved', 'total.resolved.soon', 'rows[0].bar']) expect(r.stderr).toContain(key);
    expect(r.stdout).toBe('');
  });

  it("says where a file's JSON breaks, in the user's language", () => {
    const r = motcua(['check-report', tmp.file('broken.json', '{\n  "total": {\n    "received" 3\n}')]);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('không phải JSON hợp lệ (ở dòng 3, cột');
  });

  it('refuses unreadable JSON with exit 1 and a missing argument with exit 2', () => {
    expect(motcua(['check-report', tmp.file('bad.json', '{"total": ')]).status).toBe(1);
    expect(motcua(['check-report']).status).toBe(2);
  });
});

describe('dossier show and audit cell', () => {
  it('names a field that does not occur as unknown, with the closest known one, instead of printing 0', () => {
    const cell = ['audit', 'cell', '--db', db, '--from', '2024-01-01', '--to', '2024-03-31', '--cell', 'resolved.late'];
    const typo = motcua([...cell, '--field', 'Ho tich']);
    expect(typo.status).toBe(1);
    expect(typo.stdout).toBe('');
    expect(typo.stderr).toContain('--field "Ho tich": không có lĩnh vực này trong sổ cái');
    expect(typo.stderr).toContain('Ý bạn là "Hộ tịch"?');
    expect(typo.stderr).not.toContain('0 hồ sơ');
    const en = motcua([...cell, '--field', 'Hoh tịch', '--lang', 'en']);
    expect(en.status).toBe(1);
    expect(en.stderr).toContain('Did you mean "Hộ tịch"?');
    const far = motcua([...cell, '--field', 'Xây dựng']);
    expect(far.status).toBe(1);
    expect(far.stderr).not.toContain('Ý bạn là');
    expect(motcua([...cell, '--field', 'Hộ tịch']).status).toBe(0);
  });

  it('shows a dossier in Vietnamese by default: what happened as the counter names it, times in office time', () => {
    const text = motcua(['dossier', 'show', 'A4', '--db', db]);
    expect(text.status, text.stderr).toBe(0);
    expect(text.stdout).toContain('tiếp nhận hồ sơ');
    expect(text.stdout).toContain('trả kết quả');
    expect(text.stdout).not.toMatch(/DossierReceived|ResultReturned/);
    // Every instant is written +07:00; none in UTC ("Z"), which is how recordedAt is stored.
    expect(text.stdout).toMatch(/\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\+07:00/);
    expect(text.stdout).not.toMatch(/\d{2}:\d{2}(:\d{2}(\.\d+)?)?Z/);
  });

  it('shows a dossier with its timeline, as text and as JSON', () => {
    const text = motcua(['dossier', 'show', 'A4', '--db', db, '--lang', 'en']);
    expect(text.status, text.stderr).toBe(0);
    expect(text.stdout).toContain('Dossier A4 (dongson)');
    expect(text.stdout).toContain('late');
    expect(text.stdout).toContain('DossierReceived');
    expect(text.stdout).toContain('ResultReturned');
    const json = JSON.parse(motcua(['dossier', 'show', 'A4', '--db', db, '--format', 'json']).stdout);
    expect(json.code).toBe('A4');
    expect(json.finished.outcome).toBe('late');
    expect(json.timeline.map((e: { type: string }) => e.type)).toEqual([
      'DossierReceived',
      'DossierResolved',
      'ResultReturned',
    ]);
  });

  it('shows the state as of a business day', () => {
    const json = JSON.parse(
      motcua(['dossier', 'show', 'A4', '--db', db, '--as-of', '2024-02-10', '--format', 'json']).stdout,
    );
    expect(json.status).toBe('processing');
    expect(json.finished).toBeNull();
  });

  it('refuses an unknown dossier with exit 1', () => {
    expect(motcua(['dossier', 'show', 'ZZZ', '--db', db]).status).toBe(1);
  });

  it('lists the dossiers behind a cell, one per line', () => {
    const late = motcua([
      'audit',
      'cell',
      '--db',
      db,
      '--from',
      '2024-01-01',
      '--to',
      '2024-03-31',
      '--cell',
      'resolved.late',
    ]);
    expect(late.status, late.stderr).toBe(0);
    expect(late.stdout).toBe('A4\n');
    const early = motcua([
      'audit',
      'cell',
      '--db',
      db,
      '--from',
      '2024-01-01',
      '--to',
      '2024-03-31',
      '--cell',
      'resolved.early',
      '--field',
      'Hộ tịch',
    ]);
    expect(early.stdout).toBe('A1\nA2\n');
    const bad = motcua([
      'audit',
      'cell',
      '--db',
      db,
      '--from',
      '2024-01-01',
      '--to',
      '2024-03-31',
      '--cell',
      'resolved.sideways',
    ]);
    expect(bad.status).toBe(2);
  });
});

describe('verify and checkpoints', () => {
  it('verifies an intact ledger', () => {
    const ok = motcua(['verify', '--db', db, '--lang', 'en']);
    expect(ok.status, ok.stderr).toBe(0);
    expect(ok.stdout).toMatch(/^ok: hash chain of \d+ events; rebuild matches; every Form 06 identity holds/);
  });

  it('fails verify on an edited event, naming its position', async () => {
    const copy = join(tmp.dir, 'edited.db');
    const src = new Database(db, { readonly: true });
    await src.backup(copy);
    src.close();
    const h = new Database(copy);
    const { position } = h
      .prepare("SELECT min(position) AS position FROM events WHERE type = 'DossierResolved'")
      .get() as { position: number };
    h.prepare(`UPDATE events SET data = '{"decision":"refused","note":null}' WHERE position = ?`).run(position);
    h.close();
    const r = motcua(['verify', '--db', copy, '--lang', 'en']);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain(`VERIFY FAILED: hash chain broken at position ${position}`);
  });

  it('signs a checkpoint with a key kept outside the ledger and verifies it; tampering fails', async () => {
    const key = join(tmp.dir, 'keys/auditor.key');
    const pub = join(tmp.dir, 'keys/auditor.pub');
    expect(motcua(['checkpoint', 'keygen', '--key', key, '--pub', pub]).status).toBe(0);
    expect(motcua(['checkpoint', 'keygen', '--key', key, '--pub', pub]).status).toBe(1); // never overwritten
    const copy = join(tmp.dir, 'signed.db');
    const src = new Database(db, { readonly: true });
    await src.backup(copy);
    src.close();
    const ckpt = join(tmp.dir, 'q1.ckpt');
    const signed = motcua(['checkpoint', 'sign', '--db', copy, '--key', key, '--out', ckpt]);
    expect(signed.status, signed.stderr).toBe(0);
    expect(readFileSync(ckpt, 'utf8')).toMatch(/^motcua-checkpoint\/v1\n/);
    const ok = motcua(['checkpoint', 'verify', '--db', copy, '--pub', pub, ckpt, '--lang', 'en']);
    expect(ok.status, ok.stderr).toBe(0);
    expect(ok.stdout).toMatch(/^ok:/);
    // more events later: still fine
    const more =
      'dossier_code,field,channel,received_at,due_at,returned_at,withdrawn_at\nC1,Hộ tịch,online,2024-05-02,2024-05-05,,\n';
    expect(motcua(['import', '--db', copy, '--office', 'dongson', tmp.file('more.csv', more)]).status).toBe(0);
    expect(motcua(['checkpoint', 'verify', '--db', copy, '--pub', pub, ckpt]).status).toBe(0);
    // an edit before the checkpoint: refused
    const h = new Database(copy);
    h.prepare("UPDATE events SET meta = replace(meta, 'import', 'someone') WHERE position = 2").run();
    h.close();
    const bad = motcua(['checkpoint', 'verify', '--db', copy, '--pub', pub, ckpt, '--lang', 'en']);
    expect(bad.status).toBe(1);
    expect(bad.stderr).toContain('checkpoint does NOT verify');
  });
});
