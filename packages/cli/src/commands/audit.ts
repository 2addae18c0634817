// motcua audit cell: the dossiers behind one number of Form 06 ("which 4 were late?"), one per line.
import { CELLS, type Cell } from '@motcua/projections';
import { closest } from '../closest.js';
import { dbPathOf, type Io, openLedger } from '../context.js';
import { quoteValue } from '../excerpt.js';
import { CliFailure, UsageError } from '../exit.js';
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
    if (opts.field !== undefined) checkField(opts.field, ledger.fields(), lang);
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

/** A field no dossier has would print "0 hồ sơ" as if it were an answer: it is named as unknown instead. */
function checkField(field: string, known: readonly string[], lang: Lang): void {
  if (known.includes(field.normalize('NFC'))) return;
  const near = closest(field, known);
  const shown = quoteValue(field, lang);
  const hint = near ? say(lang, ` Ý bạn là "${near}"?`, ` Did you mean "${near}"?`) : '';
  // "; " since a field's own name may hold a comma ("Thi đua, khen thưởng").
  const list = [...known].sort((a, b) => a.localeCompare(b, 'vi')).join('; ') || say(lang, 'không có', 'none');
  throw new CliFailure(
    say(
      lang,
      `--field ${shown}: không có lĩnh vực này trong sổ cái.${hint} (các lĩnh vực: ${list})`,
      `--field ${shown}: no such field in the ledger.${hint} (fields: ${list})`,
    ),
  );
}
