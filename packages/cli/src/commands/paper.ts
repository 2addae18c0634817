// motcua paper FORM CODE --office O [--known-at T] --out FILE: one of the seven forms of Thông tư 03/2025
// (Phụ lục I) for a dossier, from its events as known at a moment, as PDF or DOCX. A form the dossier never
// reached (an apology for a dossier never rescheduled…) is refused with exit 1 and no file is written; the
// file appears whole or not at all (written beside it, then renamed).
import { renameSync, rmSync, writeFileSync } from 'node:fs';
import { extname } from 'node:path';
import { defaultCalendar } from '@motcua/domain';
import type { NamedUnit, PaperFormat } from '@motcua/projections';
import { Option } from 'commander';
import { loadCalendarFile } from '../calendar-file.js';
import { dbPathOf, type Io, openLedger } from '../context.js';
import { quoteValue } from '../excerpt.js';
import { CliFailure, UsageError } from '../exit.js';
import type { CommandKit } from '../extra-commands.js';
import { type Lang, say } from '../i18n.js';
import { knownAtOf } from '../period.js';

export interface PaperCommandOptions {
  readonly db?: string;
  readonly office: string;
  readonly knownAt?: string;
  readonly out: string;
  readonly format?: PaperFormat;
  readonly hierarchy?: string;
  /** A calendar file: a promised date in a year it does not announce is printed as provisional. */
  readonly calendar?: string;
  readonly lang: Lang;
}

const FORMS = ['01', '02', '03', '04', '05', '06', '07'];

/** pdf or docx: --format wins, else the file's extension; anything else is a usage error. */
function paperFormatOf(out: string, format: PaperFormat | undefined, lang: Lang): PaperFormat {
  if (format) return format;
  const ext = extname(out).slice(1).toLowerCase();
  if (ext === 'pdf' || ext === 'docx') return ext;
  throw new UsageError(
    say(
      lang,
      `không biết ghi ${quoteValue(out, lang)} dạng gì: hãy dùng đuôi .pdf hoặc .docx, hoặc --format pdf|docx`,
      `cannot tell which format to write ${quoteValue(out, lang)} in: use a .pdf or .docx name, or --format pdf|docx`,
    ),
  );
}

async function runPaper(form: string, code: string, opts: PaperCommandOptions, io: Io): Promise<void> {
  const { lang } = opts;
  if (!FORMS.includes(form)) {
    throw new UsageError(
      say(
        lang,
        `mẫu ${quoteValue(form, lang)} không có: chọn 01…07 (Thông tư 03/2025/TT-VPCP, Phụ lục I)`,
        `no form ${quoteValue(form, lang)}: choose 01…07 (Thông tư 03/2025/TT-VPCP, Phụ lục I)`,
      ),
    );
  }
  const { asDossierCode } = await import('@motcua/domain');
  try {
    asDossierCode(code);
  } catch {
    throw new UsageError(
      say(lang, `mã hồ sơ không hợp lệ: ${quoteValue(code, lang)}`, `invalid dossier code: ${quoteValue(code, lang)}`),
    );
  }
  const format = paperFormatOf(opts.out, opts.format, lang);
  const knownAt = knownAtOf(opts.knownAt, lang);
  const calendar = loadCalendarFile(opts.calendar, lang) ?? defaultCalendar;
  const { loadHierarchyFile, refusalText } = await import('@motcua/server');
  const { dossierPaper, loadUnitLog, namedUnits, namedUnitsOf, namedUnitsOfCatalogue, renderPaper } = await import(
    '@motcua/projections'
  );
  let units: NamedUnit[] = [];
  if (opts.hierarchy) {
    try {
      units = namedUnits(loadHierarchyFile(opts.hierarchy));
    } catch (e) {
      throw new UsageError(refusalText(e, lang));
    }
  }
  const store = await openLedger(dbPathOf(opts.db, lang), lang, 'read');
  let result: Awaited<ReturnType<typeof dossierPaper>>;
  try {
    // The units catalogue recorded in the ledger names the office when the hierarchy file does not.
    const recorded = namedUnitsOfCatalogue((await loadUnitLog(store)).at(knownAt ?? null));
    units = namedUnitsOf(units, recorded);
    result = await dossierPaper(store, form, opts.office, code, {
      units,
      isProvisional: calendar.isProvisional,
      ...(knownAt ? { knownAt } : {}),
    });
  } finally {
    await store.close();
  }
  if (!result.ok) throw new CliFailure(lang === 'vi' ? result.error.messageVi : result.error.message);
  const bytes = await renderPaper(result.paper, format);
  const tmp = `${opts.out}.${process.pid}.tmp`;
  try {
    writeFileSync(tmp, bytes);
    renameSync(tmp, opts.out);
  } catch (e) {
    rmSync(tmp, { force: true });
    throw new CliFailure(
      say(
        lang,
        `không ghi được ${opts.out}: ${(e as Error).message}`,
        `cannot write ${opts.out}: ${(e as Error).message}`,
      ),
    );
  }
  io.err(
    say(
      lang,
      `Đã ghi mẫu ${form} của hồ sơ ${code} vào ${opts.out}\n`,
      `Wrote form ${form} of ${code} to ${opts.out}\n`,
    ),
  );
}

/** Registers `motcua paper`. */
export function paperCommand({ program, sub, withDb, t, io }: CommandKit): void {
  withDb(
    sub(
      program,
      'paper',
      'in một mẫu của Thông tư 03/2025/TT-VPCP (01…07) cho một hồ sơ, dạng PDF hoặc DOCX',
      'print a form of Thông tư 03/2025/TT-VPCP (01…07) for a dossier, as PDF or DOCX',
    ),
  )
    .argument('<form>', t('số mẫu, 01…07', 'form number, 01…07'))
    .argument('<code>', t('mã hồ sơ', 'dossier code'))
    .requiredOption('--office <code>', t('mã đơn vị', 'office code'))
    .requiredOption('--out <file>', t('tệp ghi ra (.pdf hoặc .docx)', 'file to write (.pdf or .docx)'))
    .option('--known-at <time>', t('như đã ghi nhận đến thời điểm này', 'as recorded by this moment'))
    .option(
      '--calendar <file>',
      t('tệp lịch nghỉ (CSV) thay cho lịch có sẵn', 'calendar file (CSV) instead of the shipped one'),
    )
    .addOption(
      new Option(
        '--format <format>',
        t('định dạng (mặc định theo đuôi tệp)', 'format (default from the file name)'),
      ).choices(['pdf', 'docx']),
    )
    .option(
      '--hierarchy <file>',
      t('tệp cây đơn vị (JSON) để lấy tên cơ quan', 'office hierarchy file (JSON) for the office name'),
    )
    .action(async (form: string, code: string, o: PaperCommandOptions) => runPaper(form, code, o, io));
}
