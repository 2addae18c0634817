// The 766 index (Bộ chỉ số chỉ đạo, điều hành và đánh giá chất lượng phục vụ người dân, doanh nghiệp trong
// thực hiện TTHC, dịch vụ công theo thời gian thực trên môi trường điện tử) as versioned data: its groups,
// the sub-indicators motcua can compute from dossier events and those that need facts from outside the
// ledger (taken as inputs), their points and thresholds, and where each number comes from.
//
// Sources (read 2026-12 through public copies of the decision and summaries of it):
//  - Quyết định 766/QĐ-TTg, 23/06/2022, in force on signing (text: thuviennhadat.vn/vbpl/quyet-dinh-766-qd-ttg-
//    2022-bo-chi-so-danh-gia-chat-luong-phuc-vu-thu-tuc-hanh-chinh-dien-tu-518821.html; summary with the
//    five groups and the three satisfaction rates: vietjack.me/phap-luat/quyet-dinh-766-qd-ttg-2271.html;
//    summary with "up to 4/18 for TTHC published on time", "up to 20 for dossiers handled on time" and "up
//    to 6/18 for satisfaction in receiving and resolving TTHC": baocaotaichinh.vn, "Quyết định 766/QĐ-TTg
//    2022 phê duyệt Bộ chỉ số…").
//  - The group totals (transparency 18, progress and results 20, online service 12 + online payment 10,
//    digitisation 22, satisfaction 18 = 100) and the 80 % threshold rule: the project's domain notes
//    (DOMAIN.md, "The 766 indicators", marked confirmed there).
// A split of a group's points between its sub-indicators that no source above states is marked
// `confirmed: false`: an office replaces this data with its province's guidance by adding a version.

export type ScorecardSource = 'ledger' | 'input';

/** What a computed sub-indicator measures, by the key of the ledger's indicators (Form 06's ratios). */
export type LedgerMeasure = 'progress' | 'onlineRate' | 'onlinePaymentRate' | 'digitisation' | 'satisfaction';

export interface SubIndicatorSpec {
  /** "2.1", "5.3": stable ids, the keys of the inputs file. */
  readonly id: string;
  readonly name: { readonly vi: string; readonly en: string };
  readonly points: number;
  /** The rate at or above which the full points are given (0–1). */
  readonly threshold: number;
  readonly source: ScorecardSource;
  /** For source 'ledger': which figure. */
  readonly measure?: LedgerMeasure;
  /** Whether a source above states these points and this threshold. */
  readonly confirmed: boolean;
  readonly note?: string;
}

export interface GroupSpec {
  readonly id: string;
  readonly name: { readonly vi: string; readonly en: string };
  readonly points: number;
  readonly indicators: readonly SubIndicatorSpec[];
}

export interface ScorecardVersion {
  readonly version: string;
  /** First day the version applies to (a period is scored by the version in force on its last day). */
  readonly effectiveFrom: string;
  readonly basis: string;
  readonly sources: readonly string[];
  /** A ledger figure with nothing to count (denominator 0) scores its full points: nothing was done badly. */
  readonly emptyScores: 'full' | 'zero';
  readonly groups: readonly GroupSpec[];
}

const THRESHOLD = 0.8;

export const SCORECARD_766_2022: ScorecardVersion = {
  version: '766-2022',
  effectiveFrom: '2022-06-23',
  basis: 'Quyết định 766/QĐ-TTg ngày 23/06/2022 của Thủ tướng Chính phủ',
  sources: [
    'https://thuviennhadat.vn/vbpl/quyet-dinh-766-qd-ttg-2022-bo-chi-so-danh-gia-chat-luong-phuc-vu-thu-tuc-hanh-chinh-dien-tu-518821.html',
    'https://vietjack.me/phap-luat/quyet-dinh-766-qd-ttg-2271.html',
    'https://baocaotaichinh.vn/thu-vien/quyet-dinh-766-qd-ttg-2022-phe-duyet-bo-chi-so-chi-dao--dieu-hanh-va-danh-gia-chat-luong-phuc-vu-nguoi-dan--doanh-nghiep-2108502745-126270',
    'shared/DOMAIN.md: The 766 indicators',
  ],
  emptyScores: 'full',
  groups: [
    {
      id: '1',
      name: { vi: 'Công khai, minh bạch', en: 'Transparency' },
      points: 18,
      indicators: [
        {
          id: '1.1',
          name: { vi: 'Tỷ lệ TTHC được cập nhật, công khai đúng hạn', en: 'Procedures published on time' },
          points: 4,
          threshold: THRESHOLD,
          source: 'input',
          confirmed: true,
          note: 'publication: the procedure catalogue on the national portal, outside the ledger',
        },
        {
          id: '1.2',
          name: {
            vi: 'Tỷ lệ hồ sơ được đồng bộ, công khai trạng thái trên Cổng Dịch vụ công quốc gia',
            en: 'Dossiers synchronised to the national public service portal',
          },
          points: 14,
          threshold: THRESHOLD,
          source: 'input',
          confirmed: false,
          note: 'data sync with the national portal, outside the ledger; the rest of the group’s 18 points',
        },
      ],
    },
    {
      id: '2',
      name: { vi: 'Tiến độ, kết quả giải quyết', en: 'Progress and results' },
      points: 20,
      indicators: [
        {
          id: '2.1',
          name: {
            vi: 'Tỷ lệ hồ sơ giải quyết trước hạn, đúng hạn và đang giải quyết trong hạn',
            en: 'Dossiers resolved early or on time, or pending within their deadline',
          },
          points: 20,
          threshold: THRESHOLD,
          source: 'ledger',
          measure: 'progress',
          confirmed: true,
          note: 'indicators.progress, by the national formula note where it differs from Form 06 (more than one supplement request is late; the end of processing is the resolution, else the return, else the stop or refusal)',
        },
      ],
    },
    {
      id: '3',
      name: { vi: 'Cung cấp dịch vụ trực tuyến', en: 'Online service and online payment' },
      points: 22,
      indicators: [
        {
          id: '3.1',
          name: { vi: 'Tỷ lệ hồ sơ tiếp nhận trực tuyến', en: 'Dossiers received online' },
          points: 12,
          threshold: THRESHOLD,
          source: 'ledger',
          measure: 'onlineRate',
          confirmed: true,
        },
        {
          id: '3.2',
          name: { vi: 'Tỷ lệ hồ sơ thanh toán trực tuyến', en: 'Fees paid online' },
          points: 10,
          threshold: THRESHOLD,
          source: 'ledger',
          measure: 'onlinePaymentRate',
          confirmed: true,
        },
      ],
    },
    {
      id: '4',
      name: { vi: 'Số hóa hồ sơ', en: 'Digitisation' },
      points: 22,
      indicators: [
        {
          id: '4.1',
          name: {
            vi: 'Tỷ lệ hồ sơ được số hóa hồ sơ và kết quả giải quyết',
            en: 'Dossiers with digitised papers and result',
          },
          points: 22,
          threshold: THRESHOLD,
          source: 'ledger',
          measure: 'digitisation',
          confirmed: false,
          note: 'the decision splits the group; the ledger holds one figure (papers and result digitised), given the whole group',
        },
      ],
    },
    {
      id: '5',
      name: { vi: 'Mức độ hài lòng', en: 'Satisfaction' },
      points: 18,
      indicators: [
        {
          id: '5.1',
          name: { vi: 'Tỷ lệ phản ánh, kiến nghị xử lý đúng hạn', en: 'Feedback handled on time' },
          points: 6,
          threshold: THRESHOLD,
          source: 'input',
          confirmed: false,
          note: 'feedback (phản ánh, kiến nghị) is handled outside the ledger',
        },
        {
          id: '5.2',
          name: { vi: 'Tỷ lệ hài lòng trong xử lý phản ánh, kiến nghị', en: 'Satisfaction with feedback handling' },
          points: 6,
          threshold: THRESHOLD,
          source: 'input',
          confirmed: false,
          note: 'feedback (phản ánh, kiến nghị) is handled outside the ledger',
        },
        {
          id: '5.3',
          name: {
            vi: 'Tỷ lệ hài lòng trong tiếp nhận, giải quyết TTHC',
            en: 'Satisfaction in receiving and resolving dossiers',
          },
          points: 6,
          threshold: THRESHOLD,
          source: 'ledger',
          measure: 'satisfaction',
          confirmed: true,
          note: 'dossiers handled, less those counted late (Form 06 columns 10 and 13) and those rated with a complaint by the end of the period',
        },
      ],
    },
  ],
};

/** Every version, newest last. */
export const SCORECARD_VERSIONS: readonly ScorecardVersion[] = [SCORECARD_766_2022];

/** The version in force on a day (YYYY-MM-DD), or null before the first. */
export function scorecardVersionOn(day: string): ScorecardVersion | null {
  let found: ScorecardVersion | null = null;
  for (const v of SCORECARD_VERSIONS) if (v.effectiveFrom <= day) found = v;
  return found;
}
