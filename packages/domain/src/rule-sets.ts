// The one-stop rules as named, versioned rule sets with their legal basis. A dossier is handled under
// the rule set in force on the day it was received (office time, Asia/Ho_Chi_Minh): the decrees'
// transitional clauses keep a dossier received before a change under the rules it was received under.
// Data, not code: a new decree is a new entry here, with the day it takes effect.
import { dayOf } from './time.js';

export type RuleSetId = 'nd61-2018' | 'nd118-2025';

export interface LegalDocument {
  /** The document's number as printed, e.g. "61/2018/NĐ-CP". */
  readonly number: string;
  readonly title: string;
  /** Day it was signed, YYYY-MM-DD. */
  readonly signed: string;
  /** Day it took effect, YYYY-MM-DD. */
  readonly inForce: string;
}

export interface RuleSet {
  readonly id: RuleSetId;
  readonly name: string;
  readonly nameVi: string;
  /** First receipt day handled under it (inclusive), YYYY-MM-DD; null: since before the ledger's records. */
  readonly validFrom: string | null;
  /** Last receipt day handled under it (inclusive), YYYY-MM-DD; null while in force. */
  readonly validTo: string | null;
  readonly legalBasis: readonly LegalDocument[];
  /** Whether the stop notice (Thông báo dừng giải quyết hồ sơ) exists under these rules. */
  readonly stopNotice: boolean;
  /** What the apology letter asks for: a new date (2018) or an extension of the time (2025). */
  readonly apology: 'newDate' | 'extension';
  /** The apology letter's name under these rules, for timelines and papers (DueDateRescheduled). */
  readonly apologyPaper: { readonly vi: string; readonly en: string };
}

const ND61: LegalDocument = {
  number: '61/2018/NĐ-CP',
  title: 'Nghị định về thực hiện cơ chế một cửa, một cửa liên thông trong giải quyết thủ tục hành chính',
  signed: '2018-04-23',
  inForce: '2018-06-21',
};
const ND107: LegalDocument = {
  number: '107/2021/NĐ-CP',
  title: 'Nghị định sửa đổi, bổ sung một số điều của Nghị định số 61/2018/NĐ-CP',
  signed: '2021-12-06',
  inForce: '2022-02-01',
};
const ND118: LegalDocument = {
  number: '118/2025/NĐ-CP',
  title:
    'Nghị định về thực hiện thủ tục hành chính theo cơ chế một cửa, một cửa liên thông tại Bộ phận Một cửa và Cổng Dịch vụ công quốc gia',
  signed: '2025-06-09',
  inForce: '2025-07-01',
};
const TT03: LegalDocument = {
  number: '03/2025/TT-VPCP',
  title: 'Thông tư hướng dẫn thi hành Nghị định số 118/2025/NĐ-CP (biểu mẫu, Phụ lục I)',
  signed: '2025-09-15',
  inForce: '2025-09-15',
};

/** Every rule set, oldest first; their receipt-day ranges touch and do not overlap. */
export const RULE_SETS: readonly RuleSet[] = [
  {
    id: 'nd61-2018',
    name: 'One-stop mechanism of Decree 61/2018 as amended by Decree 107/2021',
    nameVi: 'Cơ chế một cửa theo Nghị định 61/2018/NĐ-CP, sửa đổi bởi Nghị định 107/2021/NĐ-CP',
    validFrom: null,
    validTo: '2025-06-30',
    legalBasis: [ND61, ND107],
    stopNotice: false,
    apology: 'newDate',
    apologyPaper: { vi: 'Phiếu xin lỗi và hẹn lại ngày trả kết quả', en: 'Apology and new date for the result' },
  },
  {
    id: 'nd118-2025',
    name: 'One-stop mechanism of Decree 118/2025 and Circular 03/2025',
    nameVi: 'Cơ chế một cửa theo Nghị định 118/2025/NĐ-CP và Thông tư 03/2025/TT-VPCP',
    validFrom: '2025-07-01',
    validTo: null,
    legalBasis: [ND118, TT03],
    stopNotice: true,
    apology: 'extension',
    apologyPaper: {
      vi: 'Phiếu xin lỗi và đề nghị gia hạn thời gian giải quyết',
      en: 'Apology and request to extend the processing time',
    },
  },
];

const byId = new Map(RULE_SETS.map((r) => [r.id, r]));

/** The rule set of a receipt day (YYYY-MM-DD, office time). */
export function ruleSetOfDay(day: string): RuleSet {
  for (const r of RULE_SETS) {
    if ((r.validFrom === null || r.validFrom <= day) && (r.validTo === null || day <= r.validTo)) return r;
  }
  // The ranges cover every day (the first has no start, the last no end): only a malformed day gets here.
  throw new RangeError(`no rule set for the day ${JSON.stringify(day.slice(0, 32))}`);
}

/** The rule set a dossier received at `receivedAt` (any offset) is handled under. */
export const ruleSetOf = (receivedAt: string): RuleSet => ruleSetOfDay(dayOf(receivedAt));

export const ruleSetById = (id: RuleSetId): RuleSet => byId.get(id)!;
