// Why a log's hash chain does not hold, as data: a code and what it names. The walks (verify-core.ts,
// sqlite/verify-walk.ts and verify-stitch.ts, which also run as source text in workers, and
// postgres/verify.ts) say which; the words are chosen at the edge, in Vietnamese for the clerks and
// auditors who read `motcua verify` and /v1/audit/verify, or in English (`--lang en`, Accept-Language: en),
// and the English words are also the failure's `reason`, as they always were. A checkpoint that does not
// hold the log (checkpoint.ts CheckpointFailure) is worded here too, for the same readers.
import type { CheckpointFailure } from './checkpoint.js';

export type ChainBreak =
  /** A position the log handed out is not there. */
  | { readonly code: 'POSITION_MISSING'; readonly position: number }
  | { readonly code: 'POSITION_OUT_OF_ORDER'; readonly position: number; readonly expected: number }
  /** The recomputed hash differs from the stored one. */
  | { readonly code: 'HASH_MISMATCH'; readonly position: number }
  | {
      readonly code: 'REVISION_GAP';
      readonly position: number;
      readonly stream: string;
      readonly revision: number;
      readonly follows: number;
    }
  | {
      readonly code: 'RECORDED_AT_BACKWARDS';
      readonly position: number;
      readonly recordedAt: string;
      readonly previous: string;
    }
  /** Positions from..to were handed out (the sequence is past them) but the rows are gone: a cut tail. */
  | { readonly code: 'TAIL_MISSING'; readonly position: number; readonly to: number }
  /** PostgreSQL's head row does not hold the last event's hash. */
  | { readonly code: 'HEAD_MISMATCH'; readonly position: number; readonly hash: string }
  /** PostgreSQL: the event's command id is missing from the commands table (idempotency would miss it). */
  | { readonly code: 'COMMAND_UNINDEXED'; readonly position: number }
  /** PostgreSQL: a commands row points at an event of another command (a retry would answer wrongly). */
  | { readonly code: 'COMMAND_MISPOINTED'; readonly position: number; readonly commandId: string }
  /** SQLite: the event's metadata is not readable JSON. */
  | { readonly code: 'META_UNREADABLE'; readonly position: number }
  /** SQLite: a copied id column was edited outside the store (it differs from the hashed metadata). */
  | {
      readonly code: 'ID_COLUMN_EDITED';
      readonly position: number;
      readonly column: 'event_id' | 'command_id';
      readonly stored: string;
      readonly hashed: string;
    }
  /** SQLite walk: one of the id columns differs; sqlite/derived-columns.ts says which (ID_COLUMN_EDITED). */
  | { readonly code: 'ID_COLUMNS_DIFFER'; readonly position: number };

export type ChainBreakCode = ChainBreak['code'];

/** At most this much of a value from the log is quoted (it may be anything an editor wrote). */
const QUOTE = 60;
const quote = (s: string): string => JSON.stringify(s.length > QUOTE ? `${s.slice(0, QUOTE)}…` : s);

/** The break in words. */
export function chainBreakText(b: ChainBreak, lang: 'vi' | 'en'): string {
  const vi = lang === 'vi';
  switch (b.code) {
    case 'POSITION_MISSING':
      return vi
        ? `thiếu sự kiện ở vị trí ${b.position} (dòng đã bị xóa)`
        : `position ${b.position} is missing (row deleted)`;
    case 'POSITION_OUT_OF_ORDER':
      return vi
        ? `vị trí ${b.position} sai thứ tự (phải là ${b.expected})`
        : `position ${b.position} is out of order (expected ${b.expected})`;
    case 'HASH_MISMATCH':
      return vi
        ? `hash không khớp ở vị trí ${b.position}: dòng này đã bị sửa, chèn thêm hoặc dời chỗ`
        : `hash mismatch at position ${b.position}: the row was edited, inserted or moved`;
    case 'REVISION_GAP':
      return vi
        ? `luồng ${b.stream}: sự kiện số ${b.revision} đứng sau số ${b.follows} (phải là ${b.follows + 1})`
        : `stream ${b.stream}: revision ${b.revision} follows ${b.follows}`;
    case 'RECORDED_AT_BACKWARDS':
      return vi
        ? `thời điểm ghi ${b.recordedAt} sớm hơn của sự kiện trước (${b.previous})`
        : `recordedAt ${b.recordedAt} is earlier than the previous event's ${b.previous}`;
    case 'TAIL_MISSING':
      return vi
        ? `các vị trí ${b.position}..${b.to} đã được cấp nhưng không còn (dòng đã bị xóa)`
        : `positions ${b.position}..${b.to} were handed out but are missing (rows deleted)`;
    case 'HEAD_MISMATCH':
      return vi
        ? `log_head giữ hash ${b.hash.slice(0, 16)}…, không phải hash của sự kiện cuối`
        : `log_head holds hash ${b.hash.slice(0, 16)}…, not the last event's`;
    case 'COMMAND_UNINDEXED':
      return vi
        ? `vị trí ${b.position}: mã lệnh của sự kiện không có trong bảng commands`
        : `position ${b.position}: its command id is missing from commands`;
    case 'COMMAND_MISPOINTED':
      return vi
        ? `bảng commands: lệnh ${quote(b.commandId)} trỏ tới vị trí ${b.position}, là sự kiện của một lệnh khác`
        : `commands row ${quote(b.commandId)} points at position ${b.position}, an event of another command`;
    case 'META_UNREADABLE':
      return vi
        ? `vị trí ${b.position}: siêu dữ liệu (meta) không đọc được như JSON`
        : `position ${b.position}: meta is not readable JSON`;
    case 'ID_COLUMN_EDITED':
      return vi
        ? `vị trí ${b.position}: cột ${b.column} ${quote(b.stored)} khác với siêu dữ liệu đã băm ${quote(b.hashed)} (bị sửa ngoài hệ thống)`
        : `position ${b.position}: column ${b.column} ${quote(b.stored)} differs from the hashed metadata's ${quote(b.hashed)} (edited outside the store)`;
    case 'ID_COLUMNS_DIFFER':
      return vi
        ? `vị trí ${b.position}: cột mã sự kiện hoặc mã lệnh khác với siêu dữ liệu đã băm`
        : 'the id columns differ from the hashed metadata';
    default:
      return b satisfies never;
  }
}

/** Why a checkpoint does not hold the log; `reason` is the English the store gave with it. */
export function checkpointFailureText(why: CheckpointFailure, reason: string, lang: 'vi' | 'en'): string {
  if (lang === 'en') return reason;
  switch (why.kind) {
    case 'not-a-checkpoint':
      return 'tệp này không phải điểm kiểm tra (cần dòng đầu "motcua-checkpoint/v2" hoặc v1 và các dòng log, size, head, signature)';
    case 'signature':
      return 'chữ ký không khớp: điểm kiểm tra đã bị sửa, hoặc khóa công khai không phải của người ký';
    case 'other-log':
      return `điểm kiểm tra này của sổ cái "${why.checkpointLog}", không phải sổ cái "${why.log}"`;
    case 'chain':
      return `chuỗi hash của sổ cái đứt tại vị trí ${why.break.position}: ${chainBreakText(why.break, 'vi')}`;
    case 'removed':
      return `sổ cái chỉ còn ${why.size} sự kiện nhưng điểm kiểm tra xác nhận ${why.signedSize}: sự kiện đã bị xóa`;
    case 'rewritten':
      return `hash của chuỗi sau ${why.signedSize} sự kiện khác với điểm kiểm tra: sổ cái đã bị viết lại, không chỉ ghi thêm`;
    default:
      return why satisfies never;
  }
}
