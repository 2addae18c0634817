// GET /v1/offices: the offices this key may see, named where the units catalogue names them. A page
// starts here to offer only what the key covers; the server still checks every request.
import { unitsOfOffice } from '@motcua/domain';
import type { KnownOffices } from '@motcua/projections';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { coversOffice } from '../auth.js';
import type { HierarchyIndex } from '../hierarchy.js';
import { readProblems } from '../schemas/common.js';
import { OfficesResponse } from '../schemas/web.js';
import type { UnitDirectory } from '../unit-directory.js';

export interface OfficesDeps {
  readonly known: KnownOffices;
  readonly hierarchy: HierarchyIndex;
  /** The units catalogue recorded in the log: names an office the hierarchy file does not. */
  readonly units?: UnitDirectory;
}

export const officesRoutes: FastifyPluginAsyncZod<OfficesDeps> = async (app, deps) => {
  app.get(
    '/v1/offices',
    {
      config: { access: { kind: 'authenticated' } },
      schema: {
        tags: ['catalogue'],
        summary: 'The offices this key may see (the ledger’s and the units catalogue’s), with their names',
        description:
          'A clerk, leader or auditor key: the offices it lists and those below the units it lists; an admin key: ' +
          'every known office. name and unit come from the units catalogue (serve --hierarchy), null when absent.',
        response: { 200: OfficesResponse, ...readProblems },
      },
    },
    async (req) => {
      const p = req.principal!;
      const declared = new Map(deps.hierarchy.hierarchy.offices.map((o) => [o.code, o]));
      const catalogue = deps.units?.catalogue();
      const unitsOf = deps.units?.unitsOf ?? deps.hierarchy.unitsOf;
      const catalogued = (code: string) => (catalogue ? unitsOfOffice(catalogue, code).at(-1) : undefined);
      const offices = deps.known
        .list()
        .filter((code) => coversOffice(p, code, unitsOf))
        .map((code) => {
          const file = declared.get(code);
          const unit = file ? undefined : catalogued(code);
          return { code, name: file?.name ?? unit?.name ?? null, unit: file?.unit ?? unit?.code ?? null };
        });
      return { offices };
    },
  );
};
