// POST /v1/offices/{office}/dossiers/{code}/handovers: a processing step handed on from one desk or unit to
// the next (issue 15, item 1). It is one more lifecycle command, so it is registered among the command
// routes' follow-ups and gets their ETag, If-Match, Idempotency-Key and problem details unchanged.
import { HandOverDossierSchema } from '@motcua/domain';
import { bodyOf } from '../schemas/commands.js';

const HandoverBody = bodyOf(HandOverDossierSchema, {
  fromUnit: 'The desk or unit handing the dossier on (e.g. Bộ phận một cửa)',
  giver: 'The official who hands it on',
  toUnit: 'The desk or unit receiving it',
  receiver: 'The official who receives it',
  stepDueAt: "When the receiver's step is due, where the procedure sets one",
});

export const handoverRoute = {
  path: 'handovers',
  summary: 'Hand the dossier over to the next desk or unit (a processing step)',
  type: 'HandOverDossier',
  body: HandoverBody,
} as const;
