// Header recognition: the English column names of the import format and the Vietnamese headers of a
// tracking book, matched without diacritics, case or punctuation ("Mã hồ sơ" = "MA HO SO" = "ma_ho_so").
import type { CellValue, Column, HeaderNames, Issue, RawRecord, RawTable } from './types.js';
import { REQUIRED_COLUMNS } from './types.js';

/** Lower case, no diacritics (đ → d), every run of other characters turned into one "_". */
export function foldText(s: string): string {
  return s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '_')
    .replace(/^_+|_+$/g, '');
}

const ALIASES: Record<Column, readonly string[]> = {
  dossier_code: ['dossier_code', 'code', 'ma_ho_so', 'so_ho_so', 'ma_so_ho_so', 'ma_hs', 'so_hs'],
  field: ['field', 'linh_vuc', 'ten_linh_vuc'],
  channel: [
    'channel',
    'hinh_thuc_tiep_nhan',
    'hinh_thuc_nop',
    'hinh_thuc_nop_ho_so',
    'kenh_tiep_nhan',
    'phuong_thuc_tiep_nhan',
  ],
  received_at: [
    'received_at',
    'ngay_tiep_nhan',
    'ngay_nhan',
    'ngay_nhan_ho_so',
    'thoi_gian_tiep_nhan',
    'ngay_gio_tiep_nhan',
  ],
  due_at: [
    'due_at',
    'ngay_hen_tra',
    'ngay_hen_tra_ket_qua',
    'hen_tra_ket_qua',
    'ngay_hen',
    'han_giai_quyet',
    'han_xu_ly',
  ],
  returned_at: ['returned_at', 'ngay_tra_ket_qua', 'ngay_tra', 'ngay_tra_kq', 'thoi_gian_tra_ket_qua'],
  withdrawn_at: ['withdrawn_at', 'ngay_rut_ho_so', 'ngay_rut', 'ngay_rut_hs'],
  procedure_code: ['procedure_code', 'ma_thu_tuc', 'ma_tthc', 'ma_thu_tuc_hanh_chinh'],
  digitized: ['digitized', 'digitised', 'so_hoa', 'da_so_hoa', 'so_hoa_ho_so'],
  paid_online: ['paid_online', 'thanh_toan_truc_tuyen', 'thanh_toan_online', 'da_thanh_toan_truc_tuyen'],
  fee: ['fee', 'fee_vnd', 'le_phi', 'phi', 'phi_le_phi', 'muc_phi', 'phi_le_phi_vnd', 'le_phi_vnd', 'le_phi_dong'],
  handover_at: ['handover_at', 'ngay_chuyen_xu_ly', 'ngay_chuyen_ho_so', 'ngay_giao_ho_so', 'thoi_gian_chuyen_xu_ly'],
  handover_from: ['handover_from', 'don_vi_giao', 'bo_phan_giao', 'noi_giao'],
  handover_giver: ['handover_giver', 'nguoi_giao', 'can_bo_giao'],
  handover_to: ['handover_to', 'don_vi_nhan', 'don_vi_xu_ly', 'bo_phan_xu_ly', 'co_quan_chu_tri', 'noi_nhan'],
  handover_receiver: ['handover_receiver', 'nguoi_nhan', 'can_bo_nhan', 'can_bo_xu_ly', 'chuyen_vien_xu_ly'],
  handover_due_at: ['handover_due_at', 'han_buoc_xu_ly', 'han_chuyen_tiep', 'han_xu_ly_cua_buoc'],
  supplement_requested_at: ['supplement_requested_at', 'ngay_yeu_cau_bo_sung', 'ngay_yc_bo_sung'],
  supplement_reason: ['supplement_reason', 'noi_dung_yeu_cau_bo_sung', 'ly_do_bo_sung', 'ly_do_yeu_cau_bo_sung'],
  supplement_provided_at: ['supplement_provided_at', 'ngay_nhan_ho_so_bo_sung', 'ngay_nhan_bo_sung', 'ngay_bo_sung'],
  rescheduled_at: ['rescheduled_at', 'ngay_xin_loi_gia_han', 'ngay_xin_loi', 'ngay_gia_han', 'ngay_phieu_xin_loi'],
  rescheduled_due_at: ['rescheduled_due_at', 'ngay_hen_tra_moi', 'ngay_hen_lai', 'han_moi'],
  reschedule_reason: ['reschedule_reason', 'ly_do_gia_han', 'ly_do_xin_loi', 'ly_do_hen_lai'],
};

/** Each column's header in a Vietnamese tracking book: how a missing column is named to the clerk whose
 *  book is written in Vietnamese (not by the import format's key, which their book never shows). */
export const VIETNAMESE_HEADERS: Record<Column, string> = {
  dossier_code: 'Mã hồ sơ',
  field: 'Lĩnh vực',
  channel: 'Hình thức tiếp nhận',
  received_at: 'Ngày tiếp nhận',
  due_at: 'Ngày hẹn trả',
  returned_at: 'Ngày trả kết quả',
  withdrawn_at: 'Ngày rút hồ sơ',
  procedure_code: 'Mã thủ tục',
  digitized: 'Số hóa',
  paid_online: 'Thanh toán trực tuyến',
  fee: 'Lệ phí',
  handover_at: 'Ngày chuyển xử lý',
  handover_from: 'Đơn vị giao',
  handover_giver: 'Người giao',
  handover_to: 'Đơn vị xử lý',
  handover_receiver: 'Người nhận',
  handover_due_at: 'Hạn bước xử lý',
  supplement_requested_at: 'Ngày yêu cầu bổ sung',
  supplement_reason: 'Nội dung yêu cầu bổ sung',
  supplement_provided_at: 'Ngày nhận hồ sơ bổ sung',
  rescheduled_at: 'Ngày xin lỗi, gia hạn',
  rescheduled_due_at: 'Ngày hẹn trả mới',
  reschedule_reason: 'Lý do gia hạn',
};

const BY_ALIAS = new Map<string, Column>(
  (Object.entries(ALIASES) as [Column, readonly string[]][]).flatMap(([col, names]) =>
    names.map((n) => [n, col] as const),
  ),
);

/** The column a header names, or null for a column the importer does not read (STT, applicant, notes…). */
export function columnOf(header: string): Column | null {
  return BY_ALIAS.get(foldText(header)) ?? null;
}

export interface MappedTable {
  readonly records: RawRecord[];
  readonly headers: HeaderNames;
  readonly issues: Issue[];
}

const isBlank = (v: CellValue | undefined): boolean =>
  v === null || v === undefined || (typeof v === 'string' && v.trim() === '');

/** Where each known column sits in the header row (null: a column the importer does not read). */
export interface HeaderMap {
  readonly positions: ReadonlyArray<Column | null>;
  readonly headers: HeaderNames;
  /** Duplicate and missing columns: when there is any, no row can be read. */
  readonly issues: Issue[];
}

export function mapHeader(table: Pick<RawTable, 'header' | 'headerLine'>): HeaderMap {
  const issues: Issue[] = [];
  const headers: Partial<Record<Column, string>> = {};
  const positions: Array<Column | null> = table.header.map((h) => {
    const col = columnOf(h);
    if (col === null) return null;
    if (headers[col] !== undefined) {
      issues.push({
        line: table.headerLine,
        column: col,
        header: h.trim(),
        code: 'DUPLICATE_COLUMN',
        detail: headers[col],
      });
      return null;
    }
    headers[col] = h.trim();
    return col;
  });
  // A book whose known headers are all the import format's own keys is named in those keys; any other
  // (Vietnamese headers, or none recognised at all) by the Vietnamese header the column would have.
  const keyed = Object.entries(headers).length > 0 && Object.entries(headers).every(([col, h]) => col === h);
  for (const col of REQUIRED_COLUMNS) {
    if (headers[col] !== undefined) continue;
    const header = keyed ? {} : { header: VIETNAMESE_HEADERS[col] };
    issues.push({ line: table.headerLine, column: col, ...header, code: 'MISSING_COLUMN' });
  }
  return { positions, headers, issues };
}

/** Data rows as cells under known columns; blank rows are skipped, a row longer than the header refused. */
export function mapRows(header: HeaderMap, rows: RawTable['rows']): { records: RawRecord[]; issues: Issue[] } {
  // Once a row, so plain loops: no closure per row or per cell.
  const records: RawRecord[] = [];
  const issues: Issue[] = [];
  const { positions } = header;
  const width = positions.length;
  for (const row of rows) {
    const values = row.cells;
    const n = values.length;
    let filled = false;
    for (let i = 0; i < n && !filled; i++) filled = !isBlank(values[i]);
    if (!filled) continue;
    const cells: Partial<Record<Column, CellValue>> = {};
    let extra = false;
    for (let i = 0; i < n; i++) {
      const value = values[i];
      if (value === undefined) continue; // a hole in a sparse row, which forEach used to skip
      if (i >= width) {
        if (!isBlank(value)) extra = true;
        continue;
      }
      const col = positions[i];
      if (col) cells[col] = value;
    }
    if (extra) {
      issues.push({ line: row.line, column: '*', code: 'EXTRA_CELLS', detail: String(width) });
      continue;
    }
    records.push({ line: row.line, cells });
  }
  return { records, issues };
}

/**
 * Interprets the header row and turns each data row into cells under known columns. Unknown columns are
 * ignored (tracking books hold names and notes the ledger must not keep); blank rows are skipped.
 */
export function mapTable(table: RawTable): MappedTable {
  const header = mapHeader(table);
  if (header.issues.length > 0) return { records: [], headers: header.headers, issues: header.issues };
  const { records, issues } = mapRows(header, table.rows);
  return { records, headers: header.headers, issues };
}
