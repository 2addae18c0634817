export * from './book/tracking-book.js';
export * from './book/tracking-book-columns.js';
export * from './book/tracking-book-xlsx.js';
export { parseCutoff } from './days.js';
export * from './engine.js';
export * from './errors.js';
export * from './filed/form06-filed.js';
export * from './filed/form06-pdf.js';
export * from './filed/office-identity.js';
export { addCounts, emptyCounts, indicatorsOf, ratio } from './form06.js';
export * from './identities.js';
export * from './known-offices.js';
export * from './ledger.js';
export { type LedgerImage, ledgerFromImage, ledgerImage } from './ledger-image.js';
export * from './ledger-projection.js';
export * from './ledger-snapshot.js';
export { decodeParts as decodeImageParts, encodeParts as encodeImageParts } from './ledger-snapshot-codec.js';
export * from './papers/setup.js';
export * from './periods.js';
export * from './render/columns.js';
export * from './render/csv.js';
export { type FlatForm06, flatForm06 } from './render/flat.js';
export * from './render/xlsx.js';
export * from './report.js';
export * from './rollup.js';
export * from './sample-commune.js';
export { SAMPLE_UNITS_FILE, sampleUnitsCsv } from './sample-units.js';
export * from './scorecard/index-766.js';
export * from './scorecard/inputs.js';
export * from './scorecard/scorecard.js';
export { storeEventSource } from './sqlite-scan.js';
export {
  type DossierView,
  type HandoverView,
  type Outcome,
  readDossier,
  readTimeline,
  type TimelineEntry,
} from './timeline.js';
export * from './unit-log.js';
export {
  reachReport,
  type UnitCoverage,
  type UnitReach,
  type UnitScope,
  unitForm06,
  unitReach,
  unitScope,
} from './unit-report.js';
