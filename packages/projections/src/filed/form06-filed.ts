// Form 06 as an office files it, beyond the table: who files it (the office's name from the units
// catalogue), the reporting period and its convention, the ratios with their numerators and
// denominators, the place and date line, and the signature block (Người lập biểu / Thủ trưởng đơn vị).
// Plain data drawn by the xlsx and the PDF renderers, so both print the same words and numbers, and
// every number is read from the report object itself (the JSON the API and `--format json` give).
import { FORM06_LABELS, type ReportLang, reportPeriodText } from '../render/columns.js';
import type { Convention, Form06Report, Indicators, Ratio } from '../report.js';
import { type OfficeIdentity, placeDateLine } from './office-identity.js';

export interface FilingInfo {
  readonly identity: OfficeIdentity;
  readonly convention: Convention;
  /** The day written in the date line (YYYY-MM-DD, office time). */
  readonly day: string;
}

export interface FiledRatio {
  readonly key: keyof Indicators;
  readonly label: string;
  readonly ratio: Ratio;
}

export interface FiledForm06 {
  readonly officeLine: string;
  readonly parentName: string | null;
  readonly officeName: string;
  readonly periodLine: string;
  readonly conventionText: string;
  readonly ratios: readonly FiledRatio[];
  readonly ratiosTitle: string;
  readonly dateLine: string;
  readonly signatures: readonly { readonly title: string; readonly hint: string }[];
}

const CONVENTION: Record<Convention, Record<ReportLang, string>> = {
  calendar: { vi: 'kỳ theo lịch: quý, năm dương lịch', en: 'calendar periods' },
  cutoff: {
    vi: 'kỳ chốt số liệu: từ ngày 15 tháng trước đến ngày 14 tháng cuối kỳ',
    en: 'cut-off periods: from the 15th of the month before to the 14th',
  },
};

const RATIO_LABELS: ReadonlyArray<[keyof Indicators, Record<ReportLang, string>]> = [
  [
    'earlyOrOnTimeOverHandled',
    { vi: 'Tỷ lệ trước và đúng hạn (trên số hồ sơ đã tiếp nhận)', en: 'Early or on time, over dossiers handled' },
  ],
  [
    'earlyOrOnTimeOverResolved',
    { vi: 'Tỷ lệ trước và đúng hạn (trên số hồ sơ đã giải quyết)', en: 'Early or on time, over dossiers resolved' },
  ],
  ['progress', FORM06_LABELS.progress],
  ['onlineRate', FORM06_LABELS.onlineRate],
  ['onlinePaymentRate', FORM06_LABELS.onlinePayment],
  ['digitisation', FORM06_LABELS.digitisation],
];

/** A ratio as a person reads it: "94,0% (465/496)", or "–" over nothing. */
export function ratioText(r: Ratio, lang: ReportLang): string {
  if (r.value === null) return `– (${r.numerator}/${r.denominator})`;
  const pct = (r.value * 100).toFixed(1);
  return `${lang === 'vi' ? pct.replace('.', ',') : pct}% (${r.numerator}/${r.denominator})`;
}

export function filedForm06(report: Form06Report, info: FilingInfo, lang: ReportLang = 'vi'): FiledForm06 {
  const { identity } = info;
  // A roll-up names the offices it sums after its own name.
  const several = report.offices.length > 1 ? ` – ${report.offices.join(', ')}` : '';
  const named = identity.name === identity.code ? identity.code : `${identity.name} (${identity.code})`;
  return {
    officeLine: `${FORM06_LABELS.office[lang]}: ${[identity.parentName, named].filter(Boolean).join(' – ')}${several}`,
    parentName: identity.parentName,
    officeName: identity.name,
    periodLine: `${FORM06_LABELS.period[lang]}: ${reportPeriodText(report.period.from, report.period.to, lang)} (${CONVENTION[info.convention][lang]})`,
    conventionText: CONVENTION[info.convention][lang],
    ratiosTitle: lang === 'vi' ? 'Các tỷ lệ' : 'Ratios',
    ratios: RATIO_LABELS.map(([key, label]) => ({ key, label: label[lang], ratio: report.indicators[key] })),
    dateLine: placeDateLine(identity.place, info.day, lang),
    signatures:
      lang === 'vi'
        ? [
            { title: 'NGƯỜI LẬP BIỂU', hint: '(Ký, ghi rõ họ tên)' },
            { title: 'THỦ TRƯỞNG ĐƠN VỊ', hint: '(Ký tên, đóng dấu)' },
          ]
        : [
            { title: 'PREPARED BY', hint: '(signature, full name)' },
            { title: 'HEAD OF THE OFFICE', hint: '(signature, seal)' },
          ],
  };
}
