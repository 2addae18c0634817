// Decider specifications over events: given(events).when(command).then(events | rejected(code)).
// The history is stated as the facts it holds, not as commands replayed through the decider, so a
// rule's test does not depend on earlier commands being accepted (after Emmett's
// testing/deciderSpecification.ts). No test framework: a failed expectation throws SpecificationFailure,
// which every runner reports; `then` hands back what it checked for further assertions.
import { parseEvent } from './codec.js';
import type { DossierCommand } from './commands.js';
import { type Decider, type DossierState, defaultDecider } from './decider.js';
import type { DomainError, DomainErrorCode } from './errors.js';
import type { DossierEvent } from './events.js';

export interface Rejected {
  readonly rejected: DomainErrorCode;
}

/** The expectation that the command is refused with this code. */
export const rejected = (code: DomainErrorCode): Rejected => ({ rejected: code });

export class SpecificationFailure extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'SpecificationFailure';
  }
}

export interface Accepted {
  /** The state the command was decided on: the fold of the given events. */
  readonly state: DossierState;
  /** The events the decider made. */
  readonly events: DossierEvent[];
  /** The state after them. */
  readonly after: DossierState;
}

export interface When {
  /** The command must be accepted with exactly these events (compared as data). */
  then(expected: readonly DossierEvent[]): Accepted;
  /** The command must be refused with this code; the error is returned. */
  then(expected: Rejected): DomainError;
  /** The command must be accepted, whatever its events; for expectations on parts of them. */
  thenAccepted(): Accepted;
}

export interface Given {
  /** The state the given events fold to. */
  readonly state: DossierState;
  when(command: DossierCommand): When;
}

export type DeciderSpecification = (events: readonly DossierEvent[]) => Given;

const show = (v: unknown): string => {
  const s = JSON.stringify(v);
  return s === undefined ? String(v) : s.length > 2000 ? `${s.slice(0, 2000)}…` : s;
};

/** Structural equality of plain data (what events are): same own enumerable keys, same values. */
export function sameData(a: unknown, b: unknown): boolean {
  if (Object.is(a, b)) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  const ka = Object.keys(a).filter((k) => (a as Record<string, unknown>)[k] !== undefined);
  const kb = Object.keys(b).filter((k) => (b as Record<string, unknown>)[k] !== undefined);
  if (ka.length !== kb.length) return false;
  for (const k of ka) {
    if (!Object.hasOwn(b, k)) return false;
    if (!sameData((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k])) return false;
  }
  return true;
}

/** A specification over a decider (default: the default calendar and the sample catalogue). */
export function deciderSpecification(decider: Decider = defaultDecider): DeciderSpecification {
  return (given) => {
    given.forEach((e, i) => {
      // A history that could never have been stored proves nothing: say which given event is wrong.
      const parsed = parseEvent(JSON.parse(JSON.stringify(e)));
      if (!parsed.ok)
        throw new SpecificationFailure(`given event ${i} (${e.type}) is not valid: ${parsed.error.message}`);
    });
    const state = given.reduce<DossierState>(decider.evolve, decider.initialState);
    return {
      state,
      when(command) {
        const decided = () => decider.decide(command, state);
        const accepted = (): Accepted => {
          const r = decided();
          if (!r.ok) {
            throw new SpecificationFailure(
              `${command.type} was expected to be accepted, but was rejected: ${r.error.code} ${r.error.message}`,
            );
          }
          return { state, events: r.value, after: r.value.reduce<DossierState>(decider.evolve, state) };
        };
        function then(expected: readonly DossierEvent[]): Accepted;
        function then(expected: Rejected): DomainError;
        function then(expected: readonly DossierEvent[] | Rejected): Accepted | DomainError {
          if (!Array.isArray(expected)) {
            const code = (expected as Rejected).rejected;
            const r = decided();
            if (r.ok) {
              throw new SpecificationFailure(
                `${command.type} was expected to be rejected with ${code}, but was accepted: ${show(r.value)}`,
              );
            }
            if (r.error.code !== code) {
              throw new SpecificationFailure(
                `${command.type} was expected to be rejected with ${code}, not ${r.error.code}: ${r.error.message}`,
              );
            }
            return r.error;
          }
          const outcome = accepted();
          if (!sameData(outcome.events, expected)) {
            throw new SpecificationFailure(
              `${command.type} gave other events than expected:\n  expected ${show(expected)}\n  actual   ${show(outcome.events)}`,
            );
          }
          return outcome;
        }
        return { then, thenAccepted: accepted };
      },
    };
  };
}

/** given(events).when(command).then(events | rejected(code)) over the default decider. */
export const given: DeciderSpecification = deciderSpecification();
