export { chainHash, GENESIS_HASH, payloadHash } from './chain.js';
export { type ChainBreak, type ChainBreakCode, chainBreakText, checkpointFailureText } from './chain-breaks.js';
export {
  type Checkpoint,
  type CheckpointCheck,
  type CheckpointFailure,
  type CheckpointRefusal,
  checkpointAgainstChain,
  checkpointSignatureHolds,
  formatCheckpoint,
  generateKeyPair,
  type KeyInput,
  type KeyPairPem,
  logNameOf,
  parseCheckpoint,
  signCheckpoint,
  verifyCheckpoint,
} from './checkpoint.js';
export {
  type CheckpointListing,
  checkpointFolderOf,
  listCheckpoints,
  type StoredCheckpoint,
  writeRoutineCheckpoint,
} from './checkpoint-folder.js';
export {
  type CommandFailure,
  type CommandHandler,
  type CommandHandlerDeps,
  type CommandOutcome,
  type CommandResult,
  createCommandHandler,
  type IfMatch,
  type LoadedDossier,
} from './command-handler.js';
export { connectEsdbStore, type EsdbStoreOptions, esdbEventId } from './esdb.js';
export { createMemoryStore, type MemoryStore, type MemoryStoreOptions } from './memory.js';
export * from './port.js';
export type { KeptResponse, KeptResponses } from './postgres/kept-responses.js';
export { SCHEMA_VERSION as POSTGRES_SCHEMA_VERSION } from './postgres/migrations.js';
export { isPostgresConnectionString, redact as redactConnectionString } from './postgres/place.js';
export {
  openPostgresStore,
  type PgBulkWrite,
  type PostgresExtras,
  type PostgresStore,
  type PostgresStoreOptions,
} from './postgres/postgres.js';
export {
  fromWire,
  type Outcome,
  type OutcomeWire,
  outcomesFromWire,
  outcomesToWire,
  outcomeTransfer,
  type PreparedWire,
  toWire,
  wireTransfer,
} from './prepared-wire.js';
export {
  fileSnapshotShelf,
  type SnapshotClaims,
  type SnapshotShelf,
  SnapshotUnreadable,
  type StoredSnapshot,
  snapshotFileOf,
} from './snapshot-shelf.js';
export { SCHEMA_VERSION as SQLITE_SCHEMA_VERSION } from './sqlite/migrations.js';
export {
  type BulkWrite,
  openSqliteStore,
  type SqliteExtras,
  type SqliteStore,
  type SqliteStoreOptions,
} from './sqlite/sqlite.js';
export { removeStaleTemps, tempNameOf } from './stale-temps.js';
export {
  checkStreamName,
  type PreparedEvent,
  type PreparedRequest,
  prepareRequest,
  prepareSettled,
} from './validate.js';
export { type VerifyOptions, type VerifyOutcome, type VerifyResult, type VerifyTarget, verifyChain } from './verify.js';
