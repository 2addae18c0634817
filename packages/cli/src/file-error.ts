// Why a file named on the command line could not be read, in the reader's language. The system's own
// words ("ENOENT: no such file or directory, open '…'") are English and name a call a clerk never made.
import { CliFailure } from './exit.js';
import { type Lang, say } from './i18n.js';

/** The reason alone: "không có tệp này", "đây là một thư mục, không phải tệp"… */
export function fileErrorWhy(e: unknown, lang: Lang): string {
  const code = (e as NodeJS.ErrnoException | null)?.code;
  switch (code) {
    case 'ENOENT':
      return say(lang, 'không có tệp này', 'no such file');
    case 'EISDIR':
      return say(lang, 'đây là một thư mục, không phải tệp', 'this is a folder, not a file');
    case 'ENOTDIR':
      return say(lang, 'một phần của đường dẫn không phải thư mục', 'a part of the path is not a folder');
    case 'EACCES':
    case 'EPERM':
      return say(lang, 'không có quyền đọc tệp này', 'no permission to read this file');
    default:
      return say(lang, `lỗi hệ thống (${code ?? 'không rõ'})`, `system error (${code ?? (e as Error).message})`);
  }
}

/** "không đọc được tệp F: <why>", as the failure a command ends with (exit 1). */
export const unreadableFile = (file: string, e: unknown, lang: Lang, option = ''): CliFailure =>
  new CliFailure(
    say(
      lang,
      `${option ? `${option} ` : ''}không đọc được tệp ${file}: ${fileErrorWhy(e, lang)}`,
      `${option ? `${option} ` : ''}cannot read ${file}: ${fileErrorWhy(e, lang)}`,
    ),
  );

/** Where JSON.parse stopped: at a place, at the end (the text ends too soon), or at a token V8 names without its place. */
export type JsonStop =
  | { readonly kind: 'at'; readonly line: number; readonly column: number }
  | { readonly kind: 'end' }
  | { readonly kind: 'token'; readonly token: string };

/**
 * Where JSON.parse stopped in `text` (1-based line and column). V8 says it in English ("Expected ',' or '}'
 * after property value in JSON at position 52", "Unexpected token '}', … is not valid JSON"): only the
 * position, or else the token, is taken from it.
 */
export function jsonStop(text: string, e: unknown): JsonStop {
  const message = (e as Error).message;
  const at = /at position (\d+)/.exec(message)?.[1];
  if (at !== undefined && Number(at) < text.trimEnd().length) {
    const before = text.slice(0, Number(at)).split('\n');
    return { kind: 'at', line: before.length, column: (before[before.length - 1]?.length ?? 0) + 1 };
  }
  const token = /^Unexpected token '(.+?)', /.exec(message)?.[1];
  return token !== undefined ? { kind: 'token', token } : { kind: 'end' };
}

/** "ở dòng L, cột C" / "gặp «}» không đúng chỗ" / "tệp kết thúc quá sớm": where a JSON file stopped being JSON. */
export function jsonStopText(text: string, e: unknown, lang: Lang): string {
  const stop = jsonStop(text, e);
  switch (stop.kind) {
    case 'at':
      return say(lang, `ở dòng ${stop.line}, cột ${stop.column}`, `at line ${stop.line}, column ${stop.column}`);
    case 'token':
      return say(lang, `gặp «${stop.token}» không đúng chỗ`, `unexpected «${stop.token}»`);
    case 'end':
      return say(lang, 'tệp kết thúc quá sớm', 'the file ends too soon');
  }
}
