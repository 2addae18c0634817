// Query string of the tracking-book route: the year, one field or all, the recorded-time cut-off.
import { z } from 'zod';
import { PeriodQuery } from './queries.js';

export const BookQuery = z.object({
  year: PeriodQuery.shape.year.unwrap().describe('The book year (a book runs from 1 January to 31 December)'),
  field: z.string().min(1).max(200).optional().describe('One field (lĩnh vực) only; default every field'),
  knownAt: PeriodQuery.shape.knownAt,
  format: z.enum(['xlsx']).optional().describe('xlsx (the only format: the workbook `motcua import` reads)'),
  lang: z.enum(['vi', 'en']).optional().describe('Headers and words of the book (default vi)'),
});
