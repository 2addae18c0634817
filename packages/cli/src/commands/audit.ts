// motcua audit cell: the dossiers behind one number of Form 06 ("which 4 were late?"), one per line.
import { CELLS, type Cell } from '@motcua/projections';
import { dbPathOf, type Io, openLedger } from '../context.js';
import { UsageError } from '../exit.js';
import { type Lang, say } from '../i18n.js';
import { officesOf, readLedger } from '../ledger.js';
import { knownAtOf, type PeriodOptions, periodFromOptions } from '../period.js';

export interface AuditOptions extends PeriodOptions {
  readonly db?: string;
  readonly office?: string;
  readonly cell: string;
  readonly field?: string;
  readonly knownAt?: string;
  readonly lang: Lang;
}

export async function runAuditCell(opts: AuditOptions, io: Io): Promise<void> {
  const { lang } = opts;
  if (!(CELLS as readonly string[]).includes(opts.cell)) {
    throw new UsageError(
      say(lang, `--cell ${opts.cell}: cần một trong `, `--cell ${opts.cell}: expected one of `) + CELLS.join(', '),
    );
  }
  const period = periodFromOptions(opts, lang);
  const knownAt = knownAtOf(opts.knownAt, lang);
  const store = await openLedger(dbPathOf(opts.db, opts.lang), lang, 'read');
  try {
    const ledger = await readLedger(store);
    const offices = officesOf(opts.office, ledger, lang);
    const codes = ledger.drillDown({
      from: period.from,
      to: period.to,
      cell: opts.cell as Cell,
      ...(opts.field !== undefined ? { field: opts.field } : {}),
      ...(offices ? { offices } : {}),
      ...(knownAt ? { knownAt } : {}),
    });
    for (const c of codes) io.out(`${c}\n`);
    io.err(
      say(
        lang,
        `${codes.length} hồ sơ ở ô ${opts.cell}${opts.field ? ` (${opts.field})` : ''}, ${period.from} – ${period.to}\n`,
        `${codes.length} dossier(s) in ${opts.cell}${opts.field ? ` (${opts.field})` : ''}, ${period.from} to ${period.to}\n`,
      ),
    );
  } finally {
    await store.close();
  }
}
