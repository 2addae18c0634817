export * from './engine.js';
export * from './errors.js';
export { addCounts, emptyCounts, indicatorsOf, ratio } from './form06.js';
export * from './identities.js';
export * from './ledger.js';
export * from './periods.js';
export * from './report.js';
export * from './rollup.js';
export type { DossierView, Outcome, TimelineEntry } from './timeline.js';
