// motcua book: the office's tracking book (Sổ theo dõi hồ sơ, form 07) for a year, one field or all,
// as known at a moment, written as XLSX in the columns `motcua import` reads back.

import { sampleCatalogue } from '@motcua/domain';
import { renderTrackingBookXlsx, trackingBook } from '@motcua/projections';
import { dbPathOf, type Io, openLedger } from '../context.js';
import { quoteValue } from '../excerpt.js';
import { CliFailure, UsageError } from '../exit.js';
import { type Lang, say } from '../i18n.js';
import { officesOf, readLedger } from '../ledger.js';
import { officeIdentityOf } from '../office-naming.js';
import { knownAtOf } from '../period.js';
import { writeWhole } from '../write-whole.js';

export interface BookOptions {
  readonly db?: string;
  readonly office: string;
  readonly year: string;
  readonly field?: string;
  readonly knownAt?: string;
  readonly out: string;
  readonly hierarchy?: string;
  readonly lang: Lang;
}

function yearOf(value: string, lang: Lang): number {
  if (!/^\d{4}$/.test(value.trim())) {
    throw new UsageError(
      say(
        lang,
        `--year ${quoteValue(value, lang)}: cần năm YYYY`,
        `--year ${quoteValue(value, lang)}: expected a year YYYY`,
      ),
    );
  }
  return Number(value.trim());
}

export async function runBook(opts: BookOptions, io: Io): Promise<void> {
  const { lang } = opts;
  const year = yearOf(opts.year, lang);
  const knownAt = knownAtOf(opts.knownAt, lang);
  if (!/\.xlsx$/i.test(opts.out)) {
    throw new UsageError(
      say(
        lang,
        `--out ${quoteValue(opts.out, lang)}: sổ theo dõi được ghi ra tệp .xlsx`,
        `--out ${quoteValue(opts.out, lang)}: the tracking book is written as an .xlsx file`,
      ),
    );
  }
  const office = await officeIdentityOf(opts.office, opts.hierarchy, lang);
  const store = await openLedger(dbPathOf(opts.db, lang), lang, 'read');
  let book: ReturnType<typeof trackingBook>;
  try {
    const ledger = await readLedger(store, { keepEvents: true });
    officesOf(opts.office, ledger, lang);
    if (opts.field !== undefined && !ledger.fields().includes(opts.field.normalize('NFC'))) {
      throw new CliFailure(
        say(
          lang,
          `--field ${quoteValue(opts.field, lang)}: không có lĩnh vực này trong sổ cái (có: ${ledger.fields().join(', ')})`,
          `--field ${quoteValue(opts.field, lang)}: no such field in the ledger (fields: ${ledger.fields().join(', ')})`,
        ),
      );
    }
    book = trackingBook(ledger, {
      office: opts.office,
      year,
      ...(opts.field !== undefined ? { field: opts.field } : {}),
      ...(knownAt !== undefined ? { knownAt } : {}),
    });
  } finally {
    await store.close();
  }
  const body = await renderTrackingBookXlsx(book, {
    lang,
    officeName: office.name,
    parentName: office.parentName,
    procedureName: (code) => sampleCatalogue.byCode(code)?.name,
  });
  await writeWhole(opts.out, body);
  io.err(
    say(
      lang,
      `Đã ghi ${opts.out}: sổ theo dõi năm ${year}, ${book.lines.length} hồ sơ\n`,
      `Wrote ${opts.out}: tracking book ${year}, ${book.lines.length} dossiers\n`,
    ),
  );
}
