// The one font every paper is set in: DejaVu Serif from the npm package dejavu-fonts-ttf (TrueType,
// full Vietnamese coverage, free licence), read from node_modules so nothing is downloaded at run time.
// A serif face because official papers are printed in one (Times New Roman at the offices).
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

const require = createRequire(import.meta.url);
const FONT_DIR = join(dirname(require.resolve('dejavu-fonts-ttf/package.json')), 'ttf');

export type FontStyle = 'regular' | 'bold' | 'italic' | 'boldItalic';

const FILES: Readonly<Record<FontStyle, string>> = {
  regular: 'DejaVuSerif.ttf',
  bold: 'DejaVuSerif-Bold.ttf',
  italic: 'DejaVuSerif-Italic.ttf',
  boldItalic: 'DejaVuSerif-BoldItalic.ttf',
};

/** The font's family name as Word should ask for it in a DOCX (DOCX files do not embed it). */
export const DOCX_FONT = 'Times New Roman';

const cache = new Map<FontStyle, Buffer>();

/** The TrueType bytes of one style, read once per process. */
export function fontBytes(style: FontStyle): Buffer {
  let bytes = cache.get(style);
  if (!bytes) {
    bytes = readFileSync(join(FONT_DIR, FILES[style]));
    cache.set(style, bytes);
  }
  return bytes;
}

export const FONT_STYLES = Object.keys(FILES) as FontStyle[];
