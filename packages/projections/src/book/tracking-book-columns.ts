// The columns of the tracking book as written to a sheet: form 07's own columns (STT, dossier code,
// procedure, applicant, address, lead agency, received, due, returned, delivery, notes) and, under the
// headers the book importer reads (packages/cli/src/book/columns.ts), every fact the ledger needs to
// rebuild the dossiers: channel, withdrawal, digitisation, online payment, fee. A cell holds what the
// ledger holds and nothing else: no name, address or phone of the applicant, only the reference.
import { oneLine } from '@motcua/domain';
import type { ReportLang } from '../render/columns.js';
import type { TrackingBookLine } from './tracking-book.js';

/** A cell of the book: text, a number, or an office wall-clock time (epoch ms of that instant). */
export type BookCell = string | number | { readonly at: string } | null;

export interface BookContext {
  readonly officeName: string;
  readonly procedureName?: ((code: string) => string | undefined) | undefined;
}

export interface BookColumn {
  readonly header: Record<ReportLang, string>;
  readonly width: number;
  readonly value: (line: TrackingBookLine, lang: ReportLang, ctx: BookContext) => BookCell;
}

const CHANNEL: Record<TrackingBookLine['channel'], Record<ReportLang, string>> = {
  online: { vi: 'Trực tuyến', en: 'online' },
  direct: { vi: 'Trực tiếp', en: 'direct' },
  postal: { vi: 'Bưu chính công ích', en: 'postal' },
};

const at = (iso: string | null): BookCell => (iso === null ? null : { at: iso });
/** Several entries in one cell, one per line (Alt+Enter in Excel); blank when there are none. */
const lines = (items: readonly string[]): BookCell => (items.length === 0 ? null : items.join('\n'));

function digitisedText(l: TrackingBookLine, lang: ReportLang): string | null {
  // A result exists only once returned; the importer refuses a digitised result without a return.
  const result = l.digitised.result && l.returnedAt !== null;
  if (l.digitised.papers && result) return lang === 'vi' ? 'Hồ sơ và kết quả' : 'both';
  if (l.digitised.papers) return lang === 'vi' ? 'Hồ sơ' : 'papers';
  if (result) return lang === 'vi' ? 'Kết quả' : 'result';
  return null;
}

const OUTCOME: Record<string, Record<ReportLang, string>> = {
  early: { vi: 'Trước hạn', en: 'early' },
  onTime: { vi: 'Đúng hạn', en: 'on time' },
  late: { vi: 'Quá hạn', en: 'late' },
  withdrawn: { vi: 'Rút hồ sơ', en: 'withdrawn' },
  refused: { vi: 'Từ chối giải quyết', en: 'refused' },
  returnedUnprocessed: { vi: 'Trả lại hồ sơ không giải quyết', en: 'returned unprocessed' },
  awaiting: { vi: 'Đang chờ bổ sung', en: 'awaiting a supplement' },
  pending: { vi: 'Đang giải quyết', en: 'in progress' },
  transferred: { vi: 'Chuyển từ kỳ trước', en: 'transferred in' },
  rescheduled: { vi: 'Hẹn lại', en: 'new date' },
};

function noteText(l: TrackingBookLine, lang: ReportLang): string {
  const parts: string[] = [];
  if (l.finish === 'returned' && l.outcome) parts.push(OUTCOME[l.outcome]![lang]);
  else if (l.finish !== null) parts.push(OUTCOME[l.finish]![lang]);
  else parts.push(OUTCOME[l.awaitingSupplement ? 'awaiting' : 'pending']![lang]);
  if (l.rescheduledDueAt) parts.push(`${OUTCOME.rescheduled![lang]} ${l.rescheduledDueAt.slice(0, 10)}`);
  if (l.transferredIn) parts.push(OUTCOME.transferred![lang]);
  // A line holds one step; earlier ones are in the dossier's timeline and control sheet (form 06).
  if (l.handovers > 1) parts.push(lang === 'vi' ? `${l.handovers} bước chuyển xử lý` : `${l.handovers} hand-overs`);
  return parts.join('; ');
}

/** Form 07's own columns, in the form's order: the printed book (the sheet's print area). */
export const FORM07_COLUMNS: readonly BookColumn[] = [
  { header: { vi: 'STT', en: 'No.' }, width: 6, value: (l) => l.no },
  { header: { vi: 'Mã hồ sơ', en: 'Dossier code' }, width: 24, value: (l) => l.dossierCode },
  {
    header: { vi: 'Tên thủ tục hành chính', en: 'Procedure name' },
    width: 36,
    value: (l, _lang, ctx) => (l.procedureCode ? (ctx.procedureName?.(l.procedureCode) ?? null) : null),
  },
  {
    header: { vi: 'Tổ chức, cá nhân nộp hồ sơ (mã tham chiếu)', en: 'Applicant (reference)' },
    width: 18,
    value: (l) => l.applicantRef,
  },
  // Form 07 has the column; the ledger keeps no address or phone, so it stays empty.
  { header: { vi: 'Địa chỉ, số điện thoại', en: 'Address, phone' }, width: 16, value: () => null },
  {
    header: { vi: 'Cơ quan chủ trì giải quyết', en: 'Lead agency' },
    width: 26,
    value: (_l, _lang, ctx) => ctx.officeName,
  },
  { header: { vi: 'Ngày tiếp nhận', en: 'Received at' }, width: 17, value: (l) => at(l.receivedAt) },
  // The receipt slip's date: a supplement wait moves it; the supplement columns on the right say by how much.
  { header: { vi: 'Ngày hẹn trả', en: 'Due at' }, width: 17, value: (l) => at(l.dueAtOnReceipt) },
  { header: { vi: 'Ngày trả kết quả', en: 'Returned at' }, width: 17, value: (l) => at(l.returnedAt) },
  // Nor does it record how a result was handed over (at the counter, by post, online).
  { header: { vi: 'Hình thức trả kết quả', en: 'Result delivered by' }, width: 14, value: () => null },
  { header: { vi: 'Ghi chú', en: 'Notes' }, width: 30, value: (l, lang) => noteText(l, lang) },
];

/** What the importer needs beyond the form to rebuild the dossiers, to the right of the form's columns. */
const IMPORT_COLUMNS: readonly BookColumn[] = [
  { header: { vi: 'Mã thủ tục', en: 'Procedure code' }, width: 14, value: (l) => l.procedureCode },
  { header: { vi: 'Lĩnh vực', en: 'Field' }, width: 18, value: (l) => l.field },
  { header: { vi: 'Hình thức tiếp nhận', en: 'Channel' }, width: 16, value: (l, lang) => CHANNEL[l.channel][lang] },
  { header: { vi: 'Ngày rút hồ sơ', en: 'Withdrawn at' }, width: 17, value: (l) => at(l.withdrawnAt) },
  { header: { vi: 'Số hóa', en: 'Digitized' }, width: 16, value: (l, lang) => digitisedText(l, lang) },
  {
    header: { vi: 'Thanh toán trực tuyến', en: 'Paid online' },
    width: 12,
    value: (l, lang) => (l.paidOnline ? (lang === 'vi' ? 'x' : 'yes') : null),
  },
  { header: { vi: 'Lệ phí', en: 'Fee' }, width: 12, value: (l) => l.feeVnd },
  // The dossier's latest processing step (hand-over), under the importer's hand-over headers.
  { header: { vi: 'Ngày chuyển xử lý', en: 'Handover at' }, width: 17, value: (l) => at(l.handover?.at ?? null) },
  { header: { vi: 'Đơn vị giao', en: 'Handover from' }, width: 16, value: (l) => l.handover?.fromUnit ?? null },
  { header: { vi: 'Người giao', en: 'Handover giver' }, width: 16, value: (l) => l.handover?.giver ?? null },
  { header: { vi: 'Đơn vị xử lý', en: 'Handover to' }, width: 16, value: (l) => l.handover?.toUnit ?? null },
  { header: { vi: 'Người nhận', en: 'Handover receiver' }, width: 16, value: (l) => l.handover?.receiver ?? null },
  {
    header: { vi: 'Hạn bước xử lý', en: 'Handover due at' },
    width: 17,
    value: (l) => at(l.handover?.stepDueAt ?? null),
  },
  // Supplement rounds, one per line in each cell (the i-th line of each column is the i-th round), times
  // as the events hold them (ISO 8601 with the office offset), so the importer reads them back exactly.
  {
    header: { vi: 'Ngày yêu cầu bổ sung', en: 'Supplement requested at' },
    width: 26,
    value: (l) => lines(l.supplements.map((x) => x.requestedAt)),
  },
  {
    header: { vi: 'Nội dung yêu cầu bổ sung', en: 'Supplement reason' },
    width: 30,
    value: (l) => lines(l.supplements.map((x) => oneLine(x.reason))),
  },
  {
    header: { vi: 'Ngày nhận hồ sơ bổ sung', en: 'Supplement provided at' },
    width: 26,
    value: (l) => lines(l.supplements.flatMap((x) => (x.providedAt === null ? [] : [x.providedAt]))),
  },
  {
    header: { vi: 'Ngày xin lỗi, gia hạn', en: 'Rescheduled at' },
    width: 17,
    value: (l) => at(l.reschedule?.at ?? null),
  },
  {
    header: { vi: 'Ngày hẹn trả mới', en: 'Rescheduled due at' },
    width: 17,
    value: (l) => at(l.reschedule?.newDueAt ?? null),
  },
  { header: { vi: 'Lý do gia hạn', en: 'Reschedule reason' }, width: 30, value: (l) => l.reschedule?.reason ?? null },
];

export const BOOK_COLUMNS: readonly BookColumn[] = [...FORM07_COLUMNS, ...IMPORT_COLUMNS];
