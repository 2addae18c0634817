// motcua units import FILE: the units catalogue (provinces, districts, communes with the days they are in
// force and their successors) recorded as events in the ledger itself, all or nothing. A file the
// catalogue already holds as written records nothing.
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import {
  type EventMeta,
  emptyCatalogue,
  eventIdFor,
  issueText,
  type OfficeCode,
  planUnitImport,
  UNITS_STREAM,
  type UnitImportIssue,
  type UnitRowInput,
} from '@motcua/domain';
import { loadUnitLog } from '@motcua/projections';
import { type EventStore, WrongExpectedRevision } from '@motcua/store';
import { dbPathOf, type Io, openLedger } from '../context.js';
import { clipText } from '../excerpt.js';
import { CliFailure } from '../exit.js';
import { unreadableFile } from '../file-error.js';
import { type Lang, say } from '../i18n.js';
import { readUnitsText } from '../units-file.js';

export interface UnitsRecorded {
  readonly recorded: number;
  readonly revised: number;
  readonly unchanged: number;
}

class UnitsRefused extends Error {
  constructor(readonly issues: readonly UnitImportIssue[]) {
    super(issues.map((i) => issueText(i, 'en')).join('; '));
    this.name = 'UnitsRefused';
  }
}

/** Shown when a file holds many faults: the first ones, and how many more. */
const SHOWN = 20;

const refusalText = (source: string, issues: readonly UnitImportIssue[], lang: Lang): string => {
  const lines = issues.slice(0, SHOWN).map((i) => `  ${clipText(issueText(i, lang), lang)}`);
  if (issues.length > SHOWN)
    lines.push(say(lang, `  … và ${issues.length - SHOWN} lỗi khác`, `  … and ${issues.length - SHOWN} more`));
  return say(
    lang,
    `${source}: danh mục đơn vị bị từ chối, không ghi gì (${issues.length} lỗi):\n${lines.join('\n')}`,
    `${source}: units catalogue refused, nothing recorded (${issues.length} faults):\n${lines.join('\n')}`,
  );
};

/**
 * Checks rows against the catalogue recorded in `store` and appends what is new, in one append expected at
 * the catalogue's current revision (a concurrent import makes this one fail, never both half-apply).
 * The command id is derived from the rows and the revision they were planned on, so a retried write is
 * recognised by the store.
 */
export async function recordUnits(
  store: EventStore,
  rows: readonly UnitRowInput[],
  opts: { actor: string; now: Date },
): Promise<UnitsRecorded> {
  const log = await loadUnitLog(store);
  const plan = planUnitImport(log.at(), rows);
  if (!plan.ok) throw new UnitsRefused(plan.issues);
  const unchanged = rows.length - plan.drafts.length;
  const recorded = plan.drafts.filter((d) => d.type === 'UnitRecorded').length;
  if (plan.drafts.length === 0) return { recorded: 0, revised: 0, unchanged };
  const commandId = `units-${createHash('sha256')
    .update(JSON.stringify([log.revision.toString(), plan.drafts]))
    .digest('hex')
    .slice(0, 32)}`;
  const occurredAt = opts.now.toISOString();
  const events = plan.drafts.map((d, i) => {
    const meta: EventMeta = {
      eventId: eventIdFor(commandId, i),
      occurredAt,
      actor: opts.actor,
      // Units are coded as offices are: the unit the event is about.
      office: d.data.code as OfficeCode,
      correlationId: commandId,
      causationId: null,
      commandId,
    };
    return { type: d.type, schemaVersion: 1, data: d.data, meta };
  });
  await store.append(UNITS_STREAM, events, log.revision < 0n ? 'no-stream' : log.revision);
  return { recorded, revised: plan.drafts.length - recorded, unchanged };
}

export async function runUnitsImport(
  file: string,
  opts: { db?: string; actor: string; lang: Lang },
  io: Io,
): Promise<void> {
  const { lang } = opts;
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (e) {
    throw unreadableFile(file, e, lang);
  }
  const read = readUnitsText(text, file, lang);
  if (!read.ok) throw new CliFailure(refusalText(file, read.issues, lang));
  const path = dbPathOf(opts.db, lang);
  // A refused file leaves no new, empty ledger behind: checked first when there is none yet.
  if (!existsSync(path)) {
    const plan = planUnitImport(emptyCatalogue, read.rows);
    if (!plan.ok) throw new CliFailure(refusalText(file, plan.issues, lang));
  }
  const store = await openLedger(path, lang, 'write');
  let s: UnitsRecorded;
  try {
    s = await recordUnits(store, read.rows, { actor: opts.actor, now: new Date() });
  } catch (e) {
    if (e instanceof UnitsRefused) throw new CliFailure(refusalText(file, e.issues, lang));
    if (e instanceof WrongExpectedRevision) {
      throw new CliFailure(
        say(
          lang,
          'danh mục đơn vị vừa được ghi bởi một tiến trình khác; không ghi gì, hãy chạy lại lệnh',
          'the units catalogue was written by another process meanwhile; nothing recorded, run the command again',
        ),
      );
    }
    throw e;
  } finally {
    await store.close();
  }
  io.out(
    s.recorded + s.revised === 0
      ? say(
          lang,
          `Danh mục đơn vị đã có đủ ${s.unchanged} đơn vị của ${file}; không ghi gì\n`,
          `The units catalogue already holds the ${s.unchanged} units of ${file}; nothing recorded\n`,
        )
      : say(
          lang,
          `Đã ghi danh mục đơn vị từ ${file} vào ${path}: ${s.recorded} đơn vị mới, ${s.revised} đơn vị sửa đổi, ${s.unchanged} không đổi\n`,
          `Recorded the units of ${file} into ${path}: ${s.recorded} new, ${s.revised} revised, ${s.unchanged} unchanged\n`,
        ),
  );
}
