// motcua rebuild: projections from zero, on demand. The CLI's own stored projection is refolded now;
// any other projection checkpoints stored in the ledger file (the server's) are cleared, so they are
// rebuilt from zero the next time they run; the in-memory Form 06 ledger is rebuilt to prove it loads.
// A PostgreSQL ledger stores no projection checkpoints (every reader folds the log in memory): its
// projections are refolded from zero and nothing is cleared.
import { catchUpProjection, memoryCheckpoints, resetProjection } from '@motcua/projections';
import { dbPathOf, type Io, openLedger } from '../context.js';
import { type Lang, say } from '../i18n.js';
import { readLedger } from '../ledger.js';
import { logSummaryProjection } from '../log-summary.js';

export async function runRebuild(opts: { db?: string; lang: Lang }, io: Io): Promise<void> {
  const { lang } = opts;
  const store = await openLedger(dbPathOf(opts.db, opts.lang), lang, 'read');
  try {
    const started = performance.now();
    const db = 'db' in store ? store.db : null;
    const own = await catchUpProjection(db ?? memoryCheckpoints(), store, logSummaryProjection, {
      rebuild: true,
      batchSize: 5000,
    });
    const others = (
      db
        ? (db
            .prepare('SELECT name FROM projection_checkpoints WHERE name <> ? ORDER BY name')
            .pluck()
            .all(logSummaryProjection.name) as string[])
        : []
    ).filter((n) => typeof n === 'string');
    for (const name of others) resetProjection(db!, name);
    const ledger = await readLedger(store);
    const seconds = ((performance.now() - started) / 1000).toFixed(2);
    if (others.length > 0) {
      io.err(
        say(
          lang,
          `Đã xóa điểm dừng của ${others.join(', ')}: sẽ dựng lại từ đầu ở lần chạy tới\n`,
          `Cleared the checkpoints of ${others.join(', ')}: they rebuild from zero when next run\n`,
        ),
      );
    }
    io.out(
      say(
        lang,
        `Đã dựng lại từ đầu: ${own.state.events} sự kiện đến vị trí ${own.position}, ${ledger.dossierCount} hồ sơ, ${ledger.offices().length} đơn vị, trong ${seconds} giây\n`,
        `Rebuilt from zero: ${own.state.events} events up to position ${own.position}, ${ledger.dossierCount} dossiers, ${ledger.offices().length} office(s), in ${seconds} s\n`,
      ),
    );
  } finally {
    await store.close();
  }
}
