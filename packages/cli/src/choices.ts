// Option choices, kept apart from the commands so the CLI starts without loading them.
export const BOOK_KINDS = ['csv', 'xlsx', 'ndjson'] as const;
export type BookKind = (typeof BOOK_KINDS)[number];
export const REPORT_FORMATS = ['json', 'table', 'csv', 'md', 'xlsx', 'pdf'] as const;
export type ReportFormat = (typeof REPORT_FORMATS)[number];
/** How a book writes its dates: year first (ISO, the default: day-first text is refused) or day first. */
export const DATE_ORDERS = ['ymd', 'dmy'] as const;
export type DateOrder = (typeof DATE_ORDERS)[number];
