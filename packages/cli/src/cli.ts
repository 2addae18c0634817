// The motcua command line: commander wiring, shared options, and the exit-code contract
// (0 ok, 1 failed check or refused input, 2 wrong usage; commander's own usage errors included).
import { createRequire } from 'node:module';
import { Command, CommanderError, Option } from 'commander';
import { BOOK_KINDS, DATE_ORDERS, type DateOrder, REPORT_FORMATS } from './choices.js';
import { dbPathOf, type Io, processIo } from './context.js';
import { CliFailure, EXIT_FAILED, EXIT_OK, EXIT_USAGE, UsageError } from './exit.js';
import { extraCommands } from './extra-commands.js';
import { filedCommands } from './filed-commands.js';
import { vietnameseHelp } from './help-vi.js';
import { LANGS, type Lang, langFromArgv, say } from './i18n.js';

const version = (createRequire(import.meta.url)('../package.json') as { version: string }).version;

export interface Common {
  db?: string;
  lang: Lang;
}

/** Commander's usage messages in Vietnamese; option and command names stay as typed. */
export function commanderVi(message: string): string {
  const rules: Array<[RegExp, string]> = [
    [/^error: unknown command '(.*)'/, "lỗi: không có lệnh '$1'"],
    [/^error: unknown option '(.*)'/, "lỗi: không có tùy chọn '$1'"],
    [/^error: required option '(.*)' not specified/, "lỗi: thiếu tùy chọn bắt buộc '$1'"],
    [/^error: missing required argument '(.*)'/, "lỗi: thiếu đối số bắt buộc '$1'"],
    [/^error: option '(.*)' argument missing/, "lỗi: tùy chọn '$1' cần một giá trị"],
    [
      /^error: too many arguments(?: for '(.*)')?\. Expected (\d+) arguments? but got (\d+)\./,
      "lỗi: thừa đối số cho lệnh '$1': cần $2, nhận $3.",
    ],
    [
      /^error: option '(.*)' argument '(.*)' is invalid\. Allowed choices are (.*)\./,
      "lỗi: tùy chọn '$1' không nhận giá trị '$2'; chọn một trong $3.",
    ],
  ];
  let out = message.replace(/\(Did you mean (.*)\?\)/, '(Ý bạn là $1?)');
  for (const [re, vi] of rules) if (re.test(out)) out = out.replace(re, vi);
  return out;
}

/** Builds the program; `lang` (from a first look at argv) sets the language of the help text too. */
export function buildProgram(lang: Lang, io: Io): Command {
  const t = (vi: string, en: string) => say(lang, vi, en);
  const program = new Command('motcua');
  program
    .description(
      t(
        'Sổ cái sự kiện hồ sơ của bộ phận một cửa: nhập sổ theo dõi, in và kiểm tra Biểu 06, kiểm chứng sổ cái',
        'Event-sourced ledger of one-stop office dossiers: import tracking books, print and check Form 06, verify the ledger',
      ),
    )
    .version(version, '-V, --version', t('in số phiên bản', 'print the version'))
    .exitOverride()
    .configureOutput({
      writeOut: (s) => io.out(s),
      writeErr: (s) => io.err(s),
      outputError: (s, write) => write(lang === 'vi' ? commanderVi(s) : s),
    })
    .showHelpAfterError(t('(thêm --help để xem cách dùng)', '(add --help for usage)'))
    .configureHelp(lang === 'vi' ? vietnameseHelp : {})
    .helpOption('-h, --help', t('hiện hướng dẫn', 'show help'))
    .helpCommand('help [command]', t('hiện hướng dẫn của một lệnh', 'show help for a command'))
    .addHelpText(
      'after',
      t(
        '\nSổ cái: --db TỆP hoặc --db postgres://người_dùng:mật_khẩu@máy:cổng/cơ_sở_dữ_liệu, nếu không thì biến MOTCUA_DB, nếu không thì ./data/motcua.db.\nMã thoát: 0 thành công, 1 kiểm tra thất bại hoặc dữ liệu bị từ chối, 2 sai cách dùng.',
        '\nLedger: --db FILE or --db postgres://user:password@host:port/database, else the MOTCUA_DB variable, else ./data/motcua.db.\nExit codes: 0 ok, 1 failed check or refused input, 2 wrong usage.',
      ),
    );

  const sub = (parent: Command, name: string, vi: string, en: string): Command =>
    parent
      .command(name)
      .description(t(vi, en))
      .helpOption('-h, --help', t('hiện hướng dẫn', 'show help'))
      .addOption(
        new Option('--lang <lang>', t('ngôn ngữ: vi hoặc en', 'language: vi or en')).choices(LANGS).default(lang),
      );
  const withDb = (c: Command): Command =>
    c.option(
      '--db <path>',
      t(
        'tệp sổ cái SQLite, hoặc postgres://… của sổ cái trên máy chủ PostgreSQL (mặc định MOTCUA_DB hoặc ./data/motcua.db)',
        'SQLite ledger file, or postgres://… of a ledger on a PostgreSQL server (default MOTCUA_DB or ./data/motcua.db)',
      ),
    );
  const withPeriod = (c: Command): Command =>
    c
      .option('--year <year>', t('năm (cùng --quarter hoặc --month)', 'year (with --quarter or --month)'))
      .option('--quarter <q>', t('quý 1-4', 'quarter 1-4'))
      .option('--month <m>', t('tháng 1-12', 'month 1-12'))
      .option('--from <day>', t('từ ngày YYYY-MM-DD (cùng --to)', 'first day YYYY-MM-DD (with --to)'))
      .option('--to <day>', t('đến ngày YYYY-MM-DD, tính cả ngày này', 'last day YYYY-MM-DD, inclusive'))
      .addOption(
        new Option(
          '--convention <convention>',
          t(
            'cách tính kỳ: calendar (theo lịch) hoặc cutoff (chốt số liệu ngày 14)',
            'period convention: calendar or cutoff (15th to 14th)',
          ),
        )
          .choices(['calendar', 'cutoff'])
          .default('calendar'),
      )
      .option(
        '--known-at <time>',
        t('số liệu như đã ghi nhận đến thời điểm này (ISO 8601)', 'as recorded by this moment (ISO 8601)'),
      );

  // import
  withDb(
    sub(
      program,
      'import',
      'nhập sổ theo dõi hồ sơ (CSV, xlsx) hoặc NDJSON sự kiện, trong một giao dịch',
      'import a tracking book (CSV, xlsx) or NDJSON events, as one transaction',
    ),
  )
    .argument('<file>', t('tệp cần nhập', 'file to import'))
    .requiredOption('--office <code>', t('mã đơn vị (bộ phận một cửa)', 'office code'))
    .addOption(
      new Option(
        '--format <kind>',
        t('loại tệp (mặc định theo đuôi tệp)', 'file kind (default from the extension)'),
      ).choices(BOOK_KINDS),
    )
    .option('--actor <name>', t('người/tiến trình ghi vào sổ cái', 'who records the events'), 'import')
    .option('--dry-run', t('chỉ kiểm tra, không ghi', 'check only, write nothing'), false)
    .option(
      '--checkpoint-key <file>',
      t(
        'khóa bí mật Ed25519 để ký một điểm kiểm tra sau khi ghi (mặc định biến MOTCUA_CHECKPOINT_KEY)',
        'Ed25519 private key to sign a checkpoint after the write (default: the MOTCUA_CHECKPOINT_KEY variable)',
      ),
    )
    .option(
      '--calendar <file>',
      t('tệp lịch nghỉ (CSV) thay cho lịch có sẵn', 'calendar file (CSV) instead of the shipped one'),
    )
    .addOption(
      new Option(
        '--date-order <order>',
        t(
          'thứ tự ngày trong sổ: ymd (2024-01-15, mặc định) hoặc dmy (15/01/2024, như Excel tiếng Việt xuất)',
          'date order of the book: ymd (2024-01-15, the default) or dmy (15/01/2024, as Vietnamese Excel exports)',
        ),
      )
        .choices(DATE_ORDERS)
        .default('ymd'),
    )
    .action(
      async (
        file: string,
        o: Common & {
          office: string;
          format?: (typeof BOOK_KINDS)[number];
          actor: string;
          dryRun: boolean;
          dateOrder: DateOrder;
          checkpointKey?: string;
          calendar?: string;
        },
      ) => {
        const { runImport, summaryLine } = await import('./commands/import.js');
        const { checkpointKeyOf, signAfterWrite } = await import('./routine-checkpoint.js');
        const key = checkpointKeyOf(o.checkpointKey, o.lang);
        const s = await runImport(file, o, io);
        io.out(`${summaryLine(s, o.lang, o.dryRun)}\n`);
        // A bulk write is what a checkpoint should follow at once: it moves the log furthest.
        if (key && !o.dryRun && s.written > 0) await signAfterWrite(dbPathOf(o.db, o.lang), key, o.lang, io);
      },
    );

  // report
  withPeriod(withDb(sub(program, 'report', 'in Biểu 06 cho một kỳ', 'print Form 06 for a period')))
    .option(
      '--office <code>',
      t(
        'mã đơn vị, có thể nhiều mã cách nhau bởi dấu phẩy (mặc định mọi đơn vị)',
        'office code(s), comma-separated (default every office)',
      ),
    )
    .option(
      '--unit <code>',
      t('mã đơn vị trong danh mục đơn vị (báo cáo tổng hợp)', 'unit code of the units catalogue (roll-up)'),
    )
    .addOption(new Option('--format <format>', t('định dạng', 'format')).choices(REPORT_FORMATS).default('table'))
    .option('--out <file>', t('ghi ra tệp thay vì màn hình', 'write to a file instead of stdout'))
    .option(
      '--hierarchy <file>',
      t('tệp cây đơn vị (JSON) để in tên đơn vị', 'office hierarchy file (JSON) naming the office'),
    )
    .action(async (o) => (await import('./commands/report.js')).runReport(o, io));

  // verify
  withDb(
    sub(
      program,
      'verify',
      'kiểm chứng chuỗi hash, dựng lại số liệu và mọi đẳng thức Biểu 06',
      'verify the hash chain, the projections against a rebuild, and every Form 06 identity',
    ),
  )
    .option(
      '--checkpoint <file>',
      t(
        'điểm kiểm tra đã ký để đối chiếu (mặc định: điểm mới nhất trong <sổ cái>.checkpoints)',
        'a signed checkpoint to check against (default: the newest in <ledger>.checkpoints)',
      ),
    )
    .option(
      '--public-key <file>',
      t(
        'khóa công khai của điểm kiểm tra (mặc định biến MOTCUA_CHECKPOINT_PUBLIC_KEY)',
        "the checkpoint's public key (default: the MOTCUA_CHECKPOINT_PUBLIC_KEY variable)",
      ),
    )
    .action(async (o: Common) => (await import('./commands/verify.js')).runVerify(o, io));

  // check-report
  sub(
    program,
    'check-report',
    'kiểm tra số liệu báo cáo nhập tay (JSON) theo mọi đẳng thức Biểu 06',
    'check figures typed from a report (JSON) against every Form 06 identity',
  )
    .argument('<file>', t('tệp JSON của báo cáo', 'the report as JSON'))
    .addOption(
      new Option('--format <format>', t('định dạng kết quả', 'output format'))
        .choices(['text', 'json'])
        .default('text'),
    )
    .action(async (file: string, o: Common & { format: 'text' | 'json' }) =>
      (await import('./commands/check-report.js')).runCheckReport(file, o, io),
    );

  // dossier show
  const dossier = sub(program, 'dossier', 'xem hồ sơ', 'look at dossiers');
  withDb(sub(dossier, 'show', 'trạng thái và dòng thời gian của một hồ sơ', "a dossier's state and timeline"))
    .argument('<code>', t('mã hồ sơ', 'dossier code'))
    .option('--office <code>', t('mã đơn vị', 'office code'))
    .option('--as-of <time>', t('trạng thái tại thời điểm nghiệp vụ này', 'state as of this business time'))
    .option('--known-at <time>', t('như đã ghi nhận đến thời điểm này', 'as recorded by this moment'))
    .option(
      '--calendar <file>',
      t('tệp lịch nghỉ (CSV) thay cho lịch có sẵn', 'calendar file (CSV) instead of the shipped one'),
    )
    .addOption(new Option('--format <format>', t('định dạng', 'format')).choices(['text', 'json']).default('text'))
    .action(async (code: string, o) => (await import('./commands/dossier.js')).runDossierShow(code, o, io));

  // audit cell
  const audit = sub(program, 'audit', 'truy vết số liệu', 'audit trails');
  withPeriod(
    withDb(sub(audit, 'cell', 'các hồ sơ đứng sau một ô của Biểu 06', 'the dossiers behind one cell of Form 06')),
  )
    .requiredOption('--cell <cell>', t('ô, ví dụ resolved.late', 'cell, e.g. resolved.late'))
    .option('--field <field>', t('lĩnh vực (mặc định dòng tổng)', 'field (default the total row)'))
    .option('--office <code>', t('mã đơn vị (mặc định mọi đơn vị)', 'office code(s) (default every office)'))
    .action(async (o) => (await import('./commands/audit.js')).runAuditCell(o, io));

  // checkpoint
  const checkpoint = sub(program, 'checkpoint', 'điểm kiểm tra có chữ ký (Ed25519)', 'signed checkpoints (Ed25519)');
  sub(
    checkpoint,
    'keygen',
    'tạo cặp khóa Ed25519 (lưu ngoài sổ cái)',
    'create an Ed25519 key pair (kept outside the ledger)',
  )
    .requiredOption('--key <file>', t('tệp khóa bí mật cần tạo', 'private key file to create'))
    .requiredOption('--pub <file>', t('tệp khóa công khai cần tạo', 'public key file to create'))
    .action(async (o: Common & { key: string; pub: string }) =>
      (await import('./commands/checkpoint.js')).runKeygen(o, io),
    );
  withDb(
    sub(checkpoint, 'sign', 'ký điểm kiểm tra của sổ cái hiện tại', 'sign a checkpoint of the ledger as it is now'),
  )
    .requiredOption('--key <file>', t('tệp khóa bí mật', 'private key file'))
    .option('--out <file>', t('tệp điểm kiểm tra (mặc định in ra màn hình)', 'checkpoint file (default stdout)'))
    .action(async (o: Common & { key: string; out?: string }) =>
      (await import('./commands/checkpoint.js')).runSign(o, io),
    );
  withDb(
    sub(
      checkpoint,
      'verify',
      'kiểm tra sổ cái theo một điểm kiểm tra đã ký',
      'check the ledger against a signed checkpoint',
    ),
  )
    .argument('<checkpoint>', t('tệp điểm kiểm tra', 'checkpoint file'))
    .option('--pub <file>', t('tệp khóa công khai (bắt buộc)', 'public key file (required)'))
    .option('--key <file>', t('như --pub', 'same as --pub'))
    .action(async (file: string, o: Common & { pub?: string; key?: string }) => {
      const pub = o.pub ?? o.key;
      if (pub === undefined)
        throw new UsageError(t('thiếu --pub TỆP (khóa công khai)', 'missing --pub FILE (the public key)'));
      await (await import('./commands/checkpoint.js')).runVerifyCheckpoint(file, { ...o, pub }, io);
    });

  extraCommands({ program, sub, withDb, t, io });
  filedCommands({ program, sub, withDb, withPeriod, t, io });
  return program;
}

/** Runs the CLI and returns the exit code; never calls process.exit, so output is flushed first. */
export async function runCli(args: readonly string[], io: Io = processIo): Promise<number> {
  const lang = langFromArgv(args);
  const program = buildProgram(lang, io);
  try {
    await program.parseAsync([...args], { from: 'user' });
    return EXIT_OK;
  } catch (e) {
    if (e instanceof CommanderError) {
      // --help, --version and `help [command]` end with exit code 0; help shown for a missing command ends with 1.
      if (e.exitCode === 0) return EXIT_OK;
      // Commander has already printed its message (and the help hint); it exits 1 by default, we say 2.
      return EXIT_USAGE;
    }
    if (e instanceof UsageError) {
      io.err(`motcua: ${e.message}\n${say(lang, '(thêm --help để xem cách dùng)', '(add --help for usage)')}\n`);
      return EXIT_USAGE;
    }
    if (e instanceof CliFailure) {
      io.err(`motcua: ${e.message}\n`);
      return EXIT_FAILED;
    }
    const err = e as Error & { code?: unknown };
    io.err(`motcua: ${err.code ? `${String(err.code)}: ` : ''}${err.message ?? String(e)}\n`);
    if (process.env.MOTCUA_DEBUG) io.err(`${err.stack ?? ''}\n`);
    return EXIT_FAILED;
  }
}
