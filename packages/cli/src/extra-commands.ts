// Commands that sit on other packages' newer parts: seed (sample commune), rebuild (projection engine)
// and serve (HTTP server).
import type { Command } from 'commander';
import type { Io } from './context.js';

export interface CommandKit {
  readonly program: Command;
  readonly sub: (parent: Command, name: string, vi: string, en: string) => Command;
  readonly withDb: (c: Command) => Command;
  readonly t: (vi: string, en: string) => string;
  readonly io: Io;
}

export function extraCommands(kit: CommandKit): void {
  const { program, sub, withDb, t, io } = kit;
  withDb(
    sub(program, 'seed', 'ghi lịch sử mẫu của xã Đông Sơn vào sổ cái', 'write the Đông Sơn sample commune history'),
  )
    .option(
      '--seed <n>',
      t('hạt giống ngẫu nhiên (cùng hạt giống, cùng lịch sử)', 'random seed (same seed, same history)'),
    )
    .action(async (o) => (await import('./commands/seed.js')).runSeed(o, io));
  const units = sub(program, 'units', 'danh mục đơn vị hành chính', 'the units catalogue');
  withDb(
    sub(
      units,
      'import',
      'ghi danh mục đơn vị (CSV code,name,level,parent,valid_from,valid_to,successor hoặc JSON) vào sổ cái, tất cả hoặc không gì',
      'record a units catalogue (CSV code,name,level,parent,valid_from,valid_to,successor or JSON) in the ledger, all or nothing',
    ),
  )
    .argument('<file>', t('tệp danh mục đơn vị', 'units file'))
    .option('--actor <name>', t('người/tiến trình ghi vào sổ cái', 'who records the events'), 'units-import')
    .action(async (file: string, o) => (await import('./commands/units.js')).runUnitsImport(file, o, io));
  withDb(sub(program, 'rebuild', 'dựng lại các bảng số liệu từ đầu', 'rebuild the projections from zero')).action(
    async (o) => (await import('./commands/rebuild.js')).runRebuild(o, io),
  );
  withDb(
    sub(
      program,
      'snapshot',
      'ghi ảnh chụp sổ cái trong bộ nhớ (để serve khởi động nhanh)',
      'write a snapshot of the in-memory ledger (for a fast serve start)',
    ),
  ).action(async (o) => (await import('./commands/snapshot.js')).runSnapshot(o, io));
  withDb(sub(program, 'serve', 'chạy API HTTP trên sổ cái', 'run the HTTP API over the ledger'))
    .requiredOption('--port <port>', t('cổng', 'port'))
    .requiredOption('--keys <file>', t('tệp khóa API (JSON)', 'API keys file (JSON)'))
    .option('--host <host>', t('địa chỉ lắng nghe', 'address to listen on'), '127.0.0.1')
    .option(
      '--hierarchy <file>',
      t('tệp cây đơn vị (JSON) cho báo cáo tổng hợp', 'office hierarchy file (JSON) for roll-ups'),
    )
    .option(
      '--calendar <file>',
      t(
        'tệp lịch nghỉ (CSV: date,kind,name,basis,status) thay cho lịch có sẵn',
        'calendar file (CSV: date,kind,name,basis,status) instead of the shipped one',
      ),
    )
    .option(
      '--create',
      t(
        'tạo sổ cái mới, trống nếu --db chưa có (mặc định: báo lỗi, vì một lỗi gõ --db sẽ phục vụ một sổ cái trống)',
        'create a new, empty ledger when --db does not exist (default: refuse, since a typo in --db would serve an empty ledger)',
      ),
    )
    .option(
      '--allow-new-offices',
      t(
        'cho phép tiếp nhận hồ sơ của cơ quan chưa có trong sổ cái hay tệp cây đơn vị (mặc định: từ chối, 404)',
        'let a received dossier open an office that is neither in the ledger nor in the hierarchy file (default: refused, 404)',
      ),
    )
    .option(
      '--checkpoint-key <file>',
      t(
        'khóa bí mật Ed25519 để ký điểm kiểm tra định kỳ vào thư mục <sổ cái>.checkpoints (mặc định biến MOTCUA_CHECKPOINT_KEY)',
        'Ed25519 private key to sign routine checkpoints into <ledger>.checkpoints (default: the MOTCUA_CHECKPOINT_KEY variable)',
      ),
    )
    .option(
      '--checkpoint-every <minutes>',
      t(
        'ký điểm kiểm tra mỗi bao nhiêu phút khi sổ cái có thêm sự kiện',
        'sign a checkpoint every so many minutes while the log grows',
      ),
      '10',
    )
    .option(
      '--snapshot-every <minutes>',
      t(
        'ghi ảnh chụp sổ cái trong bộ nhớ mỗi bao nhiêu phút khi sổ cái có thêm sự kiện, để lần khởi động sau nhanh (0: không theo thời gian)',
        'write a snapshot of the in-memory ledger every so many minutes while the log grows, for a fast next start (0: not by time)',
      ),
      '10',
    )
    .option(
      '--snapshot-every-events <n>',
      t(
        'ghi ảnh chụp sổ cái sau mỗi bấy nhiêu sự kiện mới (0: không theo số sự kiện)',
        'write a snapshot of the ledger after every so many new events (0: not by count)',
      ),
      '200000',
    )
    .option(
      '--cors-origin <origin>',
      t(
        'nguồn (scheme://máy[:cổng]) mà trang web ở đó được gọi API từ trình duyệt; lặp lại cho nhiều nguồn (mặc định: không nguồn nào)',
        'origin (scheme://host[:port]) whose web pages may call the API from a browser; repeat for several (default: none)',
      ),
      (value: string, previous: string[] = []) => [...previous, value],
    )
    .action(async (o) => (await import('./commands/serve.js')).runServe(o, io));
}
