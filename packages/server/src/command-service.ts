// The server's side of running a command: the store's command handler (no HTTP in it) appending through
// the group commit, its typed failures turned into problem details here, at the edge.
import { type Decider, type DossierCommand, dossierStreamId } from '@motcua/domain';
import {
  type CommandOutcome,
  createCommandHandler,
  type EventStore,
  type IfMatch,
  type LoadedDossier,
} from '@motcua/store';
import { commandProblem } from './errors-http.js';
import type { GroupCommit } from './group-commit.js';

export type { CommandOutcome, IfMatch } from '@motcua/store';

export interface CommandService {
  /** Resolves with the outcome, or rejects with an HttpProblem (domain rejection, precondition, conflict). */
  execute(command: DossierCommand, ifMatch: IfMatch): Promise<CommandOutcome>;
  /** Current revision of a dossier's stream (-1n when it does not exist). */
  load(office: string, code: string): Promise<LoadedDossier>;
  /** Whether the dossier has a stream: the store's existence check, no read of its events. */
  exists(office: string, code: string): Promise<boolean>;
}

export function createCommandService(deps: {
  store: EventStore;
  decider: Decider;
  commit: GroupCommit;
}): CommandService {
  const handler = createCommandHandler({
    store: deps.store,
    decider: deps.decider,
    append: (r) => deps.commit.append(r),
  });
  return {
    load: handler.load,
    exists: (office, code) => deps.store.streamExists(dossierStreamId(office, code)),
    async execute(command, ifMatch) {
      const result = await handler.execute(command, ifMatch);
      if (result.ok) return result.value;
      throw commandProblem(result.error);
    },
  };
}
