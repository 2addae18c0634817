// The files `motcua` is started with (API keys, the office hierarchy) are refused in the clerk's words:
// Vietnamese by default, zod's and our own English only with --lang en (issue 11, item 7). Before, both
// languages printed "invalid key file at [0.key]: Invalid input: expected string, received number".
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureBuilt, motcua, tempDir } from './cli-support.js';

const t = tempDir('motcua-file-messages-');
beforeAll(() => {
  ensureBuilt();
  expect(motcua(['seed', '--db', t.file('seeded.db')]).status).toBe(0);
}, 300_000);
afterAll(() => t.cleanup());

const ENGLISH = /Invalid input|expected|invalid key file|cannot read|is not a unit|listed twice/;

describe('a bad keys file', () => {
  const serve = (keys: string, lang: string[] = []) =>
    motcua(['serve', '--db', t.file('seeded.db'), '--keys', keys, '--port', '0', ...lang]);

  it('names the entry and field in Vietnamese, in English with --lang en', () => {
    const keys = t.file('bad-keys.json', JSON.stringify([{ key: 1, role: 'clerk', offices: ['DONGSON'] }]));
    const vi = serve(keys);
    expect(vi.status).toBe(1);
    expect(vi.stderr).toContain(`${keys}: tệp khóa không hợp lệ tại [0.key]:`);
    expect(vi.stderr).not.toMatch(ENGLISH);
    const en = serve(keys, ['--lang', 'en']);
    expect(en.status).toBe(1);
    expect(en.stderr).toContain(
      `${keys}: invalid key file at [0.key]: Invalid input: expected string, received number`,
    );
  });

  it('says when the file is missing or not JSON', () => {
    const missing = serve(t.file('no-such-keys.json'));
    expect(missing.stderr).toContain('không đọc được tệp khóa');
    expect(missing.stderr).not.toMatch(ENGLISH);
    const notJson = serve(t.file('not-json.json', '{ key: 1'));
    expect(notJson.stderr).toContain('không phải JSON hợp lệ');
    expect(notJson.stderr).not.toMatch(/Unexpected|Expected/);
    expect(serve(t.file('not-json.json'), ['--lang', 'en']).stderr).toMatch(/is not valid JSON: /);
  });

  it('refuses a key listed twice', () => {
    const key = { key: 'k-0123456789abcdef', role: 'clerk', offices: ['DONGSON'] };
    const keys = t.file('twice.json', JSON.stringify([key, key]));
    expect(serve(keys).stderr).toContain('tệp khóa: một khóa được liệt kê hai lần');
    expect(serve(keys, ['--lang', 'en']).stderr).toContain('keys file: the same key is listed twice');
  });
});

describe('a bad hierarchy file', () => {
  const report = (hierarchy: string, lang: string[] = []) =>
    motcua([
      'scorecard',
      '--db',
      t.file('seeded.db'),
      '--unit',
      'HUYEN',
      '--hierarchy',
      hierarchy,
      '--year',
      '2024',
      '--quarter',
      '1',
      ...lang,
    ]);

  it('names the place and the rule in Vietnamese, in English with --lang en', () => {
    const h = t.file('bad-units.json', JSON.stringify({ units: [{ code: 5 }], offices: [] }));
    const vi = report(h);
    expect(vi.status).toBe(1);
    expect(vi.stderr).toContain(
      `--hierarchy: ${h}: cần { units, offices } hoặc một cây { code, children }; tại [units.0.code]:`,
    );
    expect(vi.stderr).not.toMatch(ENGLISH);
    const en = report(h, ['--lang', 'en']);
    expect(en.stderr).toContain(
      `${h}: expected { units, offices } or a tree { code, children }; at [units.0.code]: Invalid input`,
    );
  });

  it('refuses a unit listed twice, and a list whose unit has an unknown parent', () => {
    const twice = t.file(
      'twice-units.json',
      JSON.stringify({ units: [{ code: 'HUYEN' }, { code: 'HUYEN' }], offices: [{ code: 'DONGSON', unit: 'HUYEN' }] }),
    );
    expect(report(twice).stderr).toContain('đơn vị HUYEN được liệt kê hai lần');
    expect(report(twice, ['--lang', 'en']).stderr).toContain('unit HUYEN is listed twice');
    const list = t.file(
      'list-units.json',
      JSON.stringify([{ code: 'DONGSON', name: 'Đông Sơn', level: 'office', parent: 'NOWHERE' }]),
    );
    const vi = report(list);
    expect(vi.stderr).toContain('danh sách đơn vị không hợp lệ tại [0].parent');
    expect(vi.stderr).not.toMatch(ENGLISH);
    expect(report(list, ['--lang', 'en']).stderr).toContain('hierarchy[0] (DONGSON).parent: unknown unit NOWHERE');
  });
});

describe('checkpoint keys and files', () => {
  const db = () => t.file('seeded.db');

  it('a key file that is not a key, or is missing, is said without OpenSSL or the system in Vietnamese', () => {
    const notKey = t.file('not-a-key.pem', 'nope\n');
    const vi = motcua(['checkpoint', 'sign', '--key', notKey, '--db', db()]);
    expect(vi.status).toBe(1);
    expect(vi.stderr).toContain('không thực hiện được: khóa không đọc được: cần một khóa Ed25519 dạng PEM');
    expect(vi.stderr).not.toMatch(/DECODER|error:/);
    const en = motcua(['checkpoint', 'sign', '--key', notKey, '--db', db(), '--lang', 'en']);
    expect(en.stderr).toMatch(/failed: .*DECODER/);
    const missing = motcua(['checkpoint', 'sign', '--key', t.file('no-such-key.pem'), '--db', db()]);
    expect(missing.stderr).toContain(`không thực hiện được: không có tệp ${t.file('no-such-key.pem')}`);
    expect(missing.stderr).not.toContain('ENOENT');
  });

  it('a checkpoint that does not hold says why in Vietnamese, in English with --lang en', () => {
    const keys = ['--key', t.file('cp.key'), '--pub', t.file('cp.pub')];
    expect(motcua(['checkpoint', 'keygen', ...keys]).status).toBe(0);
    const other = ['--key', t.file('other.key'), '--pub', t.file('other.pub')];
    expect(motcua(['checkpoint', 'keygen', ...other]).status).toBe(0);
    const cp = t.file('seeded.checkpoint');
    expect(motcua(['checkpoint', 'sign', '--key', t.file('cp.key'), '--db', db(), '--out', cp]).status).toBe(0);
    const verify = (file: string, pub: string, lang: string[] = []) =>
      motcua(['checkpoint', 'verify', file, '--pub', pub, '--db', db(), ...lang]);

    const wrongKey = verify(cp, t.file('other.pub'));
    expect(wrongKey.status).toBe(1);
    expect(wrongKey.stderr).toContain(
      'chữ ký không khớp: điểm kiểm tra đã bị sửa, hoặc khóa công khai không phải của người ký',
    );
    expect(verify(cp, t.file('other.pub'), ['--lang', 'en']).stderr).toContain('signature does not match');

    const notCheckpoint = t.file('not.checkpoint', 'hello\n');
    expect(verify(notCheckpoint, t.file('cp.pub')).stderr).toContain('tệp này không phải điểm kiểm tra');
    expect(verify(notCheckpoint, t.file('cp.pub')).stderr).not.toMatch(/not a checkpoint|expected/);
    expect(verify(notCheckpoint, t.file('cp.pub'), ['--lang', 'en']).stderr).toContain('not a checkpoint file');
    expect(verify(cp, t.file('cp.pub')).status).toBe(0);
  });
});

describe('a file named on the command line that cannot be read, or is not JSON', () => {
  const db = () => t.file('seeded.db');
  const period = ['--year', '2024', '--quarter', '1'];
  it('is said in Vietnamese by every command that reads one, never in the system’s English', () => {
    const missing = t.file('missing-dir/none.csv');
    const folder = t.dir;
    const badInputs = t.file('bad-inputs.json', '{"inputs": {"1.1": 0.5,}}');
    const badUnits = t.file('bad-units.json', '[{"code": "X",\n "name": }]');
    const cases: Array<[string[], string]> = [
      [['import', missing, '--db', db(), '--office', 'DONGSON'], `không đọc được tệp ${missing}: không có tệp này`],
      [['units', 'import', folder, '--db', db()], `không đọc được tệp ${folder}: đây là một thư mục, không phải tệp`],
      [['check-report', missing], `không đọc được tệp ${missing}: không có tệp này`],
      [
        ['import', missing, '--db', db(), '--office', 'DONGSON', '--calendar', missing],
        `--calendar không đọc được tệp ${missing}: không có tệp này`,
      ],
      [
        ['scorecard', '--db', db(), '--office', 'DONGSON', ...period, '--inputs', missing],
        `--inputs không đọc được tệp ${missing}: không có tệp này`,
      ],
      [
        ['scorecard', '--db', db(), '--office', 'DONGSON', ...period, '--inputs', badInputs],
        `--inputs ${badInputs}: không phải JSON hợp lệ (ở dòng 1, cột 24)`,
      ],
      [['units', 'import', badUnits, '--db', db()], 'không phải JSON hợp lệ: gặp «}» không đúng chỗ'],
    ];
    for (const [args, said] of cases) {
      const r = motcua(args);
      expect(r.status, args.join(' ')).toBe(1);
      expect(r.stderr, args.join(' ')).toContain(said);
      expect(r.stderr, args.join(' ')).not.toMatch(/ENOENT|EISDIR|no such|Unexpected|Expected|position/);
    }
    expect(motcua(['check-report', missing, '--lang', 'en']).stderr).toContain(`cannot read ${missing}: no such file`);
  });
});
