// Words for refused lines, in Vietnamese or English. The place (line and column) always comes first,
// with the column's canonical name, so the message can be found whatever the book's headers are.
import { type Lang, say } from '../i18n.js';
import type { Issue } from './types.js';

const q = (v: string | undefined): string => JSON.stringify(v ?? '');

export function issueText(i: Issue, lang: Lang): string {
  const v = q(i.value);
  const d = i.detail ?? '';
  switch (i.code) {
    case 'EMPTY_FILE':
      return say(lang, 'tệp trống: không có dòng tiêu đề', 'the file is empty: no header row');
    case 'FILE_SYNTAX':
      return say(lang, `không đọc được tệp: ${d}`, `cannot read the file: ${d}`);
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
      return say(
        lang,
        `thời gian không đọc được ${v} (ISO 8601 có múi giờ, YYYY-MM-DD HH:mm hoặc YYYY-MM-DD)`,
        `unparsable time ${v} (expected ISO 8601 with an offset, YYYY-MM-DD HH:mm or YYYY-MM-DD)`,
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
    case 'DUPLICATE_DIFFERENT':
      return say(
        lang,
        `mã hồ sơ ${v} trùng với dòng ${d} nhưng khác thông tin ở cột này`,
        `duplicate dossier code ${v} (first on line ${d}) with different facts in this column`,
      );
    case 'BAD_JSON':
      return say(lang, `JSON không hợp lệ: ${d}`, `invalid JSON: ${d}`);
    case 'INVALID_EVENT':
      return say(lang, `sự kiện không hợp lệ: ${d}`, `invalid event: ${d}`);
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
      return say(lang, `bị từ chối theo quy tắc nghiệp vụ: ${d}`, `refused by the lifecycle rules: ${d}`);
    case 'STORE_CONFLICT':
      return say(
        lang,
        `hồ sơ ${v} đã có trong sổ cái với thông tin khác ở cột này (${d})`,
        `dossier ${v} is already in the ledger with different facts in this column (${d})`,
      );
  }
}

/** "dòng 3 (line 3), cột Hình thức tiếp nhận (channel): …" — the place, then why. */
export function formatIssue(i: Issue, lang: Lang, file?: string): string {
  const col = i.column === '*' ? '' : i.header ? `${i.header} (${i.column})` : i.column;
  const where =
    lang === 'en'
      ? `line ${i.line}${col ? `, column ${col}` : ''}`
      : `dòng ${i.line} (line ${i.line})${col ? `, cột ${col}` : ''}`;
  return `${file ? `${file}: ` : ''}${where}: ${issueText(i, lang)}`;
}
