// motcua report: Form 06 for a period, as known at a moment, in the format asked for.
import { writeFile } from 'node:fs/promises';
import { type Form06Report, renderForm06Csv, renderForm06Xlsx } from '@motcua/projections';
import type { ReportFormat } from '../choices.js';
import { dbPathOf, type Io, openLedger } from '../context.js';
import { UsageError } from '../exit.js';
import { type Lang, say } from '../i18n.js';
import { officesOf, readLedger } from '../ledger.js';
import { knownAtOf, type PeriodOptions, periodFromOptions } from '../period.js';
import { renderMarkdown } from '../report/markdown.js';
import { renderTable } from '../report/table.js';
import { unitReportOf } from '../unit-report.js';

export interface ReportOptions extends PeriodOptions {
  readonly db?: string;
  readonly office?: string;
  /** A unit of the units catalogue (motcua units import): its roll-up, as /v1/units/{unit}/reports/form06. */
  readonly unit?: string;
  /** A hierarchy file (no dates) whose units --unit may name, as the server's --hierarchy. */
  readonly hierarchy?: string;
  readonly knownAt?: string;
  readonly format: ReportFormat;
  readonly out?: string;
  readonly lang: Lang;
}

export async function render(report: Form06Report, format: ReportFormat, lang: Lang): Promise<string | Buffer> {
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
      return renderForm06Xlsx(report, lang);
  }
}

export async function runReport(opts: ReportOptions, io: Io): Promise<void> {
  const { lang } = opts;
  // Usage is checked before the ledger is touched.
  const period = periodFromOptions(opts, lang);
  const knownAt = knownAtOf(opts.knownAt, lang);
  if (opts.format === 'xlsx' && opts.out === undefined && io.stdout.isTTY) {
    throw new UsageError(
      say(
        lang,
        'định dạng xlsx cần --out TỆP (hoặc chuyển hướng đầu ra sang tệp)',
        'the xlsx format needs --out FILE (or stdout redirected to a file)',
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
      report = await unitReportOf(store, ledger, opts.unit, period, knownAt, lang, opts.hierarchy);
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
  const body = await render(report, opts.format, lang);
  if (opts.out !== undefined) {
    await writeFile(opts.out, body);
    io.err(say(lang, `Đã ghi ${opts.out}\n`, `Wrote ${opts.out}\n`));
  } else if (typeof body === 'string') io.out(body);
  else io.stdout.write(body);
}
