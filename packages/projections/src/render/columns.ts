// Form 06 (Biểu số 06, Thông tư 01/2020/TT-VPCP) columns 3–13 and the labels every rendering of the form
// uses (CSV, xlsx, the CLI's Markdown and terminal table): full for files, abbreviated over two lines for
// the terminal. Vietnamese by default, English on request.
import type { Counts } from '../report.js';

export type ReportLang = 'vi' | 'en';

export type Form06Group = 'received' | 'resolved' | 'pending';

/** The column groups in the form's order. */
export const FORM06_GROUPS: readonly Form06Group[] = ['received', 'resolved', 'pending'];

export interface Form06Column {
  /** Column number on the form. */
  readonly no: number;
  readonly key: string;
  readonly group: Form06Group;
  readonly get: (c: Counts) => number;
  readonly full: Record<ReportLang, string>;
  /** Two short lines for the terminal; each at most 6 characters. */
  readonly short: Record<ReportLang, readonly [string, string]>;
}

export const FORM06_COLUMNS: readonly Form06Column[] = [
  {
    no: 3,
    key: 'received.total',
    group: 'received',
    get: (c) => c.received.total,
    full: { vi: 'Số hồ sơ nhận giải quyết – Tổng số', en: 'Received: total' },
    short: { vi: ['Tổng', 'số'], en: ['Total', ''] },
  },
  {
    no: 4,
    key: 'received.online',
    group: 'received',
    get: (c) => c.received.online,
    full: { vi: 'Trong đó: Trực tuyến', en: 'of which online' },
    short: { vi: ['Trực', 'tuyến'], en: ['Online', ''] },
  },
  {
    no: 5,
    key: 'received.directOrPostal',
    group: 'received',
    get: (c) => c.received.directOrPostal,
    full: { vi: 'Trong đó: Trực tiếp, dịch vụ bưu chính', en: 'of which direct or postal' },
    short: { vi: ['T.tiếp', '/BCCI'], en: ['Direct', 'postal'] },
  },
  {
    no: 6,
    key: 'received.carriedOver',
    group: 'received',
    get: (c) => c.received.carriedOver,
    full: { vi: 'Từ kỳ trước', en: 'carried over' },
    short: { vi: ['Từ kỳ', 'trước'], en: ['Carry', 'over'] },
  },
  {
    no: 7,
    key: 'resolved.total',
    group: 'resolved',
    get: (c) => c.resolved.total,
    full: { vi: 'Số hồ sơ đã giải quyết – Tổng số', en: 'Resolved: total' },
    short: { vi: ['Tổng', 'số'], en: ['Total', ''] },
  },
  {
    no: 8,
    key: 'resolved.early',
    group: 'resolved',
    get: (c) => c.resolved.early,
    full: { vi: 'Trước hạn', en: 'early' },
    short: { vi: ['Trước', 'hạn'], en: ['Early', ''] },
  },
  {
    no: 9,
    key: 'resolved.onTime',
    group: 'resolved',
    get: (c) => c.resolved.onTime,
    full: { vi: 'Đúng hạn', en: 'on time' },
    short: { vi: ['Đúng', 'hạn'], en: ['On', 'time'] },
  },
  {
    no: 10,
    key: 'resolved.late',
    group: 'resolved',
    get: (c) => c.resolved.late,
    full: { vi: 'Quá hạn', en: 'late' },
    short: { vi: ['Quá', 'hạn'], en: ['Late', ''] },
  },
  {
    no: 11,
    key: 'pending.total',
    group: 'pending',
    get: (c) => c.pending.total,
    full: { vi: 'Số hồ sơ đang giải quyết – Tổng số', en: 'Pending: total' },
    short: { vi: ['Tổng', 'số'], en: ['Total', ''] },
  },
  {
    no: 12,
    key: 'pending.withinDeadline',
    group: 'pending',
    get: (c) => c.pending.withinDeadline,
    full: { vi: 'Trong hạn', en: 'within deadline' },
    short: { vi: ['Trong', 'hạn'], en: ['Within', 'limit'] },
  },
  {
    no: 13,
    key: 'pending.overdue',
    group: 'pending',
    get: (c) => c.pending.overdue,
    full: { vi: 'Quá hạn', en: 'overdue' },
    short: { vi: ['Quá', 'hạn'], en: ['Over-', 'due'] },
  },
];

export const FORM06_GROUP_TITLES: Record<Form06Group, Record<ReportLang, string>> = {
  received: { vi: 'Số hồ sơ nhận giải quyết', en: 'Received' },
  resolved: { vi: 'Số hồ sơ đã giải quyết', en: 'Resolved' },
  pending: { vi: 'Đang giải quyết', en: 'Pending' },
};

export const FORM06_LABELS = {
  title: {
    vi: 'BIỂU SỐ 06: TÌNH HÌNH, KẾT QUẢ GIẢI QUYẾT TTHC TẠI CƠ QUAN, ĐƠN VỊ TRỰC TIẾP GIẢI QUYẾT TTHC',
    en: 'FORM 06: ADMINISTRATIVE PROCEDURE DOSSIERS RECEIVED AND RESOLVED',
  },
  shortTitle: { vi: 'Biểu số 06 - Tình hình, kết quả giải quyết TTHC', en: 'Form 06 - Dossiers received and resolved' },
  office: { vi: 'Đơn vị', en: 'Office' },
  period: { vi: 'Kỳ báo cáo', en: 'Period' },
  unit: { vi: 'Đơn vị tính: hồ sơ', en: 'Unit: dossiers' },
  knownAt: { vi: 'Số liệu ghi nhận đến', en: 'As recorded by' },
  no: { vi: 'STT', en: 'No.' },
  field: { vi: 'Lĩnh vực', en: 'Field' },
  total: { vi: 'Tổng cộng', en: 'Total' },
  withdrawn: { vi: 'Rút, trả lại, từ chối (thuộc cột 9)', en: 'Withdrawn, returned or refused (in col. 9)' },
  awaiting: { vi: 'Chờ bổ sung (thuộc cột 12)', en: 'Awaiting a supplement (in col. 12)' },
  rescheduled: { vi: 'Quá hạn đã xin lỗi, hẹn lại', en: 'Late with an apology and new date' },
  direct: { vi: 'Trực tiếp', en: 'direct' },
  postal: { vi: 'Bưu chính', en: 'postal' },
  early: { vi: 'Tỷ lệ trước và đúng hạn', en: 'Early or on time' },
  progress: { vi: 'Tiến độ (đúng hạn + trong hạn)', en: 'Progress (on time + within deadline)' },
  onlineRate: { vi: 'Tỷ lệ tiếp nhận trực tuyến', en: 'Received online' },
  digitisation: { vi: 'Tỷ lệ số hóa', en: 'Digitised' },
  onlinePayment: { vi: 'Tỷ lệ thanh toán trực tuyến', en: 'Paid online' },
  ruleSets: { vi: 'Quy định áp dụng (theo ngày tiếp nhận hồ sơ)', en: 'Rules applied (by receipt day)' },
} as const satisfies Record<string, Record<ReportLang, string>>;

/**
 * dd/mm/yyyy, as dates are written on Vietnamese forms: the domain's `viDay`, written again here because
 * the dashboard bundles this file and importing @motcua/domain would bring zod into its first page
 * (measured: index.js 162,539 → 265,212 bytes).
 */
export const viDate = (day: string): string => `${day.slice(8, 10)}/${day.slice(5, 7)}/${day.slice(0, 4)}`;
export const reportPeriodText = (from: string, to: string, lang: ReportLang): string =>
  lang === 'en' ? `${from} to ${to}` : `từ ${viDate(from)} đến ${viDate(to)}`;

/** The office line: a roll-up names the offices it sums. */
/** "xã Bố Hạ (07294: 07294, DONGSON, …)" for a unit of the catalogue, else the code and its offices. */
export const reportOfficeText = (report: {
  office: string;
  offices: readonly string[];
  coverage?: { name: string } | null;
}): string => {
  const offices = report.offices.length > 1 ? report.offices.join(', ') : '';
  if (report.coverage?.name) return `${report.coverage.name} (${report.office}${offices ? `: ${offices}` : ''})`;
  return offices ? `${report.office} (${offices})` : report.office;
};

/**
 * The rule sets of the counted dossiers with their legal basis and how many dossiers each, one item per
 * rule set: "Nghị định 118/2025/NĐ-CP, Thông tư 03/2025/TT-VPCP: 3 hồ sơ".
 */
export const ruleSetItems = (
  report: { ruleSets: readonly { legalBasis: readonly { number: string }[]; dossiers: number }[] },
  lang: ReportLang,
): string[] =>
  report.ruleSets.map((r) => {
    const basis = r.legalBasis.map((d) => `${documentKind(d.number, lang)} ${d.number}`).join(', ');
    return `${basis}: ${r.dossiers} ${lang === 'vi' ? 'hồ sơ' : r.dossiers === 1 ? 'dossier' : 'dossiers'}`;
  });

const documentKind = (number: string, lang: ReportLang): string =>
  number.includes('/NĐ-CP')
    ? lang === 'vi'
      ? 'Nghị định'
      : 'Decree'
    : number.includes('/TT-')
      ? lang === 'vi'
        ? 'Thông tư'
        : 'Circular'
      : lang === 'vi'
        ? 'Văn bản'
        : 'Document';
