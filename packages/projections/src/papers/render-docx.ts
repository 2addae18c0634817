// Writes a Paper as an editable DOCX (A4, the papers' font): the heading as a borderless table, then the
// same blocks the PDF draws, tables with borders and signature boxes as a borderless table.
import { AlignmentType, type FileChild, Paragraph, Table, TableCell, TableRow, WidthType } from 'docx';
import { DOCX_SIZE, docxBytes, docxHeading, gridOf, NO_BORDERS, para, run } from './docx-document.js';
import type { Block, Paper } from './paper.js';

const centre = AlignmentType.CENTER;

/** A cell's text, one paragraph per line (DOCX has no line breaks inside a run's text). */
const cellParas = (text: string, bold: boolean): Paragraph[] =>
  text.split('\n').map((line) => para(line, { bold, size: DOCX_SIZE.small, align: bold ? centre : undefined }));

function table(b: Extract<Block, { kind: 'table' }>, landscape: boolean): Table {
  const row = (cells: readonly string[], bold: boolean) =>
    new TableRow({
      tableHeader: bold,
      children: cells.map(
        (t, i) =>
          new TableCell({
            width: { size: Math.round(b.columns[i]!.width * 100), type: WidthType.PERCENTAGE },
            children: cellParas(t, bold),
          }),
      ),
    });
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    columnWidths: gridOf(
      b.columns.map((c) => c.width),
      landscape,
    ),
    rows: [
      row(
        b.columns.map((c) => c.title),
        true,
      ),
      ...b.rows.map((r) => row(r, false)),
    ],
  });
}

function blockChildren(b: Block, landscape: boolean): FileChild[] {
  switch (b.kind) {
    case 'title':
      return [
        para(b.text, { bold: true, size: DOCX_SIZE.title, align: centre }),
        ...(b.sub ? [para(b.sub, { italics: true, align: centre })] : []),
        new Paragraph({ children: [] }),
      ];
    case 'paragraph':
      return [
        new Paragraph({
          alignment: AlignmentType.JUSTIFIED,
          spacing: { after: 80 },
          children: [run(b.text, { bold: b.bold, italics: b.italic })],
        }),
      ];
    case 'fields':
      return b.rows.map(
        ([label, value]) =>
          new Paragraph({ spacing: { after: 40 }, children: [run(`${label}: `, { bold: true }), run(value)] }),
      );
    case 'table':
      return [table(b, landscape), new Paragraph({ children: [] })];
    case 'signatures': {
      const cells = b.cells.map(
        (c) =>
          new TableCell({
            children: [para(c.title, { bold: true, align: centre }), para(c.note, { italics: true, align: centre })],
          }),
      );
      // One signer signs on the right, as the forms place it.
      const padded =
        cells.length === 1 ? [new TableCell({ children: [new Paragraph({ children: [] })] }), ...cells] : cells;
      return [
        new Paragraph({ children: [] }),
        new Table({
          width: { size: 100, type: WidthType.PERCENTAGE },
          columnWidths: gridOf(
            padded.map(() => 1 / padded.length),
            landscape,
          ),
          borders: NO_BORDERS,
          rows: [new TableRow({ children: padded })],
        }),
      ];
    }
  }
}

export function paperDocx(p: Paper): Promise<Buffer> {
  const { landscape } = p;
  const children: FileChild[] = [
    ...docxHeading(p.heading, landscape),
    ...p.blocks.flatMap((b) => blockChildren(b, landscape)),
  ];
  return docxBytes({ title: p.title, createdAt: p.asOf, landscape: p.landscape }, children);
}
