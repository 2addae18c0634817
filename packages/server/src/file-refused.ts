// A file the server is started with (API keys, office hierarchy) that cannot be used: why, in both
// languages, as a typed value. `motcua` words it for the clerk (Vietnamese unless --lang en); the error's
// own message is the English, for logs and for programs that embed the server.
import type { ZodError } from 'zod';
import type { Lang, Text } from './lang.js';
import { issueText } from './validation-text.js';

export class FileRefused extends Error {
  constructor(
    readonly text: Text,
    options?: ErrorOptions,
  ) {
    super(text.en, options);
    this.name = 'FileRefused';
  }
}

/** A refusal from `source` (the file's path, or what the caller named it): "source: why". */
export const fileRefused = (source: string, vi: string, en: string, options?: ErrorOptions): FileRefused =>
  new FileRefused({ vi: `${source}: ${vi}`, en: `${source}: ${en}` }, options);

/** zod's first issue, at its path, in both languages (zod's own words through its `vi` locale). */
export function firstIssue(error: ZodError): { path: string; text: Text } {
  const issue = error.issues[0];
  if (!issue) return { path: '', text: { vi: 'không hợp lệ', en: 'invalid' } };
  return { path: issue.path.map(String).join('.'), text: issueText(issue) };
}

/** What an error says in `lang`: a FileRefused in that language, anything else as its message. */
export const refusalText = (e: unknown, lang: Lang): string =>
  e instanceof FileRefused ? e.text[lang] : e instanceof Error ? e.message : String(e);
