// User-facing words. Vietnamese by default (the officials' language), English with --lang en.
// Identifiers stay English; only what a person reads lives here.

export type Lang = 'vi' | 'en';
export const LANGS: readonly Lang[] = ['vi', 'en'];

/** The language before commander has parsed anything, so help text can be written in it too. */
export function langFromArgv(argv: readonly string[], env: NodeJS.ProcessEnv = process.env): Lang {
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--lang' && (argv[i + 1] === 'en' || argv[i + 1] === 'vi')) return argv[i + 1] as Lang;
    if (a === '--lang=en') return 'en';
    if (a === '--lang=vi') return 'vi';
  }
  return env.MOTCUA_LANG === 'en' ? 'en' : 'vi';
}

/** Picks the wording for the language. */
export const say = (lang: Lang, vi: string, en: string): string => (lang === 'en' ? en : vi);
