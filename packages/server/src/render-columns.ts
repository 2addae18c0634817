// The Form 06 columns for csv and xlsx output, in the form's order, with Vietnamese (default) and
// English headers. The CLI has its own renderer; this small copy keeps the server free of the CLI.
import type { Counts, Form06Report } from '@motcua/projections';

export type Lang = 'vi' | 'en';

export interface Column {
  readonly key: string;
  readonly col: number | null;
  readonly vi: string;
  readonly en: string;
  readonly get: (c: Counts) => number;
}

export const FORM06_COLUMNS: readonly Column[] = [
  {
    key: 'received.total',
    col: 3,
    vi: 'Số hồ sơ nhận giải quyết – Tổng số',
    en: 'Received – total',
    get: (c) => c.received.total,
  },
  { key: 'received.online', col: 4, vi: 'Trong đó: Trực tuyến', en: 'of which online', get: (c) => c.received.online },
  {
    key: 'received.directOrPostal',
    col: 5,
    vi: 'Trong đó: Trực tiếp, dịch vụ bưu chính',
    en: 'of which direct or postal',
    get: (c) => c.received.directOrPostal,
  },
  { key: 'received.carriedOver', col: 6, vi: 'Từ kỳ trước', en: 'carried over', get: (c) => c.received.carriedOver },
  {
    key: 'resolved.total',
    col: 7,
    vi: 'Số hồ sơ đã giải quyết – Tổng số',
    en: 'Resolved – total',
    get: (c) => c.resolved.total,
  },
  { key: 'resolved.early', col: 8, vi: 'Trước hạn', en: 'early', get: (c) => c.resolved.early },
  { key: 'resolved.onTime', col: 9, vi: 'Đúng hạn', en: 'on time', get: (c) => c.resolved.onTime },
  { key: 'resolved.late', col: 10, vi: 'Quá hạn', en: 'late', get: (c) => c.resolved.late },
  {
    key: 'pending.total',
    col: 11,
    vi: 'Số hồ sơ đang giải quyết – Tổng số',
    en: 'Pending – total',
    get: (c) => c.pending.total,
  },
  {
    key: 'pending.withinDeadline',
    col: 12,
    vi: 'Trong hạn',
    en: 'within deadline',
    get: (c) => c.pending.withinDeadline,
  },
  { key: 'pending.overdue', col: 13, vi: 'Quá hạn', en: 'overdue', get: (c) => c.pending.overdue },
  { key: 'received.direct', col: null, vi: 'Trực tiếp', en: 'direct', get: (c) => c.received.direct },
  { key: 'received.postal', col: null, vi: 'Qua bưu chính công ích', en: 'postal', get: (c) => c.received.postal },
  {
    key: 'withdrawnOrReturned',
    col: null,
    vi: 'Rút, trả lại, từ chối',
    en: 'withdrawn, returned or refused',
    get: (c) => c.withdrawnOrReturned,
  },
  {
    key: 'awaitingSupplement',
    col: null,
    vi: 'Chờ bổ sung',
    en: 'awaiting supplement',
    get: (c) => c.awaitingSupplement,
  },
  {
    key: 'lateRescheduled',
    col: null,
    vi: 'Quá hạn có phiếu xin lỗi',
    en: 'late with apology',
    get: (c) => c.lateRescheduled,
  },
];

export const labels = (lang: Lang) =>
  lang === 'en'
    ? {
        field: 'Field',
        total: 'Total',
        title: 'Form 06: administrative procedures handled',
        period: 'Period',
        office: 'Office',
      }
    : {
        field: 'Lĩnh vực',
        total: 'Tổng số',
        title: 'Biểu số 06: Tình hình, kết quả giải quyết TTHC',
        period: 'Kỳ báo cáo',
        office: 'Đơn vị',
      };

/** Rows of the table: header, one per field, then the total. */
export function reportTable(r: Form06Report, lang: Lang): { header: string[]; rows: Array<Array<string | number>> } {
  const l = labels(lang);
  const header = [l.field, ...FORM06_COLUMNS.map((c) => (c.col ? `(${c.col}) ${c[lang]}` : c[lang]))];
  const rows: Array<Array<string | number>> = r.rows.map((row) => [
    row.field,
    ...FORM06_COLUMNS.map((c) => c.get(row)),
  ]);
  rows.push([l.total, ...FORM06_COLUMNS.map((c) => c.get(r.total))]);
  return { header, rows };
}
