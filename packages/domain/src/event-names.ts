// What each event is called at a one-stop office counter, for Vietnamese messages (the type names are
// the ledger's English identifiers and stay as they are).
import type { EventType } from './events.js';
import { ruleSetOf } from './rule-sets.js';

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
  DossierHandedOver: 'chuyển giao hồ sơ',
  ProcessingStopped: 'dừng giải quyết hồ sơ',
};

/**
 * What the counter calls an event of a dossier received at `receivedAt`, in Vietnamese: as EVENT_NAMES_VI,
 * except where the dossier's rule set names it otherwise (the apology of the 2025 rules asks to extend the
 * time: "xin lỗi và đề nghị gia hạn thời gian giải quyết"). An unknown type is returned as it is.
 */
export function eventNameVi(type: string, receivedAt: string | null): string {
  if (type === 'DueDateRescheduled' && receivedAt !== null) {
    // The event is what the paper records: its name without "Phiếu".
    return ruleSetOf(receivedAt).apologyPaper.vi.replace(/^Phiếu /, '');
  }
  return Object.hasOwn(EVENT_NAMES_VI, type) ? EVENT_NAMES_VI[type as EventType] : type;
}
