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
  withDb(sub(program, 'rebuild', 'dựng lại các bảng số liệu từ đầu', 'rebuild the projections from zero')).action(
    async (o) => (await import('./commands/rebuild.js')).runRebuild(o, io),
  );
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
        'cho phép mở hồ sơ cho cơ quan chưa có trong sổ cái hay cây đơn vị (mặc định: từ chối, 404)',
        'allow opening dossiers for an office neither the ledger nor the hierarchy knows (default: refuse, 404)',
      ),
    )
    .action(async (o) => (await import('./commands/serve.js')).runServe(o, io));
}
