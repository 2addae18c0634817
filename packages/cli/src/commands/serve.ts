// motcua serve: the HTTP API over the ledger (the server package does the work).
import { startServer } from '@motcua/server';
import { dbPathOf, type Io } from '../context.js';
import { CliFailure, UsageError } from '../exit.js';
import { type Lang, say } from '../i18n.js';

export interface ServeOptions {
  readonly db?: string;
  readonly port: string;
  readonly host: string;
  readonly keys: string;
  readonly hierarchy?: string;
  readonly lang: Lang;
}

export async function runServe(opts: ServeOptions, io: Io): Promise<void> {
  const { lang } = opts;
  if (!/^\d{1,5}$/.test(opts.port) || Number(opts.port) > 65535) {
    throw new UsageError(
      say(lang, `--port ${opts.port}: cần số cổng 0-65535`, `--port ${opts.port}: expected a port 0-65535`),
    );
  }
  try {
    const server = await startServer({
      dbPath: dbPathOf(opts.db),
      port: Number(opts.port),
      host: opts.host,
      keysFile: opts.keys,
      ...(opts.hierarchy ? { hierarchyFile: opts.hierarchy } : {}),
    });
    io.err(say(lang, `Máy chủ đang chạy tại ${server.url}\n`, `Listening on ${server.url}\n`));
  } catch (e) {
    throw new CliFailure(
      say(lang, 'không khởi động được máy chủ: ', 'cannot start the server: ') + (e as Error).message,
    );
  }
}
