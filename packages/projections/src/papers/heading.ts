// The heading every administrative paper opens with (Nghị định 30/2020, Phụ lục I): on the left the
// issuing body (parent above, office below, in capitals), on the right the national name (Quốc hiệu) and
// motto (tiêu ngữ); then the place and date line. Plain data, drawn by the pdf and docx helpers.
import type { OfficeNames } from './office-name.js';

export const QUOC_HIEU = 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM';
export const TIEU_NGU = 'Độc lập - Tự do - Hạnh phúc';

export interface PaperHeading {
  /** Left column, top to bottom; the last line is the office itself (bold). */
  readonly issuer: readonly string[];
  readonly quocHieu: string;
  readonly tieuNgu: string;
  /** e.g. "Số: 000123/GTN" or null. */
  readonly number: string | null;
  /** e.g. "ngày 04 tháng 12 năm 2026" (the place is left to the office: it edits the DOCX). */
  readonly dateLine: string;
}

/** "ngày dd tháng mm năm yyyy" for a day written YYYY-MM-DD (a day in office time). */
export function vietnameseDateLine(day: string): string {
  const [y, m, d] = day.split('-');
  return `ngày ${d} tháng ${m} năm ${y}`;
}

export function paperHeading(names: OfficeNames, day: string, number: string | null = null): PaperHeading {
  return {
    issuer: [...(names.parent ? [names.parent.toUpperCase()] : []), names.office.toUpperCase()],
    quocHieu: QUOC_HIEU,
    tieuNgu: TIEU_NGU,
    number,
    dateLine: vietnameseDateLine(day),
  };
}
