// A paper as plain data: the heading and a list of blocks (title, paragraphs, label-value lines, tables,
// signature blocks). The seven forms build one each from a dossier's events; the PDF and DOCX renderers
// draw any of them, so what a form says is written once and tested once.
import type { PaperHeading } from './heading.js';

export const FORM_NUMBERS = ['01', '02', '03', '04', '05', '06', '07'] as const;
export type FormNumber = (typeof FORM_NUMBERS)[number];

export type Block =
  | { readonly kind: 'title'; readonly text: string; readonly sub: string | null }
  | { readonly kind: 'paragraph'; readonly text: string; readonly italic?: boolean; readonly bold?: boolean }
  /** "Label: value" lines, one a line. */
  | { readonly kind: 'fields'; readonly rows: ReadonlyArray<readonly [string, string]> }
  | {
      readonly kind: 'table';
      /** Column titles and their share of the width (the shares add up to 1). */
      readonly columns: ReadonlyArray<{ readonly title: string; readonly width: number }>;
      readonly rows: ReadonlyArray<readonly string[]>;
    }
  /** Side-by-side signature boxes: a title in capitals and a note in italics under it. */
  | { readonly kind: 'signatures'; readonly cells: ReadonlyArray<{ readonly title: string; readonly note: string }> };

export interface Paper {
  readonly form: FormNumber;
  /** The form's name as Phụ lục I of Thông tư 03/2025/TT-VPCP gives it. */
  readonly title: string;
  readonly heading: PaperHeading;
  readonly landscape: boolean;
  readonly blocks: readonly Block[];
  /** The moment the paper stands for (the latest recorded event it reads, or knownAt). */
  readonly asOf: Date;
}

/** What each form is called, for titles, file names and messages. */
export const FORM_TITLES: Readonly<Record<FormNumber, string>> = {
  '01': 'Giấy tiếp nhận hồ sơ và hẹn trả kết quả',
  '02': 'Phiếu yêu cầu bổ sung, hoàn thiện hồ sơ',
  '03': 'Phiếu từ chối tiếp nhận giải quyết hồ sơ',
  '04': 'Phiếu xin lỗi và đề nghị gia hạn thời gian giải quyết',
  '05': 'Thông báo dừng giải quyết hồ sơ',
  '06': 'Phiếu kiểm soát quá trình giải quyết hồ sơ',
  '07': 'Sổ theo dõi hồ sơ',
};

export const isFormNumber = (s: string): s is FormNumber => (FORM_NUMBERS as readonly string[]).includes(s);
