// Runs one command: load the dossier, check If-Match, decide, append through group commit.
// Without If-Match a lost race is decided again on the fresh state (the client set no precondition);
// with If-Match it is a 412, exactly as if the revision had not matched up front.
import {
  type Decider,
  type DomainError,
  type DossierCommand,
  type DossierEvent,
  type DossierState,
  dossierStreamId,
  eventsOfCommand,
  parseEvent,
} from '@motcua/domain';
import { type AppendResult, type EventStore, StoreError, WrongExpectedRevision } from '@motcua/store';
import type { GroupCommit } from './group-commit.js';
import { text } from './lang.js';
import { HttpProblem } from './problem.js';

export interface CommandOutcome {
  readonly office: string;
  readonly dossierCode: string;
  readonly revision: bigint;
  readonly position: bigint;
  readonly events: readonly DossierEvent[];
  /** True when the command id had already been recorded and nothing new was written. */
  readonly replayed: boolean;
}

/** null: no precondition; '*': the dossier must exist; else one of these revisions. */
export type IfMatch = null | '*' | readonly bigint[];

export interface CommandService {
  /** Resolves with the outcome, or rejects with an HttpProblem (domain rejection, precondition, conflict). */
  execute(command: DossierCommand, ifMatch: IfMatch): Promise<CommandOutcome>;
  /** Current revision of a dossier's stream (-1n when it does not exist). */
  load(office: string, code: string): Promise<{ state: DossierState; revision: bigint; lastPosition: bigint }>;
}

export type DomainProblem = (e: DomainError) => HttpProblem;

const MAX_ATTEMPTS = 5;

/** The outcome of a command whose append the store answered. */
const written = (command: DossierCommand, r: AppendResult, events: readonly DossierEvent[]): CommandOutcome => ({
  office: command.office,
  dossierCode: command.dossierCode,
  revision: r.nextRevision,
  position: r.position,
  events,
  replayed: r.deduplicated,
});

export function createCommandService(deps: {
  store: EventStore;
  decider: Decider;
  commit: GroupCommit;
  domainProblem: DomainProblem;
}): CommandService {
  const { store, decider, commit, domainProblem } = deps;

  const load: CommandService['load'] = async (office, code) => {
    const recorded = await store.readStream(dossierStreamId(office, code));
    const events: DossierEvent[] = [];
    for (const r of recorded) {
      const parsed = parseEvent(r);
      if (!parsed.ok) {
        throw new StoreError(
          'STORE_CORRUPT',
          `stored event at position ${r.position} is unreadable: ${parsed.error.message}`,
        );
      }
      events.push(parsed.value);
    }
    let state = decider.initialState;
    for (const e of events) state = decider.evolve(state, e);
    const last = recorded.at(-1);
    return { state, revision: last ? last.revision : -1n, lastPosition: last ? last.position : -1n };
  };

  const shown = (m: Exclude<IfMatch, null>): string => (m === '*' ? '*' : m.map((r) => `"${r}"`).join(', '));
  const precondition = (ifMatch: Exclude<IfMatch, null>, actual: bigint): HttpProblem =>
    new HttpProblem(
      412,
      'PRECONDITION_FAILED',
      actual < 0n
        ? text(
            `đã gửi If-Match ${shown(ifMatch)} nhưng hồ sơ không tồn tại`,
            `If-Match ${shown(ifMatch)} given, but the dossier does not exist`,
          )
        : text(
            `đã gửi If-Match ${shown(ifMatch)} nhưng hồ sơ đang ở phiên bản "${actual}"`,
            `If-Match ${shown(ifMatch)} given, but the dossier is at revision "${actual}"`,
          ),
      undefined,
      actual >= 0n ? { etag: `"${actual}"` } : {},
    );

  // Commands on one dossier are decided one after another (each sees the state the previous one
  // left), so concurrent clients meet the lifecycle rules, not revision conflicts. Different dossiers
  // still share each group-commit batch.
  const lanes = new Map<string, Promise<unknown>>();
  const inLane = <T>(streamId: string, run: () => Promise<T>): Promise<T> => {
    const prev = lanes.get(streamId) ?? Promise.resolve();
    const next = prev.then(run, run);
    const tail = next.catch(() => {});
    lanes.set(streamId, tail);
    tail.then(() => {
      if (lanes.get(streamId) === tail) lanes.delete(streamId);
    });
    return next;
  };

  return {
    load,
    execute(command, ifMatch) {
      return inLane(dossierStreamId(command.office, command.dossierCode), () => executeNow(command, ifMatch));
    },
  };

  async function executeNow(command: DossierCommand, ifMatch: IfMatch): Promise<CommandOutcome> {
    const streamId = dossierStreamId(command.office, command.dossierCode);
    // Receipts are nearly always of new dossiers: decide against the empty state and let the store's
    // "no stream yet" check catch the rare duplicate, instead of reading the stream first. A retried
    // command id is recognised by the store and answered from what it wrote the first time.
    if (ifMatch === null && (command.type === 'ReceiveDossier' || command.type === 'TransferIn')) {
      const decided = decider.decide(command, decider.initialState);
      if (decided.ok) {
        try {
          const r = await commit.append({ streamId, events: decided.value, expectedRevision: 'no-stream' });
          if (!r.deduplicated) return written(command, r, decided.value);
        } catch (e) {
          if (!(e instanceof WrongExpectedRevision)) throw e;
        }
      }
      // Not new after all (or refused): the full path below gives the exact answer.
    }
    for (let attempt = 1; ; attempt++) {
      const { state, revision, lastPosition } = await load(command.office, command.dossierCode);
      // A retry of a command whose events are already stored: answer from them, write nothing.
      const already = eventsOfCommand(state, command.meta.commandId);
      if (already.length > 0) {
        return {
          office: command.office,
          dossierCode: command.dossierCode,
          revision,
          position: lastPosition,
          events: already,
          replayed: true,
        };
      }
      const matches = ifMatch === null || (ifMatch === '*' ? revision >= 0n : ifMatch.includes(revision));
      if (ifMatch !== null && !matches) throw precondition(ifMatch, revision);
      const decided = decider.decide(command, state);
      if (!decided.ok) throw domainProblem(decided.error);
      try {
        const r = await commit.append({
          streamId,
          events: decided.value,
          expectedRevision: revision < 0n ? 'no-stream' : revision,
        });
        return written(command, r, decided.value);
      } catch (e) {
        if (!(e instanceof WrongExpectedRevision)) throw e;
        if (ifMatch !== null && ifMatch !== '*') {
          const actual = typeof e.actual === 'bigint' ? e.actual : -1n;
          throw precondition(ifMatch, actual);
        }
        if (attempt >= MAX_ATTEMPTS) {
          throw new HttpProblem(
            409,
            'REVISION_CONFLICT',
            text(
              `${command.office}/${command.dossierCode}: hồ sơ liên tục thay đổi; hãy gửi lại lệnh`,
              `${command.office}/${command.dossierCode}: the dossier kept changing; retry the command`,
            ),
          );
        }
      }
    }
  }
}
