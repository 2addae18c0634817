// Words for refused lines, in Vietnamese or English. The place (line and column) always comes first,
// with the column's canonical name, so the message can be found whatever the book's headers are.
import { clipText, EXCERPT_CHARS, quoteValue } from '../excerpt.js';
import { type Lang, say } from '../i18n.js';
import type { ForeignKind } from './decode.js';
import type { Issue } from './types.js';
import { DAY_FIRST_HINT } from './values.js';

/** Why a file cannot be read as a book, and how to save it as one that can. */
function saveAs(kind: ForeignKind | null, lang: Lang): string {
  const how = say(
    lang,
    'mở tệp bằng Excel hoặc LibreOffice Calc, chọn Tệp › Lưu thành (Save As) › "Sổ làm việc Excel (*.xlsx)" hoặc "CSV UTF-8 (*.csv)", rồi nhập tệp .xlsx/.csv đó',
    'open it in Excel or LibreOffice Calc, choose File › Save As › "Excel Workbook (*.xlsx)" or "CSV UTF-8 (*.csv)", and import that .xlsx/.csv file',
  );
  switch (kind) {
    case null:
      return say(lang, `nếu tệp mở được trong một bảng tính, ${how}`, `if a spreadsheet opens it, ${how}`);
    case 'xls':
      return say(
        lang,
        `không đọc được sổ Excel 97-2003 (.xls) này (tệp hỏng, có mật khẩu, hoặc không phải bảng tính): ${how}`,
        `cannot read this Excel 97-2003 workbook (.xls) (damaged, password-protected, or not a sheet): ${how}`,
      );
    case 'ods':
      return say(
        lang,
        `không đọc được bảng tính OpenDocument (.ods) này (tệp hỏng, có mật khẩu, hoặc không phải bảng tính): ${how}`,
        `cannot read this OpenDocument spreadsheet (.ods) (damaged, password-protected, or not a sheet): ${how}`,
      );
    case 'binary':
      return say(
        lang,
        `tệp không phải văn bản CSV, sổ Excel .xlsx hay NDJSON (có byte 0): nếu là một bảng tính, ${how}`,
        `the file is not CSV text, an .xlsx workbook or NDJSON (it holds NUL bytes): if it is a spreadsheet, ${how}`,
      );
  }
}

export function issueText(i: Issue, lang: Lang): string {
  const q = (value: string | undefined): string => quoteValue(value ?? '', lang);
  const v = q(i.value);
  const d = i.detail ?? '';
  switch (i.code) {
    case 'EMPTY_FILE':
      return say(lang, 'tệp trống: không có dòng tiêu đề', 'the file is empty: no header row');
    case 'FILE_SYNTAX':
      return say(
        lang,
        `không đọc được tệp như một sổ Excel (.xlsx): tệp hỏng, hoặc là loại khác mang tên .xlsx; ${saveAs(null, lang)}`,
        `cannot read the file as an Excel workbook (.xlsx): it is damaged, or another kind of file named .xlsx; ${saveAs(null, lang)}`,
      );
    case 'FILE_KIND':
      return saveAs(d as ForeignKind, lang);
    case 'CSV_QUOTE_NOT_CLOSED':
      return say(
        lang,
        `ô thứ ${d} (cột ${d}) mở dấu ngoặc kép (") mà không đóng trước khi hết tệp`,
        `cell ${d} (column ${d}) opens a quote (") that is never closed before the end of the file`,
      );
    case 'CSV_INVALID_CLOSING_QUOTE':
      return say(
        lang,
        `ô thứ ${d} (cột ${d}): sau dấu ngoặc kép (") đóng ô còn chữ; một dấu ngoặc kép trong ô viết là ""`,
        `cell ${d} (column ${d}): text follows the quote (") that closes the cell; a quote inside a cell is written ""`,
      );
    case 'CSV_INVALID_OPENING_QUOTE':
      return say(
        lang,
        `ô thứ ${d} (cột ${d}) có dấu ngoặc kép (") giữa chữ: ô có dấu ngoặc kép phải nằm trong ngoặc kép, và dấu trong ô viết là ""`,
        `cell ${d} (column ${d}) has a quote (") inside its text: such a cell must be quoted, with each quote inside written ""`,
      );
    case 'MISSING_COLUMN':
      return say(lang, 'thiếu cột bắt buộc trong dòng tiêu đề', 'required column missing from the header');
    case 'DUPLICATE_COLUMN':
      return say(lang, `cột này trùng với cột ${q(d)}`, `this column repeats column ${q(d)}`);
    case 'EXTRA_CELLS':
      return say(lang, `nhiều ô hơn ${d} cột của dòng tiêu đề`, `more cells than the header's ${d} columns`);
    case 'REQUIRED':
      return say(lang, 'bắt buộc nhưng đang để trống', 'required, but empty');
    case 'BAD_CODE':
      return say(
        lang,
        `mã hồ sơ không hợp lệ ${v} (chỉ gồm chữ, số và . _ / -)`,
        `invalid dossier code ${v} (letters, digits and . _ / - only)`,
      );
    case 'BAD_FIELD':
      return say(lang, `lĩnh vực không hợp lệ ${v}`, `invalid field ${v}`);
    case 'UNKNOWN_CHANNEL':
      return say(
        lang,
        `hình thức tiếp nhận không rõ ${v} (online | direct | postal, hoặc Trực tuyến | Trực tiếp | Bưu chính)`,
        `unknown channel ${v} (expected online, direct or postal)`,
      );
    case 'BAD_TIME':
      if (d === 'dmy')
        return say(
          lang,
          `thời gian không đọc được ${v} (với --date-order dmy: DD/MM/YYYY [HH:mm[:ss]], năm đủ 4 chữ số, hoặc ISO 8601, YYYY-MM-DD HH:mm, YYYY-MM-DD)`,
          `unparsable time ${v} (with --date-order dmy: DD/MM/YYYY [HH:mm[:ss]] with a 4-digit year, or ISO 8601, YYYY-MM-DD HH:mm, YYYY-MM-DD)`,
        );
      return (
        say(
          lang,
          `thời gian không đọc được ${v} (ISO 8601 có múi giờ, YYYY-MM-DD HH:mm hoặc YYYY-MM-DD)`,
          `unparsable time ${v} (expected ISO 8601 with an offset, YYYY-MM-DD HH:mm or YYYY-MM-DD)`,
        ) +
        (DAY_FIRST_HINT.test(i.value ?? '')
          ? say(
              lang,
              '; ngày viết ngày/tháng/năm (15/01/2024) chỉ được đọc khi chỉ rõ --date-order dmy',
              '; a day-first date (15/01/2024) is read only when told so with --date-order dmy',
            )
          : '')
      );
    case 'BAD_FLAG':
      return say(lang, `giá trị có/không không đọc được ${v}`, `unreadable yes/no value ${v}`);
    case 'BAD_FEE':
      return say(lang, `lệ phí không đọc được ${v} (số đồng nguyên)`, `unreadable fee ${v} (whole đồng)`);
    case 'DUE_BEFORE_RECEIPT':
      return say(lang, `ngày hẹn trả ${v} trước ngày tiếp nhận`, `due date ${v} is before the receipt`);
    case 'RETURNED_BEFORE_RECEIPT':
      return say(lang, `trả kết quả ${v} trước ngày tiếp nhận`, `result returned ${v}, before the receipt`);
    case 'WITHDRAWN_BEFORE_RECEIPT':
      return say(lang, `rút hồ sơ ${v} trước ngày tiếp nhận`, `withdrawn ${v}, before the receipt`);
    case 'RETURNED_AND_WITHDRAWN':
      return say(lang, 'hồ sơ không thể vừa trả kết quả vừa rút', 'a dossier cannot be both returned and withdrawn');
    case 'RESULT_NOT_RETURNED':
      return say(lang, 'kết quả chưa trả nên chưa thể số hóa', 'no result was returned, so none can be digitised');
    case 'LIST_LENGTH':
      return say(
        lang,
        `cột này ghi nhiều mục hơn số lần yêu cầu bổ sung (${d}): mỗi dòng trong ô ứng với một lần yêu cầu, theo thứ tự`,
        `this column lists more entries than there are supplement requests (${d}): one line in the cell per request, in order`,
      );
    case 'TOO_LONG':
      return say(lang, `nội dung dài quá ${d} ký tự ${v}`, `text longer than ${d} characters ${v}`);
    case 'DUPLICATE_DIFFERENT':
      return say(
        lang,
        `mã hồ sơ ${v} trùng với dòng ${d} nhưng khác thông tin ở cột này`,
        `duplicate dossier code ${v} (first on line ${d}) with different facts in this column`,
      );
    case 'BAD_JSON':
      // detail: '' the line ended too soon; `token:X` V8 named the token, not its place; else the character.
      if (d === '')
        return say(lang, 'JSON không hợp lệ: dòng kết thúc khi chưa đủ', 'invalid JSON: the line ends too soon');
      if (d.startsWith('token:')) {
        const t = d.slice('token:'.length);
        return say(lang, `JSON không hợp lệ: gặp «${t}» không đúng chỗ`, `invalid JSON: unexpected «${t}»`);
      }
      return say(lang, `JSON không hợp lệ ở ký tự thứ ${d} của dòng`, `invalid JSON at character ${d} of the line`);
    case 'NOT_AN_OBJECT':
      return say(lang, 'mỗi dòng phải là một đối tượng JSON {…}', 'each line must be a JSON object {…}');
    case 'INVALID_EVENT':
      return say(
        lang,
        `sự kiện không hợp lệ: ${clipText(i.detailVi ?? d, lang)}`,
        `invalid event: ${clipText(d, lang)}`,
      );
    case 'OFFICE_MISMATCH':
      return say(lang, `đơn vị ${v} khác với --office ${d}`, `office ${v} is not --office ${d}`);
    case 'STREAM_REQUIRED':
      return say(lang, `sự kiện ${d} cần có streamId`, `a ${d} event needs a streamId`);
    case 'STREAM_MISMATCH':
      return say(
        lang,
        `streamId ${v} không phải dòng sự kiện hồ sơ của đơn vị ${d} (dossier-${d}-<mã>)`,
        `streamId ${v} is not a dossier stream of office ${d} (dossier-${d}-<code>)`,
      );
    case 'NOT_OPENED':
      return say(
        lang,
        `hồ sơ chưa được tiếp nhận: sự kiện đầu tiên phải là DossierReceived hoặc DossierTransferredIn (${d})`,
        `the dossier was never opened: its first event must be DossierReceived or DossierTransferredIn (${d})`,
      );
    case 'DUPLICATE_EVENT_DIFFERENT':
      return say(
        lang,
        `sự kiện ${v} trùng với dòng ${d} nhưng khác nội dung`,
        `event ${v} repeats line ${d} with different content`,
      );
    case 'REJECTED':
      return say(
        lang,
        // The rule's own Vietnamese when it has one (every decider rule does), not its English.
        `bị từ chối theo quy tắc nghiệp vụ: ${clipText(i.detailVi ?? d, lang)}`,
        `refused by the lifecycle rules: ${clipText(d, lang)}`,
      );
    case 'STORE_CONFLICT':
      return say(
        lang,
        `hồ sơ ${v} đã có trong sổ cái với thông tin khác ở cột này (${d})`,
        `dossier ${v} is already in the ledger with different facts in this column (${d})`,
      );
  }
}

/** "dòng 3 (line 3), cột Hình thức tiếp nhận (channel): …" — the place, then why. A header is the book's
 *  own text, so a long one is quoted as an excerpt like any other value. */
export function formatIssue(i: Issue, lang: Lang, file?: string): string {
  const header = i.header && i.header.length > EXCERPT_CHARS ? quoteValue(i.header, lang) : i.header;
  const col = i.column === '*' ? '' : header ? `${header} (${i.column})` : i.column;
  const where =
    lang === 'en'
      ? `line ${i.line}${col ? `, column ${col}` : ''}`
      : `dòng ${i.line} (line ${i.line})${col ? `, cột ${col}` : ''}`;
  return `${file ? `${file}: ` : ''}${where}: ${issueText(i, lang)}`;
}
