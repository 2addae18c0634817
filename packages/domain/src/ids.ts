// Branded identifiers: an office code cannot be passed where a dossier code is expected.
import { z } from 'zod';
import { DOSSIER_CODE_PATTERN, DOSSIER_CODE_RULE, LIMITS } from './limits.js';
import {
  OFFICE_CODE_PATTERN,
  OFFICE_CODE_RULE,
  OFFICE_IN_STREAM_SOURCE,
  officeFromStream,
  officeInStream,
} from './office-code.js';

export type Brand<T, B extends string> = T & { readonly __brand: B };

export type OfficeCode = Brand<string, 'OfficeCode'>;
export type DossierCode = Brand<string, 'DossierCode'>;
export type ProcedureCode = Brand<string, 'ProcedureCode'>;
export type EventId = Brand<string, 'EventId'>;
export type CommandId = Brand<string, 'CommandId'>;

/** Office codes as offices write them (the rule: office-code.ts). */
export const OfficeCodeSchema = z
  .string()
  .regex(OFFICE_CODE_PATTERN, OFFICE_CODE_RULE)
  .transform((s) => s as OfficeCode);

/** Dossier codes as printed on receipt slips: letters, digits and . _ / - */
export const DossierCodeSchema = z
  .string()
  .regex(DOSSIER_CODE_PATTERN, DOSSIER_CODE_RULE)
  .transform((s) => s as DossierCode);

export const ProcedureCodeSchema = z
  .string()
  .min(1)
  .max(LIMITS.procedureCode)
  .transform((s) => s as ProcedureCode);

export const asOfficeCode = (s: string): OfficeCode => OfficeCodeSchema.parse(s);
export const asDossierCode = (s: string): DossierCode => DossierCodeSchema.parse(s);
export const asProcedureCode = (s: string): ProcedureCode => ProcedureCodeSchema.parse(s);

/** The stream that holds one dossier's events. */
export const dossierStreamId = (office: string, code: string): string =>
  // join, not a template: one flat string rather than a chain of pieces kept with every append request.
  // The office is written without dashes (officeInStream), so the first dash after the prefix splits.
  ['dossier-', officeInStream(office), '-', code].join('');

/** A dossier stream name: the encoded office and the dossier code as groups 1 and 2 (any code text). */
export const DOSSIER_STREAM_PATTERN = new RegExp(`^dossier-(${OFFICE_IN_STREAM_SOURCE})-(.+)$`);

/** Inverse of dossierStreamId. */
export const parseDossierStreamId = (streamId: string): { office: OfficeCode; code: DossierCode } | null => {
  const m = DOSSIER_STREAM_PATTERN.exec(streamId);
  if (!m) return null;
  return { office: officeFromStream(m[1]!) as OfficeCode, code: m[2] as DossierCode };
};
