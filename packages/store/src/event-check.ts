// Validation goes through the domain codec: the same upcasting and zod schemas that readers use,
// so the store never accepts an event its readers would refuse.
import { type DomainError, parseEvent, type Result } from '@motcua/domain';

export function checkEvent(raw: {
  type: unknown;
  schemaVersion: unknown;
  data: unknown;
  meta: unknown;
}): Result<unknown, DomainError> {
  return parseEvent(raw);
}
