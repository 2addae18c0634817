// motcua verify: the hash chain, the projections against a fresh rebuild, and every Form 06 identity
// for every quarter in the log (per office and for all offices, carried over chained quarter to
// quarter). Stops at the first failure and names it.
import { dayOf } from '@motcua/domain';
import {
  catchUpProjection,
  checkIdentities,
  createLedger,
  deserializeJson,
  type Ledger,
  memoryCheckpoints,
  periodOf,
} from '@motcua/projections';
import {
  chainBreakText,
  checkpointFailureText,
  type EventStore,
  listCheckpoints,
  type SqliteStore,
  verifyChain,
  verifyCheckpoint,
} from '@motcua/store';
import { dbPathOf, type Io, openLedger } from '../context.js';
import { CliFailure } from '../exit.js';
import { type Lang, say } from '../i18n.js';
import { procedureFee } from '../ledger.js';
import { type LogSummary, logSummaryProjection, summaryText } from '../log-summary.js';
import { isPostgresUrl } from '../postgres-ledger.js';
import { ageText, checkpointFolderOf, checkpointKeyOf } from '../routine-checkpoint.js';

/** A projection's stored checkpoint, read without creating anything in the file. */
function storedCheckpoint(
  db: SqliteStore['db'],
  name: string,
): { version: number; position: bigint; state: string } | null {
  const exists = db
    .prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'projection_checkpoints'")
    .get();
  if (!exists) return null;
  const row = db.prepare('SELECT version, position, state FROM projection_checkpoints WHERE name = ?').get(name) as
    | { version: number; position: string; state: string }
    | undefined;
  if (!row) return null;
  // A state that does not parse is as good as a mismatch: the rebuild comparison will show it.
  try {
    deserializeJson<LogSummary>(row.state);
  } catch {
    return { version: row.version, position: BigInt(row.position), state: '{"events":-1,"offices":{},"types":{}}' };
  }
  return { version: row.version, position: BigInt(row.position), state: row.state };
}

interface Span {
  first: string | null;
  last: string | null;
}

/** Every calendar quarter from the one holding `first` to the one holding `last`. */
function quartersBetween(first: string, last: string): Array<{ year: number; quarter: 1 | 2 | 3 | 4 }> {
  const out: Array<{ year: number; quarter: 1 | 2 | 3 | 4 }> = [];
  let y = Number(first.slice(0, 4));
  let q = Math.floor((Number(first.slice(5, 7)) - 1) / 3) + 1;
  const ly = Number(last.slice(0, 4));
  const lq = Math.floor((Number(last.slice(5, 7)) - 1) / 3) + 1;
  while (y < ly || (y === ly && q <= lq)) {
    out.push({ year: y, quarter: q as 1 | 2 | 3 | 4 });
    q++;
    if (q === 5) {
      q = 1;
      y++;
    }
  }
  return out;
}

/** Feeds a ledger from the log, noting the first and last business day seen. */
async function feed(store: EventStore, ledger: Ledger, span: Span, toPosition?: bigint): Promise<void> {
  const note = (iso: unknown) => {
    if (typeof iso !== 'string') return;
    const d = dayOf(iso);
    if (span.first === null || d < span.first) span.first = d;
    if (span.last === null || d > span.last) span.last = d;
  };
  for await (const batch of store.readAll({
    fromPosition: ledger.lastPosition + 1n,
    batchSize: 5000,
    ...(toPosition !== undefined ? { toPosition } : {}),
  })) {
    for (const e of batch) {
      ledger.apply(e);
      note(e.meta.occurredAt);
      note((e.data as { receivedAt?: unknown } | null)?.receivedAt);
    }
  }
}

export interface VerifyOptions {
  readonly db?: string;
  readonly lang: Lang;
  /** A checkpoint file to check; default the newest in `<ledger>.checkpoints`. */
  readonly checkpoint?: string;
  /** Its public key; default MOTCUA_CHECKPOINT_PUBLIC_KEY, else the configured signing key. */
  readonly publicKey?: string;
}

export async function runVerify(opts: VerifyOptions, io: Io): Promise<void> {
  const { lang } = opts;
  const path = dbPathOf(opts.db, opts.lang);
  const store = await openLedger(path, lang, 'read');
  const fail = (vi: string, en: string): never => {
    throw new CliFailure(say(lang, `KIỂM TRA THẤT BẠI: ${vi}`, `VERIFY FAILED: ${en}`));
  };
  try {
    // 1. The hash chain.
    const chain = await verifyChain(store);
    if (!chain.ok) {
      fail(
        `chuỗi hash đứt tại vị trí ${chain.firstBadPosition}: ${chainBreakText(chain.break, 'vi')}`,
        `hash chain broken at position ${chain.firstBadPosition}: ${chain.reason}`,
      );
      return;
    }
    io.err(say(lang, `Chuỗi hash: ${chain.size} sự kiện, hợp lệ\n`, `Hash chain: ${chain.size} events, intact\n`));

    // 1b. The newest checkpoint: only it can see a cut tail or a rewrite whose hashes were recomputed.
    await checkNewestCheckpoint(path, store, opts, io, fail);

    // 2. Projections against a fresh rebuild: the stored log summary caught up from its checkpoint (read
    //    only: nothing is saved), and the Form 06 ledger fed in two steps, must equal folds from zero.
    const stored = 'db' in store ? storedCheckpoint(store.db, logSummaryProjection.name) : null;
    const resumed = memoryCheckpoints();
    if (stored) resumed.save(logSummaryProjection.name, stored);
    const incremental = await catchUpProjection(resumed, store, logSummaryProjection, { batchSize: 5000 });
    const rebuilt = await catchUpProjection(memoryCheckpoints(), store, logSummaryProjection, { batchSize: 5000 });
    if (summaryText(incremental.state) !== summaryText(rebuilt.state)) {
      fail(
        `${logSummaryProjection.name}: trạng thái lưu (đến vị trí ${stored?.position ?? -1n}) khác với dựng lại từ đầu`,
        `${logSummaryProjection.name}: the stored state (to position ${stored?.position ?? -1n}) differs from a rebuild from zero`,
      );
    }
    const span: Span = { first: null, last: null };
    const fresh = createLedger({ procedureFee, keepEvents: false });
    await feed(store, fresh, span);
    const head = await store.headPosition();
    const stepwise = createLedger({ procedureFee, keepEvents: false });
    await feed(store, stepwise, { first: null, last: null }, head / 2n);
    await feed(store, stepwise, { first: null, last: null });
    if (span.first === null || span.last === null) {
      io.out(say(lang, 'Sổ cái trống: không có gì để kiểm tra thêm\n', 'The ledger is empty: nothing more to check\n'));
      return;
    }
    const quarters = quartersBetween(span.first, span.last);
    const offices = fresh.offices();
    const scopes: Array<string[] | undefined> = [undefined, ...(offices.length > 1 ? offices.map((o) => [o]) : [])];
    for (const scope of scopes) {
      const name = scope ? scope[0]! : say(lang, 'mọi đơn vị', 'all offices');
      const reports = quarters.map((q) => {
        const p = periodOf({ ...q, convention: 'calendar' });
        const a = fresh.form06({ ...p, ...(scope ? { offices: scope } : {}) });
        const b = stepwise.form06({ ...p, ...(scope ? { offices: scope } : {}) });
        if (JSON.stringify(a) !== JSON.stringify(b)) {
          fail(
            `${name}, quý ${q.quarter}/${q.year}: số liệu cập nhật dần khác số liệu dựng lại từ đầu`,
            `${name}, Q${q.quarter} ${q.year}: the incrementally fed projection differs from a fresh rebuild`,
          );
        }
        return a;
      });
      // 3. Every identity of every quarter, and carried over = previous quarter's pending.
      const breaks = checkIdentities(reports, { lang });
      const first = breaks[0];
      if (first) {
        const k = Number(/^reports\[(\d+)\]/.exec(first.where)?.[1] ?? 0);
        const q = quarters[k]!;
        fail(
          `${name}, quý ${q.quarter}/${q.year}: ${first.message}`,
          `${name}, Q${q.quarter} ${q.year}: ${first.message}`,
        );
      }
    }
    io.out(
      say(
        lang,
        `hợp lệ: chuỗi hash ${chain.size} sự kiện; dựng lại khớp; mọi đẳng thức Biểu 06 đúng cho ${quarters.length} quý (${quarters[0]!.quarter}/${quarters[0]!.year} – ${quarters.at(-1)!.quarter}/${quarters.at(-1)!.year}), ${offices.length} đơn vị\n`,
        `ok: hash chain of ${chain.size} events; rebuild matches; every Form 06 identity holds for ${quarters.length} quarters (Q${quarters[0]!.quarter} ${quarters[0]!.year} to Q${quarters.at(-1)!.quarter} ${quarters.at(-1)!.year}), ${offices.length} office(s)\n`,
      ),
    );
  } finally {
    await store.close();
  }
}

/**
 * The chain alone is self-consistent by construction: a tail cut off, or a rewrite with every hash
 * recomputed, still verifies. A checkpoint signed earlier is what sees it, for the events it vouches for.
 */
async function checkNewestCheckpoint(
  path: string,
  store: EventStore,
  opts: VerifyOptions,
  io: Io,
  fail: (vi: string, en: string) => never,
): Promise<void> {
  const { lang } = opts;
  // A PostgreSQL ledger has no folder beside it: its checkpoints are files wherever they were signed to.
  const onServer = isPostgresUrl(path);
  const folder = checkpointFolderOf(path);
  const found = opts.checkpoint ? { path: opts.checkpoint } : onServer ? null : listCheckpoints(folder).newest;
  if (!found && onServer) {
    io.err(
      say(
        lang,
        'Sổ cái PostgreSQL không có thư mục điểm kiểm tra bên cạnh: chỉ kiểm được chuỗi hash tự nhất quán; hãy ký điểm kiểm tra bằng "motcua checkpoint sign --out TỆP" và đối chiếu bằng --checkpoint TỆP\n',
        'A PostgreSQL ledger has no checkpoint folder beside it: only the chain\'s own consistency was checked; sign checkpoints with "motcua checkpoint sign --out FILE" and check one with --checkpoint FILE\n',
      ),
    );
    return;
  }
  if (!found) {
    io.err(
      say(
        lang,
        `Không có điểm kiểm tra nào trong ${folder}: chỉ kiểm được chuỗi hash tự nhất quán (một đoạn cuối bị cắt hay một lần ghi lại có tính lại hash thì không thấy được)\n`,
        `No checkpoint in ${folder}: only the chain's own consistency was checked (a cut tail, or a rewrite with recomputed hashes, cannot be seen)\n`,
      ),
    );
    return;
  }
  const key =
    opts.publicKey ??
    (process.env.MOTCUA_CHECKPOINT_PUBLIC_KEY?.trim() ? process.env.MOTCUA_CHECKPOINT_PUBLIC_KEY : undefined) ??
    checkpointKeyOf(undefined, lang);
  if (key === undefined) {
    io.err(
      say(
        lang,
        `Điểm kiểm tra ${found.path} chưa được kiểm: cần khóa công khai (--public-key TỆP hoặc biến MOTCUA_CHECKPOINT_PUBLIC_KEY)\n`,
        `Checkpoint ${found.path} not checked: give its public key (--public-key FILE or the MOTCUA_CHECKPOINT_PUBLIC_KEY variable)\n`,
      ),
    );
    return;
  }
  const r = await verifyCheckpoint({ log: onServer ? store : path, checkpoint: found.path, publicKey: key });
  if (!r.ok) {
    fail(
      `điểm kiểm tra ${found.path}: ${checkpointFailureText(r.why, r.reason, 'vi')}${r.firstBadPosition !== undefined ? ` (vị trí ${r.firstBadPosition})` : ''}`,
      `checkpoint ${found.path}: ${r.reason}${r.firstBadPosition !== undefined ? ` (position ${r.firstBadPosition})` : ''}`,
    );
    return;
  }
  const signedAt = 'checkpoint' in found ? found.checkpoint.signedAt : null;
  io.err(
    say(
      lang,
      `Điểm kiểm tra ${found.path}: ${r.checkpointSize} sự kiện đầu vẫn nguyên như đã ký; ký ${ageText(signedAt, new Date(), lang)}\n`,
      `Checkpoint ${found.path}: the first ${r.checkpointSize} events are as signed; signed ${ageText(signedAt, new Date(), lang)}\n`,
    ),
  );
}
