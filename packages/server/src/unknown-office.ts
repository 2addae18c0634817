// An office nobody has declared or used is not a row of zeros: reads of it (reports, drill-downs,
// dossiers, the live feed) answer 404 with a problem document naming it, and writes to it are refused
// the same way unless the server was told offices may be created by their first dossier
// (`allowNewOffices`, `motcua serve --allow-new-offices`). Known offices: projections' knownOffices
// (the ledger's, and the hierarchy file's). Runs after the access hook, so a key that does not cover
// an office learns nothing about whether it exists.
import { isOfficeCode } from '@motcua/domain';
import type { KnownOffices } from '@motcua/projections';
import type { FastifyInstance } from 'fastify';
import { text } from './lang.js';
import { HttpProblem } from './problem.js';

export interface UnknownOfficeDeps {
  readonly known: KnownOffices;
  /** Writes may open an office the ledger and the hierarchy do not know (its first dossier creates it). */
  readonly allowNewOffices: boolean;
}

export function registerUnknownOffice(app: FastifyInstance, deps: UnknownOfficeDeps): void {
  app.addHook('onRequest', async (req) => {
    const kind = req.routeOptions.config?.access?.kind;
    if (kind !== 'read-office' && kind !== 'write-office') return;
    const office = (req.params as { office?: string } | undefined)?.office ?? '';
    // A code the office-code rule refuses is a 400 from the route's own validation, naming the rule.
    if (!isOfficeCode(office) || deps.known.has(office)) return;
    if (kind === 'write-office' && deps.allowNewOffices) return;
    throw unknownOfficeProblem(office, deps.known, kind === 'read-office' ? 'read' : 'write');
  });
}

/** The 404 for an office nobody knows, naming a known one that differs only in case. */
export function unknownOfficeProblem(office: string, known: KnownOffices, kind: 'read' | 'write'): HttpProblem {
  // Codes are case-sensitive; a code that differs from a known one only in case is most likely it.
  const near = known.list().find((o) => o.toLowerCase() === office.toLowerCase());
  const hint = near
    ? text(` (có phải ${near}? mã phân biệt chữ hoa, chữ thường)`, ` (did you mean ${near}? codes are case-sensitive)`)
    : text('', '');
  return new HttpProblem(
    404,
    'UNKNOWN_OFFICE',
    kind === 'read'
      ? text(
          `cơ quan ${office} không có trong sổ cái và không được khai báo trong tệp đơn vị${hint.vi}`,
          `office ${office} is not in the ledger and not declared in the units file${hint.en}`,
        )
      : text(
          `cơ quan ${office} chưa được biết${hint.vi}: hãy khai báo nó trong tệp đơn vị (--hierarchy) hoặc chạy máy chủ với --allow-new-offices`,
          `office ${office} is not known${hint.en}: declare it in the units file (--hierarchy) or start the server with --allow-new-offices`,
        ),
  );
}
