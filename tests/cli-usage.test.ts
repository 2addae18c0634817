// The command line contract: --help everywhere, usage errors exit 2 (not commander's default 1).
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { BOOK_Q1, ensureBuilt, MAIN, motcua, ROOT } from './cli-support.js';

beforeAll(() => ensureBuilt());

const COMMANDS = [
  [],
  ['import'],
  ['report'],
  ['verify'],
  ['check-report'],
  ['seed'],
  ['rebuild'],
  ['dossier'],
  ['dossier', 'show'],
  ['audit'],
  ['audit', 'cell'],
  ['checkpoint'],
  ['checkpoint', 'keygen'],
  ['checkpoint', 'sign'],
  ['checkpoint', 'verify'],
  ['serve'],
];

describe('help', () => {
  it.each(COMMANDS)('motcua %s --help exits 0 with usage on stdout', (...cmd) => {
    const r = motcua([...cmd, '--help']);
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout).toContain(`Cách dùng: motcua${cmd.length ? ` ${cmd.join(' ')}` : ''}`);
    expect(r.stderr).toBe('');
    const en = motcua([...cmd, '--help', '--lang', 'en']);
    expect(en.stdout).toContain(`Usage: motcua${cmd.length ? ` ${cmd.join(' ')}` : ''}`);
  });

  it("has commander's own words in Vietnamese too: titles, choices and defaults", () => {
    const vi = motcua(['report', '--help']).stdout;
    expect(vi).toContain('Tùy chọn:');
    expect(vi).toContain('(chọn một trong: "json", "table"');
    expect(vi).toMatch(/mặc định:\s+"table"\)/);
    expect(vi).not.toMatch(/\b(Usage|Options|choices|default):/);
    const top = motcua(['--help']).stdout;
    expect(top).toContain('Lệnh:');
    expect(top).not.toContain('Commands:');
    // The usage line and the list of commands, not only the titles: "[options]", "[command]" are commander's.
    expect(top).toContain('Cách dùng: motcua [tùy chọn] [lệnh]');
    expect(top).toMatch(/report \[tùy chọn\]/);
    expect(`${vi}${top}`).not.toMatch(/\[(options|command)\]/);
    const en = motcua(['report', '--help', '--lang', 'en']).stdout;
    expect(en).toContain('(choices: "json", "table"');
    expect(en).toContain('Options:');
    expect(en).toContain('Usage: motcua report [options]');
  });

  it('speaks Vietnamese by default and English with --lang en', () => {
    expect(motcua(['report', '--help']).stdout).toContain('in Biểu 06 cho một kỳ');
    expect(motcua(['report', '--help', '--lang', 'en']).stdout).toContain('print Form 06 for a period');
  });

  it('prints the version', () => {
    const r = motcua(['--version']);
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/^\d+\.\d+\.\d+\n$/);
  });
});

describe('wrong usage exits 2', () => {
  it.each([
    [[]],
    [['no-such-command']],
    [['import', 'book.csv']], // --office missing
    [['import', '--office', 'dongson']], // file missing
    [['report', '--year', '2024', '--quarter', '1', '--bogus']],
    [['report', '--year', '2024', '--quarter', '1', '--format', 'docx']],
    [['check-report']],
    [['check-report', 'a.json', 'b.json']],
    [['dossier']],
    [['dossier', 'show']],
    [['audit', 'cell', '--from', '2024-01-01', '--to', '2024-01-31']], // --cell missing
    [['checkpoint', 'sign']], // --key missing
    [['checkpoint', 'verify', 'x.ckpt']], // --pub missing
    [['serve', '--keys', 'k.json']], // --port missing
  ])('motcua %j', (args) => {
    const r = motcua(args);
    expect(r.status, r.stdout + r.stderr).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr.length).toBeGreaterThan(0);
  });
});

describe('run through pnpm as documented', () => {
  it('pnpm motcua from a sub-folder reads relative paths from that folder, not the repo root', () => {
    // A folder of the repo with no package.json of its own: pnpm runs the root's script from the root.
    const sub = mkdtempSync(join(ROOT, '.motcua-subdir-'));
    try {
      writeFileSync(join(sub, 'q1.csv'), BOOK_Q1);
      const run = (args: string[]) =>
        spawnSync('pnpm', ['--silent', 'motcua', ...args], { cwd: sub, encoding: 'utf8' });
      const imported = run(['import', '--db', 'l.db', '--office', 'dongson', 'q1.csv']);
      expect(imported.status, imported.stderr).toBe(0);
      expect(existsSync(join(sub, 'l.db'))).toBe(true);
      const r = run([
        'report',
        '--db',
        'l.db',
        '--year',
        '2024',
        '--quarter',
        '1',
        '--format',
        'json',
        '--out',
        'r.json',
      ]);
      expect(r.status, r.stderr).toBe(0);
      expect(JSON.parse(readFileSync(join(sub, 'r.json'), 'utf8')).total.received.total).toBe(7);
      expect(existsSync(join(ROOT, 'l.db'))).toBe(false);
    } finally {
      rmSync(sub, { recursive: true, force: true });
    }
  });

  it('pnpm --silent motcua <args> runs the built CLI from the repo root', () => {
    const r = spawnSync('pnpm', ['--silent', 'motcua', 'check-report', '--help', '--lang', 'en'], {
      cwd: ROOT,
      encoding: 'utf8',
    });
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout).toContain('Usage: motcua check-report');
    const bad = spawnSync('pnpm', ['--silent', 'motcua', 'report'], { cwd: ROOT, encoding: 'utf8' });
    expect(bad.status).toBe(2);
  });
});

describe('a reader that goes away', () => {
  // `true` exits without reading, so every write of motcua's finds the pipe closed (node starts long after).
  const piped = (args: string): { status: number; stderr: string } => {
    const r = spawnSync('bash', ['-c', `node ${MAIN} ${args} | true; exit "\${PIPESTATUS[0]}"`], {
      cwd: ROOT,
      encoding: 'utf8',
      timeout: 30_000,
    });
    return { status: r.status ?? -1, stderr: r.stderr };
  };

  it.each([
    ['--help --lang en'],
    ['--help'],
    ['report --help'],
  ])('motcua %s ends quietly, with its own exit code', (args) => {
    const r = piped(args);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
  });

  it('a refusal still exits 1 and says why on stderr', () => {
    const r = piped('check-report /no/such/file.json');
    expect(r.status).toBe(1);
    expect(r.stderr).not.toMatch(/EPIPE|node:events/);
    expect(r.stderr).toContain('không đọc được');
  });
});

describe('the motcua command for a user without root', () => {
  it('pnpm run install-command puts a working motcua in the folder given, usable from any folder', () => {
    const home = mkdtempSync(join(tmpdir(), 'motcua-home-'));
    try {
      const bin = join(home, 'bin');
      const installed = spawnSync('pnpm', ['--silent', 'run', 'install-command', bin], { cwd: ROOT, encoding: 'utf8' });
      expect(installed.status, installed.stderr).toBe(0);
      const work = join(home, 'work');
      mkdirSync(work);
      writeFileSync(join(work, 'q1.csv'), BOOK_Q1);
      const run = (args: string[]) => spawnSync(join(bin, 'motcua'), args, { cwd: work, encoding: 'utf8' });
      expect(run(['--version']).status).toBe(0);
      const imported = run(['import', '--db', 'l.db', '--office', 'dongson', 'q1.csv']);
      expect(imported.status, imported.stderr).toBe(0);
      expect(existsSync(join(work, 'l.db'))).toBe(true);
    } finally {
      rmSync(home, { recursive: true, force: true });
    }
  });
});

describe('a long value on the command line', () => {
  it('is quoted as a short, marked excerpt in the refusal, never whole', () => {
    const long = '9'.repeat(5000);
    for (const args of [
      ['report', '--year', long, '--quarter', '1'],
      ['report', '--from', long, '--to', '2024-01-01'],
      ['report', '--year', '2024', '--quarter', '1', '--known-at', long],
      ['seed', '--seed', long],
      ['serve', '--port', long, '--keys', 'k.json'],
    ]) {
      const r = motcua(args);
      expect(r.status, args.join(' ').slice(0, 60)).toBe(2);
      expect(r.stderr.length).toBeLessThan(600);
      expect(r.stderr).toMatch(/\(5.000 ký tự\)/);
    }
  });
});
