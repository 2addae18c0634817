// motcua check-report: figures typed from a paper report, checked against every Form 06 identity.
// Each broken identity is printed with its numbers; exit 1 when any breaks.
import { readFile } from 'node:fs/promises';
import { type IdentityBreak, identitySidesVi, tallyIdentities } from '@motcua/projections';
import { checkBounds } from '../check/bounds.js';
import { countAt, deriveMissing } from '../check/derive.js';
import { nothingToCheck, reportShapeProblems } from '../check/shape.js';
import type { Io } from '../context.js';
import { CliFailure } from '../exit.js';
import { jsonStopText, unreadableFile } from '../file-error.js';
import { type Lang, say } from '../i18n.js';

/** "total: received.total 2159 ≠ online + directOrPostal + carriedOver = 2225 (2194 + 29 + 2)". */
export function describeBreak(b: IdentityBreak, report: unknown, lang: Lang = 'en'): string {
  const m = /^(\S+) = (.+)$/.exec(b.identity);
  if (m?.[1] && m[2] && !b.identity.includes('sum of rows') && !b.identity.includes('previous')) {
    const lhs = m[1];
    const parts = m[2].split(' + ');
    const group = lhs.includes('.') ? `${lhs.split('.')[0]}.` : '';
    const short = (p: string) => (group && p.startsWith(group) ? p.slice(group.length) : p);
    const values = parts.map((p) => countAt(report, b.where, p));
    const names = parts.map(short).join(' + ');
    const numbers = values.every((v) => v !== undefined) ? ` (${values.join(' + ')})` : '';
    return `${b.where}: ${lhs} ${b.left} ≠ ${names} = ${b.right}${numbers}`;
  }
  const vi = lang === 'vi' ? identitySidesVi(b.identity) : undefined;
  if (vi) return `${b.where}: ${vi[0].replace(/^total\./, '')} ${b.left} ≠ ${vi[1]} = ${b.right}`;
  return `${b.where}: ${b.identity}: ${b.left} ≠ ${b.right}`;
}

async function readText(file: string, lang: Lang): Promise<string> {
  try {
    return await readFile(file, 'utf8');
  } catch (e) {
    throw unreadableFile(file, e, lang);
  }
}

/** JSON.parse with the place of a syntax error said in the user's language (V8's own text is English). */
function parseReportFile(file: string, text: string, lang: Lang): unknown {
  const body = text.replace(/^\uFEFF/, '');
  try {
    return JSON.parse(body);
  } catch (e) {
    const where = jsonStopText(body, e, lang);
    throw new CliFailure(
      say(
        lang,
        `${file}: không phải JSON hợp lệ (${where}); cần một báo cáo Biểu 06 dạng JSON`,
        `${file}: not valid JSON (${where}); expected a Form 06 report in JSON`,
      ),
    );
  }
}

export async function runCheckReport(
  file: string,
  opts: { lang: Lang; format: 'text' | 'json' },
  io: Io,
): Promise<void> {
  const { lang } = opts;
  const input = parseReportFile(file, await readText(file, lang), lang);
  // A file that is not a report, or names keys Form 06 does not have, is refused before anything is
  // checked: otherwise "every identity holds" would be said of figures that were never read.
  const shape = reportShapeProblems(input, lang);
  if (shape.length > 0) {
    throw new CliFailure(`${file}:\n${shape.map((p) => `  ${p.text}`).join('\n')}`);
  }
  const { report, derived } = deriveMissing(input);
  const { breaks, checked } = tallyIdentities(report, { lang });
  // Checked on the figures as typed, before anything was derived from them.
  const bounds = checkBounds(input, lang);
  if (checked === 0 && bounds.length === 0) throw new CliFailure(nothingToCheck(file, lang));
  const failures = breaks.length + bounds.length;
  if (opts.format === 'json') {
    io.out(
      `${JSON.stringify(
        {
          ok: failures === 0,
          derived,
          breaks: breaks.map((b) => ({ ...b, text: describeBreak(b, report, lang) })),
          problems: bounds,
        },
        null,
        2,
      )}\n`,
    );
  } else {
    for (const b of breaks) io.out(`${describeBreak(b, report, lang)}\n`);
    for (const p of bounds) io.out(`${p.text}\n`);
    if (derived.length > 0) {
      io.err(
        say(lang, 'Suy ra từ các số đã cho: ', 'Derived from the figures given: ') +
          derived.map((d) => `${d.where} ${d.key} = ${d.from} = ${d.value}`).join('; ') +
          '\n',
      );
    }
  }
  if (failures > 0) {
    throw new CliFailure(
      say(
        lang,
        `${failures} đẳng thức của Biểu 06 không thỏa`,
        `${failures} Form 06 identit${failures === 1 ? 'y does' : 'ies do'} not hold`,
      ),
    );
  }
  io.err(say(lang, 'Mọi đẳng thức của Biểu 06 đều thỏa.\n', 'Every Form 06 identity holds.\n'));
}
