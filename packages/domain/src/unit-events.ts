// The units catalogue's events: provinces, districts and communes with the days they are in force and the
// unit that takes over after them, recorded in the log itself (stream `units-catalogue`), so a report or
// a route "as known at" a moment sees the map as it was known then. Versioned and validated by zod like
// the dossier events (events.ts), but a union of their own: they never reach the dossier decider.
import { z } from 'zod';
import { domainError, err, ok, type Result } from './errors.js';
import { type EventMeta, EventMetaSchema } from './events.js';
import { OFFICE_CODE_PATTERN, UNIT_CODE_RULE } from './office-code.js';
import { DaySchema } from './time.js';

/** The one stream that holds the catalogue: one stream, so an import is one append checked against one revision. */
export const UNITS_STREAM = 'units-catalogue';

export const UNIT_LEVELS = ['province', 'district', 'commune'] as const;
export const UnitLevelSchema = z.enum(UNIT_LEVELS);
export type UnitLevel = z.infer<typeof UnitLevelSchema>;

export const UnitCodeSchema = z.string().regex(OFFICE_CODE_PATTERN, UNIT_CODE_RULE);

/** One unit as the catalogue holds it. Days are `YYYY-MM-DD` in office time, both ends inclusive. */
export const UnitDataSchema = z
  .object({
    code: UnitCodeSchema,
    name: z.string().trim().min(1).max(300),
    level: UnitLevelSchema,
    parent: UnitCodeSchema.nullable(),
    /** First day in force; null: since before the catalogue. */
    validFrom: DaySchema.nullable(),
    /** Last day in force; null while in force. */
    validTo: DaySchema.nullable(),
    /** The unit that takes over the day after validTo (its dossiers, its commands). */
    successor: UnitCodeSchema.nullable(),
    /**
     * The one-stop office whose dossiers are this unit's, as the ledger writes it; null: the unit's own
     * code (the catalogue code is the office code unless this says otherwise).
     */
    office: UnitCodeSchema.nullable(),
  })
  .strict();
export type UnitData = z.infer<typeof UnitDataSchema>;

/** UnitRecorded: a code the catalogue did not hold; UnitRevised: a new version of one it holds (whole). */
export const UnitEventDataSchemas = { UnitRecorded: UnitDataSchema, UnitRevised: UnitDataSchema } as const;
export type UnitEventType = keyof typeof UnitEventDataSchemas;
export const UNIT_EVENT_TYPES = Object.keys(UnitEventDataSchemas) as UnitEventType[];
export const CURRENT_UNIT_SCHEMA_VERSION: Record<UnitEventType, number> = { UnitRecorded: 1, UnitRevised: 1 };

export interface UnitEvent {
  readonly type: UnitEventType;
  readonly schemaVersion: number;
  readonly data: UnitData;
  readonly meta: EventMeta;
}

export const isUnitEventType = (t: unknown): t is UnitEventType =>
  typeof t === 'string' && Object.hasOwn(UnitEventDataSchemas, t);

/** Validates a stored or new unit event (same contract as parseEvent: unknown versions refused). */
export function parseUnitEvent(raw: {
  type: unknown;
  schemaVersion: unknown;
  data: unknown;
  meta: unknown;
}): Result<UnitEvent> {
  const { type, schemaVersion } = raw;
  if (!isUnitEventType(type)) return err(domainError('UNKNOWN_EVENT_TYPE', `unknown unit event type ${String(type)}`));
  if (schemaVersion !== CURRENT_UNIT_SCHEMA_VERSION[type]) {
    return err(
      domainError('UNSUPPORTED_SCHEMA_VERSION', `${type}: schema version ${String(schemaVersion)} is not known`),
    );
  }
  const data = UnitEventDataSchemas[type].safeParse(raw.data);
  const meta = EventMetaSchema.safeParse(raw.meta);
  if (!data.success || !meta.success) {
    const issues = [
      ...(data.success ? [] : data.error.issues.map((i) => ({ path: `data.${i.path.join('.')}`, message: i.message }))),
      ...(meta.success ? [] : meta.error.issues.map((i) => ({ path: `meta.${i.path.join('.')}`, message: i.message }))),
    ];
    return err(
      domainError('INVALID_EVENT', `${type}: ${issues.map((i) => `${i.path}: ${i.message}`).join('; ')}`, { issues }),
    );
  }
  return ok({ type, schemaVersion: CURRENT_UNIT_SCHEMA_VERSION[type], data: data.data, meta: meta.data });
}
