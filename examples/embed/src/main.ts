// Another TypeScript project embedding @motcua/domain: it receives a birth registration at the Đông Sơn
// office, resolves it, returns the result and prints the dossier's state. Only the package's public
// entry point is used, as an outside project would.
import { pathToFileURL } from 'node:url';
import {
  type DossierCommand,
  type DossierEvent,
  type DossierState,
  dayOf,
  decide,
  dongSonOffice,
  evolve,
  initialState,
  parseEvent,
  sampleCatalogue,
} from '@motcua/domain';

export interface ExampleRun {
  readonly state: DossierState;
  readonly events: readonly DossierEvent[];
  readonly lines: readonly string[];
}

/** Runs one dossier through its life and describes it; throws if any step is rejected. */
export function runExample(): ExampleRun {
  const office = dongSonOffice.code;
  const dossierCode = 'H05.18-240115-0001';
  const procedure = sampleCatalogue.byCode('1.001193');
  if (!procedure) throw new Error('the sample catalogue has no birth registration');
  const issuedAt = '2024-01-16T16:00:00+07:00';
  const meta = (n: number) => ({ commandId: `embed-${n}`, actor: 'cong-chuc-tu-phap', issuedAt });
  const commands: DossierCommand[] = [
    {
      type: 'ReceiveDossier',
      office,
      dossierCode,
      procedureCode: procedure.code,
      channel: 'online',
      receivedAt: '2024-01-15T09:30:00+07:00',
      applicantRef: 'applicant-7f3a',
      meta: meta(1),
    },
    {
      type: 'ResolveDossier',
      office,
      dossierCode,
      decision: 'approved',
      at: '2024-01-15T15:00:00+07:00',
      meta: meta(2),
    },
    { type: 'ReturnResult', office, dossierCode, at: '2024-01-16T08:15:00+07:00', meta: meta(3) },
  ];

  let state: DossierState = initialState;
  const events: DossierEvent[] = [];
  for (const command of commands) {
    const result = decide(command, state);
    if (!result.ok) throw new Error(`${command.type} rejected: ${result.error.code}: ${result.error.message}`);
    for (const event of result.value) {
      // Store-and-reload, as a real embedding would: events go out as JSON and come back through the codec.
      const reloaded = parseEvent(JSON.parse(JSON.stringify(event)));
      if (!reloaded.ok) throw new Error(reloaded.error.message);
      state = evolve(state, reloaded.value);
      events.push(reloaded.value);
    }
  }

  // A rule at work: a second return is refused with a typed error.
  const again = decide({ type: 'ReturnResult', office, dossierCode, meta: meta(4) }, state);

  const lines =
    state.status === 'finished'
      ? [
          `dossier: ${state.office}/${state.code}`,
          `procedure: ${procedure.name} (${procedure.code}), field: ${state.field}`,
          `status: ${state.status} (${state.finishKind})`,
          `received: ${dayOf(state.receivedAt)}, due: ${dayOf(state.dueAt)}, finished: ${dayOf(state.finishedAt)}`,
          `outcome: ${dayOf(state.finishedAt) < dayOf(state.dueAt) ? 'early' : dayOf(state.finishedAt) === dayOf(state.dueAt) ? 'on time' : 'late'}`,
          `events: ${events.map((e) => e.type).join(', ')}`,
          `revision: ${state.revision}`,
          `second return: ${again.ok ? 'accepted' : again.error.code}`,
        ]
      : [`dossier: ${office}/${dossierCode}`, `status: ${state.status}`];
  return { state, events, lines };
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  for (const line of runExample().lines) console.log(line);
}
