// motcua checkpoint keygen|sign|verify: Ed25519-signed statements "log L had N events ending in hash H".
// Keys live in their own files, never in the ledger.
import { existsSync } from 'node:fs';
import {
  checkpointFailureText,
  generateKeyPair,
  signCheckpoint,
  type VerifyTarget,
  verifyCheckpoint,
} from '@motcua/store';
import { checkpointErrorText } from '../checkpoint-words.js';
import { dbPathOf, type Io } from '../context.js';
import { CliFailure } from '../exit.js';
import { type Lang, say } from '../i18n.js';
import { isPostgresUrl, openPostgresLedger } from '../postgres-ledger.js';

/** The log to sign or check: a ledger file by its path, or an open PostgreSQL ledger (closed after). */
async function withLog<T>(path: string, lang: Lang, use: (log: VerifyTarget) => Promise<T>): Promise<T> {
  if (!isPostgresUrl(path)) {
    if (!existsSync(path)) throw new CliFailure(say(lang, `không có sổ cái tại ${path}`, `no ledger at ${path}`));
    return use(path);
  }
  const store = await openPostgresLedger(path, lang, 'read');
  try {
    return await use(store);
  } finally {
    await store.close();
  }
}

const wrap = async <T>(lang: Lang, f: () => Promise<T> | T): Promise<T> => {
  try {
    return await f();
  } catch (e) {
    const words = checkpointErrorText(e, lang);
    if (words === null) throw e;
    throw new CliFailure(say(lang, 'không thực hiện được: ', 'failed: ') + words);
  }
};

export async function runKeygen(opts: { key: string; pub: string; lang: Lang }, io: Io): Promise<void> {
  const { lang } = opts;
  for (const f of [opts.key, opts.pub]) {
    if (existsSync(f)) {
      throw new CliFailure(say(lang, `${f} đã tồn tại; không ghi đè khóa`, `${f} exists; keys are never overwritten`));
    }
  }
  await wrap(lang, () => generateKeyPair({ privateKeyPath: opts.key, publicKeyPath: opts.pub }));
  io.err(
    say(
      lang,
      `Đã tạo khóa bí mật ${opts.key} (giữ riêng, ngoài sổ cái) và khóa công khai ${opts.pub}\n`,
      `Wrote private key ${opts.key} (keep it apart from the ledger) and public key ${opts.pub}\n`,
    ),
  );
}

export async function runSign(opts: { db?: string; key: string; out?: string; lang: Lang }, io: Io): Promise<void> {
  const { lang } = opts;
  const path = dbPathOf(opts.db, opts.lang);
  const { checkpoint, text } = await withLog(path, lang, (log) =>
    wrap(lang, () => signCheckpoint({ log, privateKey: opts.key, ...(opts.out ? { outPath: opts.out } : {}) })),
  );
  if (opts.out) {
    io.err(
      say(
        lang,
        `Đã ký điểm kiểm tra: ${checkpoint.size} sự kiện, hash ${checkpoint.headHash} → ${opts.out}\n`,
        `Signed checkpoint: ${checkpoint.size} events, head ${checkpoint.headHash} → ${opts.out}\n`,
      ),
    );
  } else io.out(text);
}

export async function runVerifyCheckpoint(
  file: string,
  opts: { db?: string; pub: string; lang: Lang },
  io: Io,
): Promise<void> {
  const { lang } = opts;
  const path = dbPathOf(opts.db, opts.lang);
  const r = await withLog(path, lang, (log) => {
    if (!existsSync(file)) throw new CliFailure(say(lang, `không có tệp ${file}`, `no file ${file}`));
    return wrap(lang, () => verifyCheckpoint({ log, checkpoint: file, publicKey: opts.pub }));
  });
  if (!r.ok) {
    throw new CliFailure(
      say(lang, 'điểm kiểm tra KHÔNG hợp lệ: ', 'checkpoint does NOT verify: ') +
        checkpointFailureText(r.why, r.reason, lang) +
        (r.firstBadPosition !== undefined
          ? say(lang, ` (vị trí ${r.firstBadPosition})`, ` (position ${r.firstBadPosition})`)
          : ''),
    );
  }
  io.out(
    say(
      lang,
      `hợp lệ: sổ cái ${r.logName} có đủ ${r.checkpointSize} sự kiện đã ký, không bị sửa; hiện có ${r.size} sự kiện\n`,
      `ok: log ${r.logName} still holds the ${r.checkpointSize} signed events unchanged; now ${r.size} events\n`,
    ),
  );
}
