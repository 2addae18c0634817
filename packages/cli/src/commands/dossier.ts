// motcua dossier show: one dossier's state and full timeline, as of a business moment and as known at
// a recorded moment.
import { asDossierCode, defaultCalendar, eventNameVi, PROVISIONAL_DUE, ruleSetOf } from '@motcua/domain';
import type { DossierView } from '@motcua/projections';
import { loadCalendarFile } from '../calendar-file.js';
import { dbPathOf, type Io, openLedger } from '../context.js';
import { quoteValue } from '../excerpt.js';
import { CliFailure, UsageError } from '../exit.js';
import { type Lang, say } from '../i18n.js';
import { officesOf, readLedger } from '../ledger.js';
import { officeTime } from '../office-time.js';
import { knownAtOf } from '../period.js';

export interface DossierShowOptions {
  readonly db?: string;
  readonly office?: string;
  readonly asOf?: string;
  readonly knownAt?: string;
  /** Calendar file for the provisional flag (default the shipped calendar). */
  readonly calendar?: string;
  readonly format: 'text' | 'json';
  readonly lang: Lang;
}

const STATUS: Record<DossierView['status'], [string, string]> = {
  processing: ['đang giải quyết', 'being processed'],
  awaitingSupplement: ['chờ bổ sung hồ sơ', 'awaiting a supplement'],
  approved: ['đã duyệt, chờ trả kết quả', 'approved, result not yet returned'],
  finished: ['đã kết thúc', 'finished'],
};
const OUTCOME: Record<string, [string, string]> = {
  early: ['trước hạn', 'early'],
  onTime: ['đúng hạn', 'on time'],
  late: ['quá hạn', 'late'],
};
const PAYMENT: Record<string, [string, string]> = {
  online: ['trực tuyến', 'online'],
  counter: ['tại quầy', 'counter'],
};
const CHANNEL: Record<string, [string, string]> = {
  online: ['trực tuyến', 'online'],
  direct: ['trực tiếp', 'direct'],
  postal: ['bưu chính', 'postal'],
};

/** A due date in a year without an announced calendar is provisional: it may move when the year is announced. */
export function renderDossier(v: DossierView & { readonly dueProvisional?: boolean }, lang: Lang): string {
  const t = (pair: [string, string] | undefined, fallback: string) => (pair ? say(lang, pair[0], pair[1]) : fallback);
  // Vietnamese names what happened as the counter does, in the words of the dossier's rule set (the 2025
  // apology asks to extend the time); English keeps the ledger's own event types.
  const eventName = (type: string) => (lang === 'vi' ? eventNameVi(type, v.receivedAt) : type);
  const rescheduled =
    ruleSetOf(v.receivedAt).apology === 'extension'
      ? say(lang, 'đề nghị gia hạn đến', 'extension requested to')
      : say(lang, 'hẹn lại', 'rescheduled to');
  const yes = (b: boolean) => say(lang, b ? 'có' : 'không', b ? 'yes' : 'no');
  const lines = [
    `${say(lang, 'Hồ sơ', 'Dossier')} ${v.code} (${v.office})`,
    `  ${say(lang, 'Lĩnh vực', 'Field')}: ${v.field}${v.procedureCode ? ` · ${say(lang, 'thủ tục', 'procedure')} ${v.procedureCode}` : ''}`,
    `  ${say(lang, 'Tiếp nhận', 'Received')}: ${officeTime(v.receivedAt)} (${t(CHANNEL[v.channel], v.channel)})${v.transferredIn ? say(lang, ' · chuyển từ kỳ trước', ' · transferred in') : ''}`,
    `  ${say(lang, 'Hẹn trả', 'Due')}: ${officeTime(v.dueAt)}${v.rescheduledDueAt ? ` · ${rescheduled} ${officeTime(v.rescheduledDueAt)}` : ''}${
      v.dueProvisional ? ` (${PROVISIONAL_DUE[lang]})` : ''
    }`,
    `  ${say(lang, 'Trạng thái', 'Status')}: ${t(STATUS[v.status], v.status)}${
      v.finished
        ? ` · ${eventName(v.finished.type)} ${officeTime(v.finished.at)} · ${t(OUTCOME[v.finished.outcome], v.finished.outcome)}`
        : ''
    }`,
    `  ${say(lang, 'Số hóa', 'Digitised')}: ${say(lang, 'hồ sơ', 'papers')} ${yes(v.digitised.papers)}, ${say(lang, 'kết quả', 'result')} ${yes(v.digitised.result)}`,
    ...(v.payments.length > 0
      ? [
          `  ${say(lang, 'Thanh toán', 'Payments')}: ${v.payments.map((p) => `${p.amountVnd} VND ${t(PAYMENT[p.method], p.method)} ${officeTime(p.at)}`).join('; ')}`,
        ]
      : []),
    ...(v.asOf ? [`  ${say(lang, 'Tính đến', 'As of')}: ${officeTime(v.asOf)}`] : []),
    ...(v.knownAt ? [`  ${say(lang, 'Theo số liệu ghi nhận đến', 'As recorded by')}: ${officeTime(v.knownAt)}`] : []),
    '',
    say(lang, 'Dòng thời gian:', 'Timeline:'),
  ];
  for (const e of v.timeline) {
    const note = e.correctedBy
      ? e.retracted
        ? say(lang, ` [đã hủy bởi ${e.correctedBy}]`, ` [retracted by ${e.correctedBy}]`)
        : say(lang, ` [đã sửa bởi ${e.correctedBy}]`, ` [corrected by ${e.correctedBy}]`)
      : '';
    lines.push(
      `  #${e.position} ${officeTime(e.occurredAt)} ${eventName(e.type)}${note} · ${say(lang, 'ghi', 'recorded')} ${officeTime(e.recordedAt)} · ${e.actor} · ${e.hash.slice(0, 12)}`,
    );
  }
  return `${lines.join('\n')}\n`;
}

export async function runDossierShow(code: string, opts: DossierShowOptions, io: Io): Promise<void> {
  const { lang } = opts;
  try {
    asDossierCode(code);
  } catch {
    throw new UsageError(
      say(lang, `mã hồ sơ không hợp lệ: ${quoteValue(code, lang)}`, `invalid dossier code: ${quoteValue(code, lang)}`),
    );
  }
  const calendar = loadCalendarFile(opts.calendar, lang) ?? defaultCalendar;
  const asOf = knownAtOf(opts.asOf, lang, 'as-of');
  const knownAt = knownAtOf(opts.knownAt, lang);
  const store = await openLedger(dbPathOf(opts.db, opts.lang), lang, 'read');
  try {
    const ledger = await readLedger(store, { keepEvents: true });
    const q = { ...(asOf ? { asOf } : {}), ...(knownAt ? { knownAt } : {}) };
    const offices = officesOf(opts.office, ledger, lang) ?? ledger.offices();
    const found = offices.flatMap((o) => {
      const v = ledger.dossier(o, code, q);
      return v ? [v] : [];
    });
    if (found.length > 1) {
      throw new UsageError(
        say(
          lang,
          `mã hồ sơ ${code} có ở nhiều đơn vị (${found.map((f) => f.office).join(', ')}): chỉ rõ --office`,
          `dossier code ${code} exists in several offices (${found.map((f) => f.office).join(', ')}): give --office`,
        ),
      );
    }
    const found0 = found[0];
    if (!found0) {
      throw new CliFailure(
        say(
          lang,
          `không tìm thấy hồ sơ ${code}${asOf || knownAt ? ' tại thời điểm đã chọn' : ''}`,
          `no dossier ${code}${asOf || knownAt ? ' at the moment asked for' : ''}`,
        ),
      );
    }
    const view = { ...found0, dueProvisional: calendar.isProvisional(found0.rescheduledDueAt ?? found0.dueAt) };
    io.out(opts.format === 'json' ? `${JSON.stringify(view, null, 2)}\n` : renderDossier(view, lang));
  } finally {
    await store.close();
  }
}
