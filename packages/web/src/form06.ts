// The form's columns, labels and identities are the projections package's own (pure modules with no Node
// imports), so the dashboard labels and checks Biểu 06 exactly as the CSV, xlsx and CLI table do.

export { tallyIdentities } from '../../projections/src/identities.js';
export {
  FORM06_COLUMNS,
  FORM06_GROUP_TITLES,
  FORM06_GROUPS,
  reportPeriodText,
} from '../../projections/src/render/columns.js';
export { CELLS, type Cell } from '../../projections/src/report.js';

/** A cell's number in a row or the total, by its key ('resolved.late'), read from the API's object. */
export function cellValue(counts: unknown, key: string): number | undefined {
  let cur: unknown = counts;
  for (const part of key.split('.')) {
    if (typeof cur !== 'object' || cur === null) return undefined;
    cur = (cur as Record<string, unknown>)[part];
  }
  return typeof cur === 'number' ? cur : undefined;
}
