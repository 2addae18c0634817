// Commander writes its own words into every help page: the titles ("Usage:", "Options:") and the notes
// after an option ("(choices: …, default: …)"). A clerk reading help in Vietnamese gets them in Vietnamese;
// the option names and values stay as typed.
import { Help, type HelpConfiguration } from 'commander';

const TITLES: Readonly<Record<string, string>> = {
  'Usage:': 'Cách dùng:',
  'Options:': 'Tùy chọn:',
  'Global Options:': 'Tùy chọn chung:',
  'Commands:': 'Lệnh:',
  'Arguments:': 'Đối số:',
};

/** "(choices: "vi", "en", default: "vi")" → "(chọn một trong: "vi", "en"; mặc định: "vi")". */
function noteInVietnamese(description: string): string {
  return description
    .replace(/\((choices|default|preset|env): /, (_m, word: string) => `(${NOTE_WORDS[word]}: `)
    .replace(/, (default|preset|env): /g, (_m, word: string) => `; ${NOTE_WORDS[word]}: `);
}
const NOTE_WORDS: Readonly<Record<string, string>> = {
  choices: 'chọn một trong',
  default: 'mặc định',
  preset: 'giá trị khi bỏ trống',
  env: 'biến môi trường',
};

/** "motcua report [options]", "import [options] <file>": commander's bracketed words; names stay as typed. */
const usageInVietnamese = (usage: string): string =>
  usage.replace(/\[options\]/g, '[tùy chọn]').replace(/\[command\]/g, '[lệnh]');

export const vietnameseHelp: HelpConfiguration = {
  styleTitle: (title: string) => TITLES[title] ?? title,
  commandUsage: (command) => usageInVietnamese(Help.prototype.commandUsage.call(new Help(), command)),
  subcommandTerm: (command) => usageInVietnamese(Help.prototype.subcommandTerm.call(new Help(), command)),
  optionDescription: (option) => noteInVietnamese(Help.prototype.optionDescription.call(new Help(), option)),
  argumentDescription: (argument) => noteInVietnamese(Help.prototype.argumentDescription.call(new Help(), argument)),
};
