// Routine checkpoints from the command line: which signing key is configured (--checkpoint-key, else
// MOTCUA_CHECKPOINT_KEY), signing one after a write, and what verify says of the newest one. Without a key
// nothing is signed: a checkpoint is only as good as the secrecy of its key, so none is made up.
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import {
  checkpointFolderOf,
  listCheckpoints,
  openSqliteStore,
  type StoredCheckpoint,
  writeRoutineCheckpoint,
} from '@motcua/store';
import type { Io } from './context.js';
import { CliFailure } from './exit.js';
import { type Lang, say } from './i18n.js';
import { isPostgresUrl } from './postgres-ledger.js';

/** The private key's path, when one is configured; a configured key that is missing is an error. */
export function checkpointKeyOf(option: string | undefined, lang: Lang, env = process.env): string | undefined {
  const chosen = option ?? (env.MOTCUA_CHECKPOINT_KEY?.trim() ? env.MOTCUA_CHECKPOINT_KEY : undefined);
  if (chosen === undefined) return undefined;
  const path = resolve(chosen);
  if (!existsSync(path)) {
    throw new CliFailure(
      say(
        lang,
        `không có khóa ký điểm kiểm tra tại ${path} (tạo bằng "motcua checkpoint keygen")`,
        `no checkpoint signing key at ${path} (make one with "motcua checkpoint keygen")`,
      ),
    );
  }
  return path;
}

/** Routine checkpoints go to a folder beside the ledger file; a PostgreSQL ledger has none (said once). */
export function noCheckpointFolder(lang: Lang, io: Io): void {
  io.err(
    say(
      lang,
      'Sổ cái PostgreSQL không có thư mục bên cạnh để ký điểm kiểm tra định kỳ: không ký; hãy ký theo lịch bằng "motcua checkpoint sign --db … --key … --out TỆP" và kiểm bằng "motcua verify --checkpoint TỆP"\n',
      'A PostgreSQL ledger has no folder beside it for routine checkpoints: none signed; sign them on a schedule with "motcua checkpoint sign --db … --key … --out FILE" and check one with "motcua verify --checkpoint FILE"\n',
    ),
  );
}

export async function signAfterWrite(
  ledgerPath: string,
  key: string,
  lang: Lang,
  io: Io,
): Promise<StoredCheckpoint | null> {
  if (isPostgresUrl(ledgerPath)) {
    noCheckpointFolder(lang, io);
    return null;
  }
  const stored = await writeRoutineCheckpoint({ ledgerPath, privateKey: key });
  io.err(
    say(
      lang,
      `Đã ký điểm kiểm tra: ${stored.checkpoint.size} sự kiện → ${stored.path}\n`,
      `Signed a checkpoint: ${stored.checkpoint.size} events → ${stored.path}\n`,
    ),
  );
  return stored;
}

/** "3 giờ 5 phút" / "3 h 5 min": how long ago a checkpoint was signed. */
export function ageText(signedAt: string | null, now: Date, lang: Lang): string {
  if (signedAt === null) return say(lang, 'không rõ thời điểm ký (định dạng v1)', 'signing time unknown (format v1)');
  const minutes = Math.max(0, Math.floor((now.getTime() - Date.parse(signedAt)) / 60_000));
  const d = Math.floor(minutes / 1440);
  const h = Math.floor((minutes % 1440) / 60);
  const m = minutes % 60;
  const vi = `${d ? `${d} ngày ` : ''}${h ? `${h} giờ ` : ''}${m} phút trước`;
  const en = `${d ? `${d} d ` : ''}${h ? `${h} h ` : ''}${m} min ago`;
  return `${say(lang, vi, en)} (${signedAt})`;
}

/**
 * While `motcua serve` runs: a checkpoint at start and then every `everyMs`, each only when the log has grown
 * past the newest one (signing verifies the whole chain first, so an idle ledger is not re-read for nothing).
 * The timer does not keep the process alive; a failure is said on stderr and tried again next time.
 * Returns the last tick, for shutdown: what the server took since the newest checkpoint gets signed too.
 */
export function scheduleCheckpoints(
  ledgerPath: string,
  key: string,
  everyMs: number,
  lang: Lang,
  io: Io,
): () => Promise<void> {
  const folder = checkpointFolderOf(ledgerPath);
  let running = false;
  const tick = async () => {
    if (running) return;
    running = true;
    try {
      const store = openSqliteStore({ path: ledgerPath, readonly: true });
      const size = await store.headPosition().finally(() => store.close());
      const newest = listCheckpoints(folder).newest;
      if (size > 0n && (newest === null || newest.checkpoint.size < size)) {
        await signAfterWrite(ledgerPath, key, lang, io);
      }
    } catch (e) {
      io.err(say(lang, 'không ký được điểm kiểm tra: ', 'could not sign a checkpoint: ') + `${(e as Error).message}\n`);
    } finally {
      running = false;
    }
  };
  void tick();
  const timer = setInterval(() => void tick(), everyMs);
  timer.unref();
  return async () => {
    clearInterval(timer);
    while (running) await new Promise((r) => setTimeout(r, 20));
    await tick();
  };
}

export { checkpointFolderOf };
