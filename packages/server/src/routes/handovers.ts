// POST /v1/offices/{office}/dossiers/{code}/handovers: a processing step handed on from one desk or unit to
// the next (issue 15, item 1). It is one more lifecycle command, so it is registered among the command
// routes' follow-ups and gets their ETag, If-Match, Idempotency-Key and problem details unchanged.
import { FieldSchema, LIMITS, PLAIN_TEXT, PLAIN_TEXT_RULE } from '@motcua/domain';
import { z } from 'zod';
import { At, Instant } from '../schemas/commands.js';

const Party = (what: string) => FieldSchema.regex(PLAIN_TEXT, PLAIN_TEXT_RULE).describe(what);

export const HandoverBody = z
  .object({
    fromUnit: Party('The desk or unit handing the dossier on (e.g. Bộ phận một cửa)'),
    giver: Party('The official who hands it on'),
    toUnit: Party('The desk or unit receiving it'),
    receiver: Party('The official who receives it'),
    stepDueAt: Instant.optional().describe("When the receiver's step is due, where the procedure sets one"),
    note: z.string().max(LIMITS.comment).optional(),
    at: At,
  })
  .strict();
type HandoverBody = z.infer<typeof HandoverBody>;

export const handoverRoute = {
  path: 'handovers',
  summary: 'Hand the dossier over to the next desk or unit (a processing step)',
  body: HandoverBody,
  command: (b: HandoverBody) => ({
    type: 'HandOverDossier' as const,
    fromUnit: b.fromUnit,
    giver: b.giver,
    toUnit: b.toUnit,
    receiver: b.receiver,
    ...(b.stepDueAt !== undefined ? { stepDueAt: b.stepDueAt } : {}),
    ...(b.note !== undefined ? { note: b.note } : {}),
    ...(b.at !== undefined ? { at: b.at } : {}),
  }),
};
