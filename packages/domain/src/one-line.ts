// A text as one line of a cell that holds one entry per line (the tracking book's supplement reasons): the
// exporter writes a recorded text through this and the importer compares a recorded text with the book's
// through it, so a reason typed on two lines reads back as the same reason. Here, in the package both
// depend on, so the rule is written once and the importer's worker does not load the exporter's libraries.

/** Line breaks, and the spaces around them, become one space. */
export const oneLine = (text: string): string => text.replace(/[^\S\r\n]*[\r\n]+\s*/g, ' ');
