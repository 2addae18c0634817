// Commands that sit on other packages' newer parts: seed (sample commune), rebuild (projection engine)
// and serve (HTTP server).
import type { Command } from 'commander';
import { runServe } from './commands/serve.js';
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
  withDb(sub(program, 'serve', 'chạy API HTTP trên sổ cái', 'run the HTTP API over the ledger'))
    .requiredOption('--port <port>', t('cổng', 'port'))
    .requiredOption('--keys <file>', t('tệp khóa API (JSON)', 'API keys file (JSON)'))
    .option('--host <host>', t('địa chỉ lắng nghe', 'address to listen on'), '127.0.0.1')
    .option(
      '--hierarchy <file>',
      t('tệp cây đơn vị (JSON) cho báo cáo tổng hợp', 'office hierarchy file (JSON) for roll-ups'),
    )
    .action(async (o) => runServe(o, io));
}
