// motcua seed: writes the sample commune (Đông Sơn) history into a ledger, each append stamped with the
// moment it was recorded in the story, so "as known at" queries over the sample mean something.
import {
  createSettableClock,
  DEFAULT_SAMPLE_SEED,
  generateSampleCommune,
  SAMPLE_OFFICE,
  SAMPLE_UNITS_FILE,
  sampleUnitsCsv,
  seedSampleCommune,
} from '@motcua/projections';
import type { EventStore } from '@motcua/store';
import { dbPathOf, type Io, ledgerLabel, openLedger } from '../context.js';
import { quoteValue } from '../excerpt.js';
import { CliFailure, UsageError } from '../exit.js';
import { type Lang, say } from '../i18n.js';
import { officeTime } from '../office-time.js';
import { readUnitsText } from '../units-file.js';
import { recordUnits } from './units.js';

/**
 * When the sample records its units catalogue: after Nghị quyết 1658/NQ-UBTVQH15 (16 June 2025) made the
 * change known, and after every dossier event of the sample, so recordedAt stays in order.
 */
const SAMPLE_UNITS_RECORDED_AT = '2025-06-20T08:00:00+07:00';

/** The sample's units (Đông Sơn and its successor xã Bố Hạ, issue 14), unless the ledger holds them already. */
async function seedUnits(
  store: EventStore,
  clock: ReturnType<typeof createSettableClock>,
  lang: Lang,
  io: Io,
): Promise<void> {
  const read = readUnitsText(sampleUnitsCsv(), SAMPLE_UNITS_FILE, lang);
  if (!read.ok) throw new Error(`${SAMPLE_UNITS_FILE}: ${read.issues.map((i) => i.message).join('; ')}`);
  const last = Date.parse((await lastRecordedAt(store)) ?? SAMPLE_UNITS_RECORDED_AT);
  clock.set(new Date(Math.max(Date.parse(SAMPLE_UNITS_RECORDED_AT), last)));
  const s = await recordUnits(store, read.rows, { actor: 'seed', now: clock.now() });
  if (s.recorded + s.revised > 0) {
    io.out(
      say(
        lang,
        `Đã ghi danh mục đơn vị mẫu (${s.recorded + s.revised} đơn vị: xã Đông Sơn ${SAMPLE_OFFICE} đến 30/06/2025, xã Bố Hạ 07294 tỉnh Bắc Ninh từ 01/07/2025)\n`,
        `Recorded the sample units catalogue (${s.recorded + s.revised} units: xã Đông Sơn ${SAMPLE_OFFICE} until 2025-06-30, xã Bố Hạ 07294 in Bắc Ninh from 2025-07-01)\n`,
      ),
    );
  }
}

async function lastRecordedAt(store: EventStore): Promise<string | null> {
  const head = await store.headPosition();
  if (head < 0n) return null;
  for await (const batch of store.readAll({ fromPosition: head, toPosition: head }))
    return batch.at(-1)?.recordedAt ?? null;
  return null;
}

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
        // A ledger seeded before the sample had a units catalogue gets it now (and one that has it, nothing).
        await seedUnits(store, clock, lang, io);
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
    await seedUnits(store, clock, lang, io);
  } finally {
    await store.close();
  }
}
