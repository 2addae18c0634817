// motcua snapshot: the in-memory ledger folded from the whole log and written as a ledger snapshot beside
// the log (a file beside a SQLite ledger, tables of a PostgreSQL one), so the next `serve` start reads it
// and only the log after it. The snapshot holds the ledger `serve` builds (snapshotLedgerOptions), at the
// log's head as it stood when the command began; a running server may go on writing meanwhile.
import { sampleCatalogue } from '@motcua/domain';
import { loadLedger, saveLedgerSnapshot, snapshotLedgerOptions, storeEventSource } from '@motcua/projections';
import { dbPathOf, type Io, openLedger } from '../context.js';
import { CliFailure } from '../exit.js';
import { type Lang, say } from '../i18n.js';

export async function runSnapshot(opts: { db?: string; lang: Lang }, io: Io): Promise<void> {
  const { lang } = opts;
  const store = await openLedger(dbPathOf(opts.db, lang), lang, 'read');
  try {
    const started = performance.now();
    const head = await store.headPosition();
    const ledger = await loadLedger(store, {
      ...snapshotLedgerOptions(sampleCatalogue, storeEventSource(store)),
      toPosition: head,
    });
    let claims: Awaited<ReturnType<typeof saveLedgerSnapshot>>;
    try {
      claims = await saveLedgerSnapshot(store, store.snapshots, ledger, head);
    } catch (e) {
      throw new CliFailure(
        say(
          lang,
          `không ghi được ảnh chụp sổ cái vào ${store.snapshots.where}: ${(e as Error).message}`,
          `cannot write the ledger snapshot to ${store.snapshots.where}: ${(e as Error).message}`,
        ),
      );
    }
    const seconds = ((performance.now() - started) / 1000).toFixed(2);
    const mb = (claims.bytes / 1e6).toFixed(1);
    io.out(
      say(
        lang,
        `Đã ghi ảnh chụp sổ cái đến vị trí ${head}: ${ledger.dossierCount} hồ sơ, ${ledger.eventCount} sự kiện, ${mb} MB, vào ${store.snapshots.where}, trong ${seconds} giây\n`,
        `Wrote the ledger snapshot up to position ${head}: ${ledger.dossierCount} dossiers, ${ledger.eventCount} events, ${mb} MB, to ${store.snapshots.where}, in ${seconds} s\n`,
      ),
    );
  } finally {
    await store.close();
  }
}
