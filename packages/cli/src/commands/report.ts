// motcua report: Form 06 for a period, as known at a moment, in the format asked for.
import { dayOf } from '@motcua/domain';
import {
  type FiledForm06,
  type Form06Report,
  filedForm06,
  renderForm06Csv,
  renderForm06Xlsx,
} from '@motcua/projections';
import type { ReportFormat } from '../choices.js';
import { dbPathOf, type Io, openLedger } from '../context.js';
import { UsageError } from '../exit.js';
import { type Lang, say } from '../i18n.js';
import { officesOf, readLedger } from '../ledger.js';
import { officeIdentityOf } from '../office-naming.js';
import { conventionOf, knownAtOf, type PeriodOptions, periodFromOptions } from '../period.js';
import { renderMarkdown } from '../report/markdown.js';
import { renderTable } from '../report/table.js';
import { unitReportOf } from '../unit-report.js';
import { writeWhole } from '../write-whole.js';

export interface ReportOptions extends PeriodOptions {
  readonly db?: string;
  readonly office?: string;
  /** A unit of the units catalogue (motcua units import): its roll-up, as /v1/units/{unit}/reports/form06. */
  readonly unit?: string;
  readonly knownAt?: string;
  readonly format: ReportFormat;
  readonly out?: string;
  readonly hierarchy?: string;
  readonly lang: Lang;
}

export async function render(
  report: Form06Report,
  format: ReportFormat,
  lang: Lang,
  filed?: FiledForm06,
): Promise<string | Buffer> {
  switch (format) {
    case 'json':
      return `${JSON.stringify(report, null, 2)}\n`;
    case 'table':
      return renderTable(report, lang);
    case 'csv':
      return renderForm06Csv(report, lang);
    case 'md':
      return renderMarkdown(report, lang);
    case 'xlsx':
      return renderForm06Xlsx(report, lang, filed);
    case 'pdf':
      return (await import('@motcua/projections')).renderForm06Pdf(report, lang, filed);
  }
}

export async function runReport(opts: ReportOptions, io: Io): Promise<void> {
  const { lang } = opts;
  // Usage is checked before the ledger is touched.
  const period = periodFromOptions(opts, lang);
  const knownAt = knownAtOf(opts.knownAt, lang);
  if ((opts.format === 'xlsx' || opts.format === 'pdf') && opts.out === undefined && io.stdout.isTTY) {
    throw new UsageError(
      say(
        lang,
        `định dạng ${opts.format} cần --out TỆP (hoặc chuyển hướng đầu ra sang tệp)`,
        `the ${opts.format} format needs --out FILE (or stdout redirected to a file)`,
      ),
    );
  }
  const store = await openLedger(dbPathOf(opts.db, opts.lang), lang, 'read');
  let report: Form06Report;
  try {
    const ledger = await readLedger(store);
    if (opts.unit !== undefined) {
      if (opts.office !== undefined) {
        throw new UsageError(say(lang, '--unit và --office không dùng cùng nhau', '--unit and --office are exclusive'));
      }
      report = await unitReportOf(store, ledger, opts.unit, period, knownAt, lang);
    } else {
      const offices = officesOf(opts.office, ledger, lang);
      report = ledger.form06({
        from: period.from,
        to: period.to,
        ...(offices ? { offices } : {}),
        ...(knownAt ? { knownAt } : {}),
      });
    }
  } finally {
    await store.close();
  }
  // A filed paper is dated the day its figures stand for: the known-at day, else today (office time).
  const filed = filedForm06(
    report,
    {
      identity: await officeIdentityOf(report.office, opts.hierarchy, lang),
      convention: conventionOf(opts),
      day: dayOf(knownAt ?? new Date().toISOString()),
    },
    lang,
  );
  const body = await render(report, opts.format, lang, filed);
  if (opts.out !== undefined) {
    await writeWhole(opts.out, body);
    io.err(say(lang, `Đã ghi ${opts.out}\n`, `Wrote ${opts.out}\n`));
  } else if (typeof body === 'string') io.out(body);
  else io.stdout.write(body);
}
