// Instants as a clerk reads them: office time (+07:00), whatever offset they were written or stored in
// (recordedAt is stored in UTC, "…Z").
import { toVnIso } from '@motcua/domain';

export const officeTime = (iso: string): string => {
  const ms = Date.parse(iso);
  return Number.isNaN(ms) ? iso : toVnIso(ms);
};
