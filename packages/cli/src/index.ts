// @motcua/cli as a library: the command runner and the tracking-book reader, for embedding and tests.

export { columnOf, foldText, mapTable } from './book/columns.js';
export { type BookKind, kindOf, type LoadedBook, loadBook } from './book/load.js';
export { formatIssue, issueText } from './book/messages.js';
export { importCommandId, planRows, rowCommands } from './book/plan.js';
export { planEvents } from './book/plan-events.js';
export { CHUNK_ROWS, type Produced, type ProduceInput, produce } from './book/produce.js';
export { readCsvTable } from './book/read-csv.js';
export { readNdjson } from './book/read-ndjson.js';
export { readXlsxTable } from './book/read-xlsx.js';
export { readRow, readRows } from './book/rows.js';
export type * from './book/types.js';
export { bookImporter } from './book/upload.js';
export { parseChannel, parseDigitised, parseFee, parseFlag, parseTime } from './book/values.js';
export { deriveMissing } from './check/derive.js';
export { buildProgram, runCli } from './cli.js';
export { type ImportOptions, type ImportSummary, runImport, summaryLine } from './commands/import.js';
export { type Io, processIo } from './context.js';
export { EXIT_FAILED, EXIT_OK, EXIT_USAGE } from './exit.js';
