// Branded identifiers: an office code cannot be passed where a dossier code is expected.
import { z } from 'zod';

export type Brand<T, B extends string> = T & { readonly __brand: B };

export type OfficeCode = Brand<string, 'OfficeCode'>;
export type DossierCode = Brand<string, 'DossierCode'>;
export type ProcedureCode = Brand<string, 'ProcedureCode'>;
export type EventId = Brand<string, 'EventId'>;
export type CommandId = Brand<string, 'CommandId'>;

/** Office codes are used in stream names (`dossier-<office>-<code>`), so no dash and no spaces. */
export const OfficeCodeSchema = z
  .string()
  .regex(/^[A-Za-z0-9_.]{1,64}$/, 'office code: 1-64 letters, digits, "_" or "."')
  .transform((s) => s as OfficeCode);

/** Dossier codes as printed on receipt slips: letters, digits and . _ / - */
export const DossierCodeSchema = z
  .string()
  .regex(/^[A-Za-z0-9_./-]{1,128}$/, 'dossier code: 1-128 letters, digits or . _ / -')
  .transform((s) => s as DossierCode);

export const ProcedureCodeSchema = z
  .string()
  .min(1)
  .max(64)
  .transform((s) => s as ProcedureCode);

export const asOfficeCode = (s: string): OfficeCode => OfficeCodeSchema.parse(s);
export const asDossierCode = (s: string): DossierCode => DossierCodeSchema.parse(s);
export const asProcedureCode = (s: string): ProcedureCode => ProcedureCodeSchema.parse(s);

/** The stream that holds one dossier's events. */
export const dossierStreamId = (office: string, code: string): string =>
  // join, not a template: one flat string rather than a chain of pieces kept with every append request.
  ['dossier-', office, '-', code].join('');

/** Inverse of dossierStreamId; office codes hold no dash, so the first dash after the prefix splits. */
export const parseDossierStreamId = (streamId: string): { office: OfficeCode; code: DossierCode } | null => {
  const m = /^dossier-([A-Za-z0-9_.]{1,64})-(.+)$/.exec(streamId);
  if (!m) return null;
  return { office: m[1] as OfficeCode, code: m[2] as DossierCode };
};
