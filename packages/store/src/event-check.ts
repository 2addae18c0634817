// Validation goes through the domain codec: the same upcasting and zod schemas that readers use,
// so the store never accepts an event its readers would refuse.
import {
  type DomainError,
  isUnitEventType,
  isValidEventFast,
  ok,
  parseEvent,
  parseUnitEvent,
  type Result,
} from '@motcua/domain';

export function checkEvent(raw: {
  type: unknown;
  schemaVersion: unknown;
  data: unknown;
  meta: unknown;
}): Result<unknown, DomainError> {
  // The codec's hand-written checks accept only what parseEvent accepts (fast-validation.test.ts);
  // the store keeps the event as given, so it needs the verdict, not parseEvent's copy of the event.
  if (isValidEventFast(raw)) return ok(undefined);
  // The units catalogue's events (issue 14) have their own schemas and stream.
  return isUnitEventType(raw.type) ? parseUnitEvent(raw) : parseEvent(raw);
}
