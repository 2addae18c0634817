// Query strings and response bodies of the read routes. The Form 06 schema mirrors the report object of
// @motcua/projections (report.ts) and lets extra keys through, so the JSON is exactly that object.
import {
  ISO_DAY_PATTERN,
  ISO_MOMENT_PATTERN,
  isValidDay,
  isValidMoment,
  LIMITS,
  OFFICE_CODE_PATTERN,
  UNIT_CODE_RULE,
} from '@motcua/domain';
import { CELLS } from '@motcua/projections';
import { z } from 'zod';
import { OfficeParam } from './commands.js';
import { named } from './registry.js';

const Day = z
  .string()
  .regex(ISO_DAY_PATTERN, 'expected a day YYYY-MM-DD')
  .refine(isValidDay, 'not a real calendar day');
/** An instant with offset, or a day (the end of that day in office time). */
const Moment = z
  .string()
  .regex(ISO_MOMENT_PATTERN, 'expected an ISO 8601 time with an offset, or a day YYYY-MM-DD')
  .refine(isValidMoment, 'not a real calendar date or time');
const Int = (min: number, max: number) => z.coerce.number().int().min(min).max(max);

export const PeriodQuery = z.object({
  from: Day.optional().describe('First day of the period (inclusive), with `to`'),
  to: Day.optional().describe('Last day of the period (inclusive), with `from`'),
  year: Int(1001, 9999).optional().describe('Year; alone for the whole year, or with quarter or month'),
  quarter: Int(1, 4).optional(),
  month: Int(1, 12).optional(),
  convention: z
    .enum(['calendar', 'cutoff'])
    .optional()
    .describe('calendar (default), or cutoff: quarter from the 15th of the month before to the 14th of its last month'),
  knownAt: Moment.optional().describe(
    'Recorded-time cut-off: the report as it would have been printed then (auditors)',
  ),
});

export const ReportQuery = PeriodQuery.extend({
  format: z
    .enum(['json', 'csv', 'xlsx', 'pdf'])
    .optional()
    .describe(
      'json (default: the report object), csv, or xlsx and pdf as filed (office name, date line, ratios, signatures)',
    ),
  lang: z.enum(['vi', 'en']).optional().describe('Column headers of csv/xlsx (default vi)'),
});

export const CellParams = z.object({ office: OfficeParam, cell: z.enum(CELLS) });
export const CellQuery = PeriodQuery.extend({
  field: z.string().min(1).max(LIMITS.field).optional().describe("A row's field; omitted for the total row"),
});

export const DossierQuery = z.object({
  asOf: Moment.optional().describe("Business-time cut-off for the dossier's state (auditors)"),
  knownAt: Moment.optional().describe('Recorded-time cut-off (auditors)'),
});
export const TimelineQuery = z.object({ knownAt: DossierQuery.shape.knownAt });

export const UnitParams = z.object({
  // Unit codes follow the office-code rule: a unit is written as offices write their codes.
  unit: z.string().regex(OFFICE_CODE_PATTERN, UNIT_CODE_RULE),
});

const Received = z.looseObject({
  total: z.number(),
  online: z.number(),
  directOrPostal: z.number(),
  direct: z.number(),
  postal: z.number(),
  carriedOver: z.number(),
});
const Resolved = z.looseObject({ total: z.number(), early: z.number(), onTime: z.number(), late: z.number() });
const Pending = z.looseObject({ total: z.number(), withinDeadline: z.number(), overdue: z.number() });
const countsShape = {
  received: Received,
  resolved: Resolved,
  pending: Pending,
  withdrawnOrReturned: z.number(),
  awaitingSupplement: z.number(),
  lateRescheduled: z.number(),
};
export const Counts = named(z.looseObject(countsShape), 'Counts');
const Ratio = z.looseObject({ numerator: z.number(), denominator: z.number(), value: z.number().nullable() });
export const Indicators = named(
  z.looseObject({
    progress: Ratio,
    onlineRate: Ratio,
    onlinePaymentRate: Ratio,
    digitisation: Ratio,
    earlyOrOnTimeOverHandled: Ratio,
    earlyOrOnTimeOverResolved: Ratio,
  }),
  'Indicators',
);
export const Period = z.object({ from: z.string(), to: z.string() });

export const Form06ReportSchema = named(
  z
    .looseObject({
      period: Period,
      office: z.string(),
      offices: z.array(z.string()),
      knownAt: z.string().nullable(),
      total: Counts,
      rows: z.array(z.looseObject({ field: z.string(), ...countsShape })),
      indicators: Indicators,
      ruleSets: z
        .array(
          z.looseObject({
            id: z.string(),
            name: z.string(),
            nameVi: z.string(),
            validFrom: z.string().nullable(),
            validTo: z.string().nullable(),
            legalBasis: z.array(
              z.looseObject({ number: z.string(), title: z.string(), signed: z.string(), inForce: z.string() }),
            ),
            dossiers: z.number(),
          }),
        )
        .describe('The rule sets the counted dossiers were received under (by receipt day), with their legal basis'),
      /** A unit's report of the units catalogue: what it covered across changes of the map (issue 14). */
      coverage: z
        .object({
          unit: z.string(),
          name: z.string(),
          level: z.string(),
          validFrom: z.string().nullable(),
          validTo: z.string().nullable(),
          requested: Period,
          endsOn: z.string().nullable(),
          hierarchyOn: z.string(),
          units: z.array(z.string()),
          predecessors: z.array(z.string()),
          note: z.object({ vi: z.string(), en: z.string() }),
        })
        .optional(),
    })
    .describe('Form 06 (Biểu số 06): a row per field and the total, with indicators and the rule sets applied'),
  'Form06Report',
);

export const DrillDownResponse = z.object({
  office: z.string(),
  period: Period,
  knownAt: z.string().nullable(),
  cell: z.string(),
  field: z.string().nullable(),
  count: z.number(),
  dossiers: z.array(z.string()),
});

export const IndicatorsResponse = z.object({
  office: z.string(),
  period: Period,
  knownAt: z.string().nullable(),
  indicators: Indicators,
});

const TimelineEntrySchema = named(
  z.looseObject({
    type: z.string(),
    schemaVersion: z.number(),
    occurredAt: z.string(),
    recordedAt: z.string(),
    actor: z.string(),
    position: z.string(),
    revision: z.string(),
    hash: z.string(),
    eventId: z.string(),
    data: z.unknown(),
    correctedBy: z.string().optional(),
    retracted: z.boolean().optional(),
  }),
  'TimelineEntry',
);

export const DossierViewSchema = named(
  z.looseObject({
    office: z.string(),
    code: z.string(),
    streamId: z.string(),
    procedureCode: z.string().nullable(),
    field: z.string(),
    channel: z.string(),
    transferredIn: z.boolean(),
    receivedAt: z.string(),
    receivedDay: z.string(),
    dueAt: z.string(),
    dueDay: z.string(),
    /** The due date falls in a year without an announced calendar: computed by the statutory rules. */
    dueProvisional: z.boolean(),
    rescheduledDueAt: z.string().nullable(),
    status: z.string(),
    awaitingSupplement: z.boolean(),
    finished: z
      .looseObject({ type: z.string(), kind: z.string(), at: z.string(), day: z.string(), outcome: z.string() })
      .nullable(),
    digitised: z.looseObject({ papers: z.boolean(), result: z.boolean() }),
    payments: z.array(z.looseObject({ method: z.string(), amountVnd: z.number(), at: z.string() })),
    satisfaction: z.looseObject({ score: z.number(), complaint: z.boolean() }).nullable(),
    handovers: z
      .array(
        z.looseObject({
          at: z.string(),
          day: z.string(),
          fromUnit: z.string(),
          giver: z.string(),
          toUnit: z.string(),
          receiver: z.string(),
          stepDueAt: z.string().nullable(),
          outcome: z.enum(['early', 'onTime', 'late']).nullable(),
          note: z.string().nullable(),
        }),
      )
      .describe(
        "The processing steps (hand-overs), in order; outcome is the giver's step against its deadline, null when none was set",
      ),
    asOf: z.string().nullable(),
    knownAt: z.string().nullable(),
    timeline: z.array(TimelineEntrySchema),
  }),
  'DossierView',
);

export const TimelineResponse = z.object({
  office: z.string(),
  code: z.string(),
  knownAt: z.string().nullable(),
  timeline: z.array(TimelineEntrySchema),
});

export const ProcedureSchema = z.looseObject({
  code: z.string(),
  name: z.string(),
  field: z.string(),
  timeLimit: z.looseObject({ unit: z.string(), amount: z.number() }),
  onlineLevel: z.string(),
  nonGeographic: z.boolean(),
  feeVnd: z.number(),
});
export const ProceduresResponse = z.object({ procedures: z.array(ProcedureSchema), fields: z.array(z.string()) });

export const VerifyResponse = z.object({
  ok: z.boolean(),
  /** Number of events checked (a decimal string), when the chain holds. */
  size: z.string().nullable(),
  headHash: z.string().nullable(),
  firstBadPosition: z.string().nullable(),
  /** What breaks there, as a stable code (e.g. HASH_MISMATCH, POSITION_MISSING), null when the chain holds. */
  code: z.string().nullable(),
  /** The break in words, in the request's language (Vietnamese unless Accept-Language prefers English). */
  reason: z.string().nullable(),
  checkedAt: z.string(),
  /**
   * The newest routine checkpoint beside the ledger (null when the server keeps none): what it vouches
   * for, when it was signed and how long ago, and whether the log still matches it (null: no key to check).
   */
  checkpoint: z
    .object({
      file: z.string(),
      size: z.string(),
      signedAt: z.string().nullable(),
      ageSeconds: z.number().nullable(),
      holds: z.boolean().nullable(),
      reason: z.string().nullable(),
    })
    .nullable()
    .optional(),
});

export const UnitsQuery = z.object({ knownAt: DossierQuery.shape.knownAt });

export const UnitsResponse = z.object({
  /** Recorded-time cut-off of the catalogue (auditors), or null for everything recorded. */
  knownAt: z.string().nullable(),
  units: z.array(
    z.object({
      code: z.string(),
      name: z.string().nullable(),
      level: z.string().nullable(),
      parent: z.string().nullable(),
      offices: z.array(z.string()),
      /** First and last day in force (null: open; always null for a hierarchy file's units). */
      validFrom: z.string().nullable(),
      validTo: z.string().nullable(),
      /** The unit that takes over the day after validTo, and the units it took over from. */
      successor: z.string().nullable(),
      successors: z.array(z.string()),
      predecessors: z.array(z.string()),
      /** Where the unit comes from: the catalogue in the log, or the hierarchy file. */
      source: z.enum(['catalogue', 'hierarchy-file']),
    }),
  ),
});
