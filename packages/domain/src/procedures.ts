// The office's procedure catalogue (danh mục TTHC): data, validated when loaded, never trusted blindly.
import { z } from 'zod';
import type { TimeLimit } from './calendar.js';
import { dongSonProcedures } from './catalogue-dong-son.js';
import { type DomainError, domainError, err, ok, type Result } from './errors.js';
import { FieldSchema } from './events.js';

export const TimeLimitSchema = z
  .object({
    unit: z.enum(['workingDays', 'workingHours', 'calendarDays']),
    amount: z.number().positive().max(3650),
  })
  .strict() satisfies z.ZodType<TimeLimit>;

export const OnlineLevelSchema = z.enum(['full', 'partial', 'none']);
export type OnlineLevel = z.infer<typeof OnlineLevelSchema>;

export const ProcedureSchema = z
  .object({
    /** National procedure code from the public-service portal, e.g. "1.001193". */
    code: z.string().trim().min(1).max(64),
    /** Vietnamese name as published. */
    name: z.string().trim().min(1).max(500),
    /** Field (lĩnh vực): the Form 06 row the procedure's dossiers count in. */
    field: FieldSchema,
    timeLimit: TimeLimitSchema,
    onlineLevel: OnlineLevelSchema,
    /** Accepted regardless of the applicant's residence (phi địa giới hành chính). */
    nonGeographic: z.boolean(),
    /** Fee or charge in whole đồng; 0 when free. */
    feeVnd: z.number().int().nonnegative().max(1e12),
  })
  .strict();

export type Procedure = {
  readonly code: string;
  readonly name: string;
  readonly field: string;
  readonly timeLimit: TimeLimit;
  readonly onlineLevel: OnlineLevel;
  readonly nonGeographic: boolean;
  readonly feeVnd: number;
};

export interface ProcedureCatalogue {
  readonly procedures: readonly Procedure[];
  byCode(code: string): Procedure | undefined;
  /** Distinct fields in catalogue order. */
  fields(): string[];
}

const recordName = (data: unknown, index: number): string => {
  const code = (data as { code?: unknown } | null)?.code;
  return typeof code === 'string' ? `procedures[${index}] (${code})` : `procedures[${index}]`;
};

/** Builds a catalogue from validated procedures (no checks; use loadCatalogue for outside data). */
function catalogueOf(procedures: readonly Procedure[]): ProcedureCatalogue {
  const index = new Map(procedures.map((p) => [p.code, p]));
  const fields = [...new Set(procedures.map((p) => p.field))];
  return {
    procedures,
    byCode: (code) => index.get(code),
    fields: () => [...fields],
  };
}

/**
 * Validates catalogue data: an array of procedures, or `{ procedures: [...] }`. Every problem is reported
 * with the record's index and code and the field; duplicate codes are rejected. Nothing partly loaded.
 */
export function loadCatalogue(data: unknown): Result<ProcedureCatalogue, DomainError> {
  const list = Array.isArray(data) ? data : (data as { procedures?: unknown } | null)?.procedures;
  if (!Array.isArray(list)) {
    return err(
      domainError('INVALID_CATALOGUE', 'catalogue: expected an array of procedures or { procedures: [...] }', {
        issues: [{ path: 'procedures', message: 'expected an array' }],
      }),
    );
  }
  const issues: { path: string; message: string }[] = [];
  const procedures: Procedure[] = [];
  const firstIndexOf = new Map<string, number>();
  list.forEach((item, i) => {
    const r = ProcedureSchema.safeParse(item);
    const name = recordName(item, i);
    if (!r.success) {
      for (const issue of r.error.issues) {
        issues.push({ path: [name, ...issue.path.map(String)].join('.'), message: issue.message });
      }
      return;
    }
    const seen = firstIndexOf.get(r.data.code);
    if (seen !== undefined) {
      issues.push({ path: `${name}.code`, message: `duplicate code, already used by procedures[${seen}]` });
      return;
    }
    firstIndexOf.set(r.data.code, i);
    procedures.push(r.data);
  });
  if (issues.length > 0) {
    const shown = issues.slice(0, 10).map((i) => `${i.path}: ${i.message}`);
    const more = issues.length > 10 ? `; and ${issues.length - 10} more` : '';
    return err(domainError('INVALID_CATALOGUE', `catalogue: ${shown.join('; ')}${more}`, { issues }));
  }
  return ok(catalogueOf(procedures));
}

function mustLoad(data: unknown): ProcedureCatalogue {
  const r = loadCatalogue(data);
  if (!r.ok) throw new Error(r.error.message);
  return r.value;
}

/** The sample catalogue of the Đông Sơn commune one-stop office (validated at import). */
export const sampleCatalogue: ProcedureCatalogue = mustLoad(dongSonProcedures);
