// motcua seed: writes the sample commune (Đông Sơn) history into a ledger, each append stamped with the
// moment it was recorded in the story, so "as known at" queries over the sample mean something.
import {
  createSettableClock,
  DEFAULT_SAMPLE_SEED,
  generateSampleCommune,
  SAMPLE_OFFICE,
  seedSampleCommune,
} from '@motcua/projections';
import { dbPathOf, type Io, ledgerLabel, openLedger } from '../context.js';
import { quoteValue } from '../excerpt.js';
import { CliFailure, UsageError } from '../exit.js';
import { type Lang, say } from '../i18n.js';
import { officeTime } from '../office-time.js';

export async function runSeed(opts: { db?: string; seed?: string; lang: Lang }, io: Io): Promise<void> {
  const { lang } = opts;
  if (opts.seed !== undefined && !/^\d{1,9}$/.test(opts.seed)) {
    throw new UsageError(
      say(
        lang,
        `--seed ${quoteValue(opts.seed, lang)}: cần số nguyên dương`,
        `--seed ${quoteValue(opts.seed, lang)}: expected a positive integer`,
      ),
    );
  }
  const seed = opts.seed === undefined ? DEFAULT_SAMPLE_SEED : Number(opts.seed);
  const path = dbPathOf(opts.db, opts.lang);
  const clock = createSettableClock();
  const store = await openLedger(path, lang, 'write', clock.now);
  const shown = ledgerLabel(store, path);
  try {
    const history = generateSampleCommune({ seed });
    if ((await store.headPosition()) >= 0n) {
      // Seeding twice is not an error when the ledger already holds this very sample.
      let first: string | undefined;
      for await (const batch of store.readAll({ batchSize: 1 })) {
        first = batch[0]?.meta.eventId;
        break;
      }
      if (first !== undefined && first === history[0]?.events[0]?.meta.eventId) {
        io.out(
          say(
            lang,
            `Sổ cái ${shown} đã có mẫu xã Đông Sơn (${SAMPLE_OFFICE}); không ghi thêm\n`,
            `The ledger ${shown} already holds the Đông Sơn sample (${SAMPLE_OFFICE}); nothing written\n`,
          ),
        );
        return;
      }
      throw new CliFailure(
        say(
          lang,
          `sổ cái ${shown} đã có dữ liệu khác; mẫu chỉ ghi vào sổ cái trống (chọn --db khác)`,
          `the ledger ${shown} already holds other events; the sample is written only into an empty ledger (choose another --db)`,
        ),
      );
    }
    const s = await seedSampleCommune({ store, clock, history });
    io.out(
      say(
        lang,
        `Đã ghi mẫu xã Đông Sơn vào ${shown}: đơn vị ${s.office}, ${s.dossiers} hồ sơ, ${s.events} sự kiện (ghi nhận từ ${officeTime(s.firstRecordedAt)} đến ${officeTime(s.lastRecordedAt)})\n`,
        `Seeded the Đông Sơn sample into ${shown}: office ${s.office}, ${s.dossiers} dossiers, ${s.events} events (recorded ${officeTime(s.firstRecordedAt)} to ${officeTime(s.lastRecordedAt)})\n`,
      ),
    );
  } finally {
    await store.close();
  }
}
