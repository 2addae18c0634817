// Runs one dossier command against an event store: load the dossier, check the caller's precondition,
// decide, append with the revision it decided on. Knows nothing of HTTP: it answers with the outcome or
// a typed failure, and each edge (the server's problem details, an embedder's own errors) says it in its
// own words. Model: Emmett's commandHandling/handleCommand.ts.
// Without a precondition a lost race is decided again on the fresh state (the caller asked for none);
// with one it fails exactly as if the revision had not matched up front.
import {
  type Decider,
  type DomainError,
  type DossierCommand,
  type DossierEvent,
  type DossierState,
  dossierStreamId,
  eventsOfCommand,
  parseEvent,
  type Result,
} from '@motcua/domain';
import { type AppendRequest, type AppendResult, type EventStore, StoreError, WrongExpectedRevision } from './port.js';

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

/** Why a command was not recorded (store failures are thrown as StoreError, not returned). */
export type CommandFailure =
  /** The decider refused it: a lifecycle rule, bad input. */
  | { readonly kind: 'rejected'; readonly error: DomainError }
  /** The caller's precondition does not hold; `actual` is the dossier's revision, -1n when it does not exist. */
  | { readonly kind: 'precondition-failed'; readonly ifMatch: Exclude<IfMatch, null>; readonly actual: bigint }
  /** Other writers kept changing the dossier between load and append, `attempts` times. */
  | {
      readonly kind: 'kept-changing';
      readonly office: string;
      readonly dossierCode: string;
      readonly attempts: number;
    };

export type CommandResult = Result<CommandOutcome, CommandFailure>;

export interface LoadedDossier {
  readonly state: DossierState;
  /** Revision of the stream's last event, -1n when the dossier does not exist. */
  readonly revision: bigint;
  readonly lastPosition: bigint;
}

export interface CommandHandler {
  execute(command: DossierCommand, ifMatch?: IfMatch): Promise<CommandResult>;
  load(office: string, code: string): Promise<LoadedDossier>;
}

export interface CommandHandlerDeps {
  readonly store: EventStore;
  readonly decider: Decider;
  /** How decided events are appended (default: store.append). The server passes its group commit. */
  readonly append?: (request: AppendRequest) => Promise<AppendResult>;
  /** Loads of a dossier before giving up on a race (default 5). */
  readonly maxAttempts?: number;
}

const ok = <T>(value: T): Result<T, never> => ({ ok: true, value });
const fail = (error: CommandFailure): Result<never, CommandFailure> => ({ ok: false, error });

/** The outcome of a command whose append the store answered. */
const written = (command: DossierCommand, r: AppendResult, events: readonly DossierEvent[]): CommandOutcome => ({
  office: command.office,
  dossierCode: command.dossierCode,
  revision: r.nextRevision,
  position: r.position,
  events,
  replayed: r.deduplicated,
});

export function createCommandHandler(deps: CommandHandlerDeps): CommandHandler {
  const { store, decider } = deps;
  const append =
    deps.append ??
    ((r: AppendRequest) => store.append(r.streamId, r.events, r.expectedRevision) as Promise<AppendResult>);
  const maxAttempts = deps.maxAttempts ?? 5;

  const load: CommandHandler['load'] = async (office, code) => {
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

  // Commands on one dossier are decided one after another (each sees the state the previous one
  // left), so concurrent callers meet the lifecycle rules, not revision conflicts. Different dossiers
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

  async function executeNow(command: DossierCommand, ifMatch: IfMatch): Promise<CommandResult> {
    const streamId = dossierStreamId(command.office, command.dossierCode);
    // Receipts are nearly always of new dossiers: decide against the empty state and let the store's
    // "no stream yet" check catch the rare duplicate, instead of reading the stream first. A retried
    // command id is recognised by the store and answered from what it wrote the first time.
    if (ifMatch === null && (command.type === 'ReceiveDossier' || command.type === 'TransferIn')) {
      const decided = decider.decide(command, decider.initialState);
      if (decided.ok) {
        try {
          const r = await append({ streamId, events: decided.value, expectedRevision: 'no-stream' });
          if (!r.deduplicated) return ok(written(command, r, decided.value));
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
        return ok({
          office: command.office,
          dossierCode: command.dossierCode,
          revision,
          position: lastPosition,
          events: already,
          replayed: true,
        });
      }
      const matches = ifMatch === null || (ifMatch === '*' ? revision >= 0n : ifMatch.includes(revision));
      if (ifMatch !== null && !matches) return fail({ kind: 'precondition-failed', ifMatch, actual: revision });
      const decided = decider.decide(command, state);
      if (!decided.ok) return fail({ kind: 'rejected', error: decided.error });
      try {
        const r = await append({
          streamId,
          events: decided.value,
          expectedRevision: revision < 0n ? 'no-stream' : revision,
        });
        return ok(written(command, r, decided.value));
      } catch (e) {
        if (!(e instanceof WrongExpectedRevision)) throw e;
        if (ifMatch !== null && ifMatch !== '*') {
          return fail({ kind: 'precondition-failed', ifMatch, actual: typeof e.actual === 'bigint' ? e.actual : -1n });
        }
        if (attempt >= maxAttempts) {
          return fail({
            kind: 'kept-changing',
            office: command.office,
            dossierCode: command.dossierCode,
            attempts: attempt,
          });
        }
      }
    }
  }

  return {
    load,
    execute: (command, ifMatch = null) =>
      inLane(dossierStreamId(command.office, command.dossierCode), () => executeNow(command, ifMatch)),
  };
}
