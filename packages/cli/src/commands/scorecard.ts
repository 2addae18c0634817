// motcua scorecard: the 766 index of an office (--office) or of a unit (--unit: the units catalogue in the
// ledger, else --hierarchy, covering what the unit's report covers) for a period, as known at a moment.
// The sub-indicators that need facts from outside the ledger come from --inputs FILE
// ({ "inputs": { "1.1": 0.95, … } }); one out of range refuses the whole scorecard, naming it, and nothing
// is written.
import { readFile } from 'node:fs/promises';
import {
  computeScorecard,
  readScorecardInputs,
  type Scorecard,
  type ScorecardInputs,
  scorecardVersionOn,
} from '@motcua/projections';
import { dbPathOf, type Io, openLedger } from '../context.js';
import { CliFailure, UsageError } from '../exit.js';
import { jsonStopText, unreadableFile } from '../file-error.js';
import { type Lang, say } from '../i18n.js';
import { officesOf, readLedger } from '../ledger.js';
import { knownAtOf, type PeriodOptions, periodFromOptions } from '../period.js';
import { unitReachOf } from '../unit-report.js';
import { writeWhole } from '../write-whole.js';

export interface ScorecardOptions extends PeriodOptions {
  readonly db?: string;
  readonly office?: string;
  readonly unit?: string;
  readonly hierarchy?: string;
  readonly inputs?: string;
  readonly knownAt?: string;
  readonly format: string;
  readonly out?: string;
  readonly lang: Lang;
}

async function inputsOf(file: string | undefined, to: string, lang: Lang): Promise<ScorecardInputs> {
  const version = scorecardVersionOn(to);
  if (!version)
    throw new CliFailure(
      say(
        lang,
        `Bộ chỉ số 766 áp dụng từ 23/06/2022, không cho kỳ kết thúc ${to}`,
        `the 766 index applies from 2022-06-23, not to a period ending ${to}`,
      ),
    );
  if (file === undefined) return {};
  let text: string;
  try {
    text = (await readFile(file, 'utf8')).replace(/^\uFEFF/, '');
  } catch (e) {
    throw unreadableFile(file, e, lang, '--inputs');
  }
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (e) {
    const where = jsonStopText(text, e, lang);
    throw new CliFailure(
      say(lang, `--inputs ${file}: không phải JSON hợp lệ (${where})`, `--inputs ${file}: not valid JSON (${where})`),
    );
  }
  const r = readScorecardInputs(raw, version);
  if (!r.ok) {
    const lines = r.problems.map((p) => `  ${p.path}: ${lang === 'vi' ? p.vi : p.en}`);
    throw new CliFailure(
      say(
        lang,
        `--inputs ${file}: số liệu nhập không hợp lệ, không chấm điểm:\n${lines.join('\n')}`,
        `--inputs ${file}: invalid inputs, nothing scored:\n${lines.join('\n')}`,
      ),
    );
  }
  return r.inputs;
}

const pct = (x: number | null, lang: Lang): string =>
  x === null ? '–' : `${(x * 100).toFixed(1)}%`.replace('.', lang === 'vi' ? ',' : '.');
const num = (x: number, lang: Lang): string => (lang === 'vi' ? String(x).replace('.', ',') : String(x));

function renderScorecardTable(s: Scorecard, lang: Lang): string {
  const out: string[] = [];
  out.push(
    say(
      lang,
      `BỘ CHỈ SỐ 766 — ${s.office} — từ ${s.period.from} đến ${s.period.to}`,
      `766 SCORECARD — ${s.office} — ${s.period.from} to ${s.period.to}`,
    ),
    `${say(lang, 'Căn cứ', 'Basis')}: ${s.basis} (${s.version})${s.knownAt ? ` · ${say(lang, 'số liệu ghi nhận đến', 'as recorded by')} ${s.knownAt}` : ''}`,
    '',
  );
  for (const g of s.groups) {
    out.push(`${g.id}. ${g.name[lang]}: ${num(g.score, lang)}/${g.points}`);
    for (const i of g.indicators) {
      const figure = i.missing
        ? say(lang, 'chưa nhập số liệu', 'no input given')
        : `${i.numerator !== null ? `${i.numerator}/${i.denominator} = ` : ''}${pct(i.rate, lang)}`;
      const from = i.source === 'input' ? say(lang, 'số liệu nhập', 'input') : say(lang, 'sổ cái', 'ledger');
      out.push(
        `  ${i.id} ${i.name[lang]} [${from}]: ${figure}; ${say(lang, 'ngưỡng', 'threshold')} ${pct(i.threshold, lang)}; ${say(lang, 'điểm', 'score')} ${num(i.score, lang)}/${i.points}`,
      );
    }
  }
  out.push('', `${say(lang, 'TỔNG ĐIỂM', 'TOTAL')}: ${num(s.total, lang)}/${s.maxTotal}`);
  return `${out.join('\n')}\n`;
}

export async function runScorecard(opts: ScorecardOptions, io: Io): Promise<void> {
  const { lang } = opts;
  if ((opts.office === undefined) === (opts.unit === undefined)) {
    throw new UsageError(
      say(lang, 'cho đúng một trong --office MÃ hoặc --unit MÃ', 'give exactly one of --office CODE or --unit CODE'),
    );
  }
  if (opts.format !== 'table' && opts.format !== 'json') {
    throw new UsageError(
      say(lang, `--format ${opts.format}: chọn table hoặc json`, `--format ${opts.format}: choose table or json`),
    );
  }
  const period = periodFromOptions(opts, lang);
  const knownAt = knownAtOf(opts.knownAt, lang);
  const store = await openLedger(dbPathOf(opts.db, lang), lang, 'read');
  let card: Scorecard;
  try {
    // A unit covers what its report covers (the catalogue in the ledger, else --hierarchy).
    const reach =
      opts.unit !== undefined ? await unitReachOf(store, opts.unit, period, knownAt, lang, opts.hierarchy) : undefined;
    // The 766 version (and so which inputs it takes) is the one in force on the last day scored, as the API's.
    const inputs = await inputsOf(opts.inputs, (reach ?? period).to, lang);
    const ledger = await readLedger(store, { keepEvents: true });
    card = computeScorecard(ledger, {
      ...(reach ? { from: reach.from, to: reach.to } : period),
      offices: reach?.offices ?? officesOf(opts.office, ledger, lang)!,
      label: opts.unit ?? opts.office!,
      ...(knownAt ? { knownAt } : {}),
      inputs,
    });
  } finally {
    await store.close();
  }
  const body = opts.format === 'json' ? `${JSON.stringify(card, null, 2)}\n` : renderScorecardTable(card, lang);
  if (opts.out !== undefined) {
    await writeWhole(opts.out, body);
    io.err(say(lang, `Đã ghi ${opts.out}\n`, `Wrote ${opts.out}\n`));
  } else io.out(body);
}
