// Every word on the dashboard, Vietnamese first; the English switch is kept in localStorage (not a secret).
import { createContext } from 'preact';
import { useContext } from 'preact/hooks';

export type Lang = 'vi' | 'en';

const words = {
  title: ['Một cửa — Bảng điều khiển', 'One-stop office dashboard'],
  signInTitle: ['Đăng nhập bằng khóa API', 'Sign in with an API key'],
  keyLabel: ['Khóa API', 'API key'],
  keyHint: [
    'Khóa chỉ được giữ trong thẻ trình duyệt này và mất khi đóng thẻ.',
    'The key is kept for this browser tab only and forgotten when it closes.',
  ],
  signIn: ['Đăng nhập', 'Sign in'],
  signOut: ['Đăng xuất', 'Sign out'],
  keyRequired: ['Hãy nhập khóa API', 'Enter an API key'],
  keyRefused: ['Khóa không hợp lệ', 'This key is not valid'],
  checking: ['Đang kiểm tra…', 'Checking…'],
  reportTitle: ['Biểu 06 — Tình hình giải quyết hồ sơ', 'Form 06 — dossiers received and resolved'],
  office: ['Đơn vị (mã)', 'Office (code)'],
  periodKind: ['Kỳ báo cáo', 'Period'],
  quarter: ['Quý', 'Quarter'],
  month: ['Tháng', 'Month'],
  year: ['Năm', 'Year'],
  custom: ['Tùy chọn', 'Custom'],
  from: ['Từ ngày', 'From'],
  to: ['Đến ngày', 'To'],
  convention: ['Cách tính kỳ', 'Convention'],
  calendar: ['Theo lịch', 'Calendar'],
  cutoff: ['Chốt số liệu (15 tháng trước – 14)', 'Cut-off (15th – 14th)'],
  knownAt: ['Số liệu như đã biết lúc', 'As known at'],
  knownAtNow: ['để trống: số liệu hiện tại', 'empty: as known now'],
  show: ['Xem báo cáo', 'Show report'],
  loading: ['Đang tải…', 'Loading…'],
  field: ['Lĩnh vực', 'Field'],
  total: ['Tổng cộng', 'Total'],
  periodShown: ['Kỳ', 'Period'],
  asOfNotice: [
    'Đây là báo cáo như nó đã được ghi nhận lúc {t}: các sự kiện ghi sau thời điểm đó không được tính.',
    'This is the report as it stood at {t}: events recorded after then are not counted.',
  ],
  identitiesOk: [
    'Đã kiểm tra {n} đẳng thức của biểu (tiếp nhận = đã giải quyết + đang giải quyết, …): tất cả đều đúng.',
    'Checked {n} identities of the form (received = resolved + pending, …): all hold.',
  ],
  identitiesBroken: ['Đẳng thức không đúng:', 'Identities that do not hold:'],
  fromAfterTo: ['Ngày bắt đầu phải trước hoặc bằng ngày kết thúc', 'The first day must not be after the last'],
  badDate: ['Ngày không hợp lệ', 'Not a valid date'],
  officeRequired: ['Hãy nhập mã đơn vị', 'Enter an office code'],
  lang: ['English', 'Tiếng Việt'],
  dossiersBehind: ['Hồ sơ của ô', 'Dossiers behind'],
} as const;

export type Word = keyof typeof words;

export const LangContext = createContext<Lang>('vi');

export function t(lang: Lang, word: Word, vars: Record<string, string | number> = {}): string {
  const s: string = words[word][lang === 'vi' ? 0 : 1];
  return s.replace(/\{(\w+)\}/g, (_, k: string) => String(vars[k] ?? ''));
}

export function useT() {
  const lang = useContext(LangContext);
  return (word: Word, vars?: Record<string, string | number>) => t(lang, word, vars);
}

const LANG = 'motcua.lang';
export const storedLang = (): Lang => (localStorage.getItem(LANG) === 'en' ? 'en' : 'vi');
export const storeLang = (lang: Lang): void => localStorage.setItem(LANG, lang);
