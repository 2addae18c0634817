// Commands that print what an office files: the tracking book (form 07) and the 766 scorecard. Wiring
// only; each command's work is loaded when it runs.
import type { Command } from 'commander';
import type { CommandKit } from './extra-commands.js';

export interface FiledKit extends CommandKit {
  readonly withPeriod: (c: Command) => Command;
}

export function filedCommands(kit: FiledKit): void {
  const { program, sub, withDb, withPeriod, t, io } = kit;
  const hierarchy = (c: Command): Command =>
    c.option(
      '--hierarchy <file>',
      t(
        'tệp cây đơn vị (JSON) để in tên đơn vị (như motcua serve --hierarchy)',
        'office hierarchy file (JSON) naming the office (as motcua serve --hierarchy)',
      ),
    );

  hierarchy(
    withDb(
      sub(
        program,
        'book',
        'xuất sổ theo dõi hồ sơ (mẫu số 07) của một đơn vị trong một năm, dạng XLSX',
        "write an office's tracking book (form 07) for a year as XLSX",
      ),
    ),
  )
    .requiredOption('--office <code>', t('mã đơn vị', 'office code'))
    .requiredOption('--year <year>', t('năm của sổ', 'the book year'))
    .option('--field <field>', t('chỉ một lĩnh vực (mặc định mọi lĩnh vực)', 'one field only (default every field)'))
    .option(
      '--known-at <time>',
      t('số liệu như đã ghi nhận đến thời điểm này (ISO 8601)', 'as recorded by this moment (ISO 8601)'),
    )
    .requiredOption('--out <file>', t('tệp .xlsx cần ghi', 'the .xlsx file to write'))
    .action(async (o) => (await import('./commands/book.js')).runBook(o, io));

  hierarchy(
    withPeriod(
      withDb(
        sub(
          program,
          'scorecard',
          'chấm điểm Bộ chỉ số 766 (Quyết định 766/QĐ-TTg) của một đơn vị cho một kỳ',
          'score the 766 index (Decision 766/QĐ-TTg) of an office for a period',
        ),
      ),
    ),
  )
    .option('--office <code>', t('mã đơn vị', 'office code'))
    .option(
      '--unit <code>',
      t(
        'mã đơn vị (danh mục đơn vị trong sổ cái, hoặc --hierarchy)',
        'a unit (the units catalogue in the ledger, or --hierarchy)',
      ),
    )
    .option(
      '--inputs <file>',
      t(
        'tệp JSON các chỉ tiêu cần số liệu ngoài sổ cái (công khai, đồng bộ dữ liệu)',
        'JSON file of the sub-indicators that need facts from outside the ledger (publication, data sync)',
      ),
    )
    .option('--format <format>', t('định dạng: table hoặc json', 'format: table or json'), 'table')
    .option('--out <file>', t('ghi ra tệp thay vì màn hình', 'write to a file instead of stdout'))
    .action(async (o) => (await import('./commands/scorecard.js')).runScorecard(o, io));
}
