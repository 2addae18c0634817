// What each event is called at a one-stop office counter, for Vietnamese messages (the type names are
// the ledger's English identifiers and stay as they are).
import type { EventType } from './events.js';

export const EVENT_NAMES_VI: Readonly<Record<EventType, string>> = {
  DossierReceived: 'tiếp nhận hồ sơ',
  DossierTransferredIn: 'tiếp nhận hồ sơ chuyển sang',
  SupplementRequested: 'yêu cầu bổ sung',
  SupplementProvided: 'bổ sung hồ sơ',
  DueDateRescheduled: 'gia hạn (xin lỗi)',
  DossierResolved: 'giải quyết hồ sơ',
  ResultReturned: 'trả kết quả',
  DossierWithdrawn: 'rút hồ sơ',
  DossierReturnedUnprocessed: 'trả lại hồ sơ không giải quyết',
  DossierDigitised: 'số hóa hồ sơ',
  FeePaid: 'nộp phí, lệ phí',
  SatisfactionRated: 'đánh giá mức độ hài lòng',
  EventCorrected: 'đính chính',
  ProcessingStopped: 'dừng giải quyết hồ sơ',
};
