// Query strings and bodies of the routes a browser page needs: the offices a key sees, the work list,
// what changed in a report, the book upload and the stream token.
import { CELLS } from '@motcua/projections';
import { z } from 'zod';
import { CHANNELS, ITEM_STATUSES, WORK_STATUSES } from '../worklist.js';
import { OfficeParam } from './commands.js';
import { ProblemSchema } from './common.js';
import { PeriodQuery } from './queries.js';
import { named } from './registry.js';

const Moment = PeriodQuery.shape.knownAt.unwrap();

export const OfficesResponse = z.object({
  offices: z.array(
    z.object({
      code: z.string(),
      /** From the units catalogue (the office hierarchy); null when it does not name the office. */
      name: z.string().nullable(),
      /** The unit the office belongs to in the catalogue, or null. */
      unit: z.string().nullable(),
    }),
  ),
});

export const WorkListQuery = z.object({
  status: z
    .enum(WORK_STATUSES)
    .optional()
    .describe(
      'open (default: not finished) · within-deadline (open and not overdue, awaiting supplement included, as ' +
        'Form 06 counts it) · due-soon (running, due within dueWithinHours working hours) · overdue (running, past ' +
        'its due date) · awaiting-supplement · resolved (result returned) · finished (resolved, withdrawn, refused ' +
        'or returned unprocessed) · all',
    ),
  field: z.string().min(1).max(200).optional().describe('Field (lĩnh vực), as the report rows name it'),
  channel: z.enum(CHANNELS).optional(),
  dueBefore: Moment.optional().describe('Due at or before this instant (a day: by the end of that day, office time)'),
  q: z.string().min(1).max(128).optional().describe('Dossier code prefix (case-insensitive)'),
  dueWithinHours: z.coerce
    .number()
    .positive()
    .max(10_000)
    .optional()
    .describe('Working hours that make a dossier due-soon (default 24)'),
  limit: z.coerce.number().int().min(1).max(500).optional().describe('Items per page (default 50, at most 500)'),
  cursor: z
    .string()
    .max(4096)
    .optional()
    .describe("The previous page's nextCursor, unchanged, with the same filters (opaque, signed)"),
  knownAt: Moment.optional().describe('Recorded-time cut-off: the list as it stood then (auditors)'),
});

const WorkItemSchema = named(
  z.object({
    code: z.string(),
    field: z.string(),
    channel: z.string(),
    procedureCode: z.string().nullable(),
    receivedAt: z.string(),
    dueAt: z.string().describe('The due date in effect: the slip’s, moved by supplement waits (never by an apology)'),
    rescheduledDueAt: z.string().nullable().describe('The apology’s new date, when there was one'),
    status: z.enum(ITEM_STATUSES),
    finishedAt: z.string().nullable(),
    workingMsLeft: z
      .number()
      .nullable()
      .describe('Working time to dueAt from `at` (negative: overdue); null when finished or awaiting a supplement'),
    workingHoursLeft: z.number().nullable().describe('The same in working hours (2 decimals)'),
  }),
  'WorkItem',
);

export const WorkListResponse = z.object({
  office: z.string(),
  knownAt: z.string().nullable(),
  at: z.string().describe('The instant statuses are evaluated at (now at the first page; a cursor keeps it)'),
  status: z.enum(WORK_STATUSES),
  total: z.number().describe('Dossiers the filters select, over all pages'),
  items: z.array(WorkItemSchema),
  nextCursor: z.string().nullable().describe('Send as cursor for the next page; null on the last page'),
});

export const ChangesQuery = PeriodQuery.extend({
  knownAt: Moment.describe('The report as known at this time…'),
  against: Moment.optional().describe('…against as known at this later time (default: now)'),
});

const MovingEventSchema = z.object({
  type: z.string(),
  position: z.string(),
  occurredAt: z.string(),
  recordedAt: z.string(),
  actor: z.string(),
  eventId: z.string(),
});

export const ReportChangesSchema = named(
  z.object({
    office: z.string(),
    offices: z.array(z.string()),
    period: z.object({ from: z.string(), to: z.string() }),
    knownAt: z.string(),
    against: z.string().nullable(),
    cells: z.array(
      z.object({
        field: z.string().describe('The row: a field, or "" for the total row'),
        cell: z.enum(CELLS),
        before: z.number().describe('The number as known at knownAt'),
        after: z.number().describe('The number as known at against (or now)'),
        dossiers: z.array(
          z.object({
            office: z.string(),
            code: z.string(),
            before: z.boolean().describe('Counted in this cell as known at knownAt'),
            after: z.boolean().describe('Counted in this cell as known at against (or now)'),
            events: z.array(MovingEventSchema).describe('Events recorded after knownAt (up to against)'),
          }),
        ),
      }),
    ),
  }),
  'ReportChanges',
);

export const ImportQuery = z.object({
  dryRun: z
    .enum(['true', 'false', '1', '0', ''])
    .optional()
    .transform((v) => v === 'true' || v === '1' || v === '')
    .describe('true (or 1, or the bare flag ?dryRun): check every line and write nothing'),
});

export const ImportResponse = z.object({
  office: z.string(),
  dryRun: z.boolean(),
  ok: z.boolean().describe('false: some line was refused and nothing was written'),
  rows: z.number(),
  dossiers: z.number(),
  events: z.number().describe('Events written (or that a dry run would write)'),
  written: z.number().describe('Events written: 0 on a dry run or a refusal'),
  skipped: z.number().describe('Dossiers the ledger already held with the same facts'),
  issues: z.array(
    z.object({
      line: z.number(),
      column: z.string(),
      header: z.string().nullable(),
      code: z.string(),
      message: z.string(),
    }),
  ),
});

export const ImportProblem = ProblemSchema.extend(ImportResponse.shape).describe(
  'The import was refused (some line is bad): a problem document whose issues list every refused line',
);

export const StreamTokenBody = z.object({ office: OfficeParam });
export const StreamTokenResponse = z.object({
  token: z.string().describe('Send as ?token= on GET /v1/offices/{office}/events'),
  office: z.string(),
  expiresAt: z.string().describe('The stream must be opened before this time (about 60 s)'),
});
