// The papers as an office opens them: each of the seven forms' DOCX and the filed Biểu 06 xlsx, converted
// by LibreOffice (soffice --headless --convert-to pdf), must come out on A4 with no line of text printed
// over another (a wrapped label in a row too short for it overlaps the next row in LibreOffice, which,
// unlike Excel, never grows a row on opening), and with the Vietnamese of the form intact.
// LibreOffice is slow to install and is not on CI: without `soffice` this file says so and skips.
import { execFileSync, spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureBuilt, motcua, tempDir } from './cli-support.js';

const SOFFICE = spawnSync('sh', ['-c', 'command -v soffice'], { encoding: 'utf8' }).stdout.trim();
if (!SOFFICE) console.warn('papers-libreoffice: skipped, soffice (LibreOffice) is not installed');

const tmp = tempDir('motcua-soffice-');
const db = join(tmp.dir, 'ledger.db');
// Dossiers of the seed that reached each form's step (01 any, 02 a supplement, 03 returned unprocessed,
// 04 rescheduled, 05 withdrawn, 06 and 07 any).
const FORMS: ReadonlyArray<readonly [string, string]> = [
  ['01', 'DS-230101-0001'],
  ['02', 'DS-230103-0006'],
  ['03', 'DS-230203-0002'],
  ['04', 'DS-231214-0001'],
  ['05', 'DS-230109-0002'],
  ['06', 'DS-230103-0006'],
  ['07', 'DS-230103-0006'],
];

beforeAll(() => {
  if (!SOFFICE) return;
  ensureBuilt();
  const r = motcua(['seed', '--db', db]);
  expect(r.status, r.stderr).toBe(0);
}, 120_000);
afterAll(() => tmp.cleanup());

/** LibreOffice's PDF of `file` (written beside it). */
function toPdf(file: string): string {
  execFileSync(SOFFICE, ['--headless', '--convert-to', 'pdf', '--outdir', tmp.dir, file], {
    stdio: 'pipe',
    timeout: 120_000,
    env: { ...process.env, HOME: tmp.dir },
  });
  return file.replace(/\.(docx|xlsx)$/, '.pdf');
}

interface Line {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
  text: string;
}

/** Every line of text the PDF prints, with its box (pdftotext -bbox-layout). */
function linesOf(pdf: string): Line[] {
  const xml = execFileSync('pdftotext', ['-bbox-layout', pdf, '-'], { encoding: 'utf8' });
  const lines: Line[] = [];
  for (const m of xml.matchAll(
    /<line xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([\s\S]*?)<\/line>/g,
  )) {
    const words = [...m[5]!.matchAll(/<word[^>]*>([^<]*)<\/word>/g)].map((w) => w[1]);
    lines.push({ x0: +m[1]!, y0: +m[2]!, x1: +m[3]!, y1: +m[4]!, text: words.join(' ') });
  }
  return lines;
}

/** Pairs of lines printed over each other: side by side horizontally and sharing over a third of their height. */
function overlaps(lines: readonly Line[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < lines.length; i++) {
    for (let j = i + 1; j < lines.length; j++) {
      const a = lines[i]!;
      const b = lines[j]!;
      const dx = Math.min(a.x1, b.x1) - Math.max(a.x0, b.x0);
      const dy = Math.min(a.y1, b.y1) - Math.max(a.y0, b.y0);
      if (dx > 1 && dy > Math.min(a.y1 - a.y0, b.y1 - b.y0) / 3) out.push(`"${a.text}" over "${b.text}"`);
    }
  }
  return out;
}

const pageSize = (pdf: string) =>
  /Page size:\s+([\d.]+) x ([\d.]+)/.exec(execFileSync('pdfinfo', [pdf], { encoding: 'utf8' }))!;
const isA4 = (pdf: string) => {
  const [, w, h] = pageSize(pdf);
  return [Math.round(+w!), Math.round(+h!)].sort().join('x') === '595x842';
};

/** LibreOffice's PDF of `file` is A4, holds `words`, and prints no text over text. */
function expectWellPrinted(file: string, words: readonly string[]): void {
  const pdf = toPdf(file);
  expect(isA4(pdf)).toBe(true);
  const lines = linesOf(pdf);
  const text = lines.map((l) => l.text).join(' ');
  for (const w of words) expect(text).toContain(w);
  expect(overlaps(lines)).toEqual([]);
}

describe.skipIf(!SOFFICE)('papers opened in LibreOffice', () => {
  it.each(FORMS)('form %s (DOCX) is A4, Vietnamese intact, no text over text', (form, code) => {
    const out = join(tmp.dir, `form${form}.docx`);
    const r = motcua(['paper', form, code, '--db', db, '--office', 'DONGSON', '--out', out]);
    expect(r.status, r.stderr).toBe(0);
    expectWellPrinted(out, ['CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM']);
  });

  it('the filed Biểu 06 (xlsx) is A4, Vietnamese intact, no text over text', () => {
    const out = join(tmp.dir, 'bieu06.xlsx');
    const r = motcua([
      'report',
      '--db',
      db,
      '--office',
      'DONGSON',
      '--year',
      '2024',
      '--quarter',
      '1',
      '--format',
      'xlsx',
      '--out',
      out,
    ]);
    expect(r.status, r.stderr).toBe(0);
    expectWellPrinted(out, ['Tỷ lệ trước và đúng hạn', 'Tổng cộng']);
  });
});
