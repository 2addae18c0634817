// The DOCX side of the papers: an A4 section in the papers' font, the heading as a borderless two-column
// table (as offices lay it out in Word, so they can edit it), and the bytes of the packed file.
import {
  AlignmentType,
  BorderStyle,
  Document,
  type FileChild,
  Packer,
  PageOrientation,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
} from 'docx';
import { DOCX_FONT } from './font.js';
import type { PaperHeading } from './heading.js';

/** A4 in twentieths of a point; margins as in pdf-document.ts (left 30 mm, right 15, top and bottom 20). */
const TWIP_PER_MM = 1440 / 25.4;
const A4_TWIP = { width: Math.round(210 * TWIP_PER_MM), height: Math.round(297 * TWIP_PER_MM) };
const MARGIN_TWIP = {
  top: Math.round(20 * TWIP_PER_MM),
  bottom: Math.round(20 * TWIP_PER_MM),
  left: Math.round(30 * TWIP_PER_MM),
  right: Math.round(15 * TWIP_PER_MM),
};
/** The width text may take on the page, in twips. */
const textWidthTwip = (landscape: boolean): number =>
  (landscape ? A4_TWIP.height : A4_TWIP.width) - MARGIN_TWIP.left - MARGIN_TWIP.right;
/**
 * A table's column widths in twips, for shares of the text width. LibreOffice lays a table out by its grid
 * (w:tblGrid), not by its cells' percentages: without this grid every column came out equally wide.
 */
export const gridOf = (shares: readonly number[], landscape: boolean): number[] =>
  shares.map((f) => Math.round(f * textWidthTwip(landscape)));

/** Font sizes in half-points (docx's unit): 13 pt body as Nghị định 30/2020 asks. */
export const DOCX_SIZE = { body: 26, small: 22, heading: 24, title: 28 } as const;

export interface RunStyle {
  readonly bold?: boolean;
  readonly italics?: boolean;
  readonly size?: number;
}

export const run = (text: string, s: RunStyle = {}): TextRun =>
  new TextRun({ text, font: DOCX_FONT, size: s.size ?? DOCX_SIZE.body, bold: s.bold, italics: s.italics });

export const para = (
  text: string,
  s: RunStyle & { align?: (typeof AlignmentType)[keyof typeof AlignmentType] } = {},
): Paragraph => new Paragraph({ alignment: s.align, children: [run(text, s)], spacing: { after: 60 } });

const NO_BORDER = { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' } as const;
export const NO_BORDERS = {
  top: NO_BORDER,
  bottom: NO_BORDER,
  left: NO_BORDER,
  right: NO_BORDER,
  insideHorizontal: NO_BORDER,
  insideVertical: NO_BORDER,
} as const;

const centre = AlignmentType.CENTER;

/** The heading as a borderless table: issuer left, Quốc hiệu and tiêu ngữ right, then the date line. */
export function docxHeading(h: PaperHeading, landscape = false): FileChild[] {
  const leftParas = h.issuer.map((line, i) =>
    para(line, { bold: i === h.issuer.length - 1, size: DOCX_SIZE.heading, align: centre }),
  );
  if (h.number) leftParas.push(para(h.number, { size: DOCX_SIZE.body, align: centre }));
  const rightParas = [
    para(h.quocHieu, { bold: true, size: DOCX_SIZE.heading, align: centre }),
    para(h.tieuNgu, { bold: true, size: DOCX_SIZE.body, align: centre }),
    para(h.dateLine, { italics: true, size: DOCX_SIZE.body, align: centre }),
  ];
  const table = new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    columnWidths: gridOf([0.42, 0.58], landscape),
    borders: NO_BORDERS,
    rows: [
      new TableRow({
        children: [
          new TableCell({ width: { size: 42, type: WidthType.PERCENTAGE }, children: leftParas }),
          new TableCell({ width: { size: 58, type: WidthType.PERCENTAGE }, children: rightParas }),
        ],
      }),
    ],
  });
  return [table, new Paragraph({ children: [] })];
}

export interface DocxOptions {
  readonly title: string;
  readonly createdAt: Date;
  readonly landscape?: boolean;
}

/** One A4 section holding `children`; resolves with the .docx bytes. */
export async function docxBytes(opts: DocxOptions, children: FileChild[]): Promise<Buffer> {
  const doc = new Document({
    title: opts.title,
    creator: 'motcua',
    styles: { default: { document: { run: { font: DOCX_FONT, size: DOCX_SIZE.body } } } },
    sections: [
      {
        properties: {
          page: {
            size: {
              width: A4_TWIP.width,
              height: A4_TWIP.height,
              orientation: opts.landscape ? PageOrientation.LANDSCAPE : PageOrientation.PORTRAIT,
            },
            margin: MARGIN_TWIP,
          },
        },
        children,
      },
    ],
  });
  return Packer.toBuffer(doc);
}
