// motcua check-report: figures typed from a paper report, checked against every Form 06 identity.
// Each broken identity is printed with its numbers; exit 1 when any breaks.
import { readFile } from 'node:fs/promises';
import { checkIdentities, type IdentityBreak } from '@motcua/projections';
import { checkBounds } from '../check/bounds.js';
import { countAt, deriveMissing } from '../check/derive.js';
import type { Io } from '../context.js';
import { CliFailure } from '../exit.js';
import { type Lang, say } from '../i18n.js';

/** "total: received.total 2159 ≠ online + directOrPostal + carriedOver = 2225 (2194 + 29 + 2)". */
export function describeBreak(b: IdentityBreak, report: unknown): string {
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
  return `${b.where}: ${b.identity}: ${b.left} ≠ ${b.right}`;
}

export async function runCheckReport(
  file: string,
  opts: { lang: Lang; format: 'text' | 'json' },
  io: Io,
): Promise<void> {
  const { lang } = opts;
  let input: unknown;
  try {
    input = JSON.parse((await readFile(file, 'utf8')).replace(/^\uFEFF/, ''));
  } catch (e) {
    throw new CliFailure(say(lang, `không đọc được ${file}: `, `cannot read ${file}: `) + (e as Error).message);
  }
  if (typeof input !== 'object' || input === null) {
    throw new CliFailure(
      say(
        lang,
        `${file}: cần một đối tượng báo cáo JSON (hoặc danh sách báo cáo)`,
        `${file}: expected a report object (or a list of reports)`,
      ),
    );
  }
  const { report, derived } = deriveMissing(input);
  const breaks = checkIdentities(report, { lang });
  // Checked on the figures as typed, before anything was derived from them.
  const bounds = checkBounds(input);
  const failures = breaks.length + bounds.length;
  if (opts.format === 'json') {
    io.out(
      `${JSON.stringify(
        {
          ok: failures === 0,
          derived,
          breaks: breaks.map((b) => ({ ...b, text: describeBreak(b, report) })),
          problems: bounds,
        },
        null,
        2,
      )}\n`,
    );
  } else {
    for (const b of breaks) io.out(`${describeBreak(b, report)}\n`);
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
