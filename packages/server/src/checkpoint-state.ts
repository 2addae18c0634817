// What /v1/audit/verify says of routine checkpoints: the newest one in the ledger's checkpoint folder, how
// old it is, and (given a key) whether the log still holds exactly the events it vouches for. A checkpoint
// proves the first `size` events are those that were signed; a forged append after it needs another one.
import {
  checkpointFailureText,
  type KeyInput,
  listCheckpoints,
  type StoredCheckpoint,
  type VerifyOutcome,
  verifyCheckpoint,
} from '@motcua/store';

export interface CheckpointSettings {
  /** Where routine checkpoints are written (`<ledger>.checkpoints` for `motcua serve`). */
  readonly folder: string;
  /** The ledger file they vouch for. */
  readonly ledgerPath: string;
  /** A public key (or the private one, from which it is derived) to check the newest against the log. */
  readonly key?: KeyInput;
}

export interface CheckpointState {
  readonly file: string;
  readonly size: string;
  readonly signedAt: string | null;
  readonly ageSeconds: number | null;
  readonly holds: boolean | null;
  readonly reason: string | null;
}

/** The newest routine checkpoint, found before the log is walked so that the one walk remembers its size. */
export const newestCheckpoint = (settings: CheckpointSettings): StoredCheckpoint | null =>
  listCheckpoints(settings.folder).newest;

/** What to say of `newest`, judged (given a key) on `chain`: the walk of the log made with its size remembered. */
export async function checkpointState(
  settings: CheckpointSettings,
  newest: StoredCheckpoint,
  now: Date,
  chain: VerifyOutcome,
  lang: 'vi' | 'en',
): Promise<CheckpointState> {
  const { checkpoint } = newest;
  const signed = checkpoint.signedAt === null ? null : Date.parse(checkpoint.signedAt);
  const check = settings.key
    ? await verifyCheckpoint({ log: settings.ledgerPath, checkpoint, publicKey: settings.key, chain })
    : null;
  return {
    file: newest.path,
    size: checkpoint.size.toString(),
    signedAt: checkpoint.signedAt,
    ageSeconds: signed === null ? null : Math.max(0, Math.round((now.getTime() - signed) / 1000)),
    holds: check === null ? null : check.ok,
    reason: check === null || check.ok ? null : checkpointFailureText(check.why, check.reason, lang),
  };
}
