// What `motcua checkpoint` and `motcua verify` say when a checkpoint does not hold or cannot be used, in
// the reader's language: the store says why as data (an INVALID_CHECKPOINT's `why`; a checkpoint that does not
// hold is worded by the store's checkpointFailureText, which the server shares),
// and the system's own English (OpenSSL, file errors) reaches only --lang en.
import { type CheckpointRefusal, StoreError } from '@motcua/store';
import type { Lang } from './i18n.js';

const REFUSALS_VI: Record<CheckpointRefusal, string> = {
  'private-key': 'khóa bí mật không phải khóa Ed25519',
  'public-key': 'khóa công khai không phải khóa Ed25519 dạng PEM',
  'not-a-checkpoint': 'tệp này không phải điểm kiểm tra',
  'log-name': 'tên sổ cái: 1-200 ký tự, không xuống dòng',
};

/**
 * The words for what stopped a checkpoint command (a key or file that cannot be read, a refusal of the
 * store), or null for an error that is none of these (a defect: let it surface as it is).
 */
export function checkpointErrorText(e: unknown, lang: Lang): string | null {
  if (e instanceof StoreError) {
    if (lang === 'en') return e.message;
    const why = e.details.why as CheckpointRefusal | undefined;
    if (e.code === 'INVALID_CHECKPOINT' && why !== undefined) return REFUSALS_VI[why];
    if (e.code === 'STORE_CORRUPT' && e.details.firstBadPosition !== undefined) {
      return `không ký một sổ cái có chuỗi hash bị đứt (tại vị trí ${String(e.details.firstBadPosition)}; chạy motcua verify)`;
    }
    return e.message;
  }
  const code = (e as NodeJS.ErrnoException | null)?.code;
  if (typeof code !== 'string') return null;
  if (lang === 'en') return (e as Error).message;
  // OpenSSL's decoders (a file that is not a PEM key) and node:crypto's own checks.
  if (code.startsWith('ERR_OSSL') || code.startsWith('ERR_CRYPTO'))
    return 'khóa không đọc được: cần một khóa Ed25519 dạng PEM';
  const path = (e as NodeJS.ErrnoException).path;
  const file = path ? ` ${path}` : '';
  if (code === 'ENOENT') return `không có tệp${file}`;
  if (code === 'EEXIST') return `tệp${file} đã có`;
  if (code === 'EACCES' || code === 'EPERM') return `không có quyền với tệp${file}`;
  return `lỗi tệp${file} (${code})`;
}
