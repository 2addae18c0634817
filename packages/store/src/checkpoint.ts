// Signed checkpoints: an auditor keeps a small text file stating "log L had N events ending in hash
// H", signed with Ed25519. Later, recomputing the chain and finding the same hash after N events
// proves the log was only appended to since; keys live in their own files, never in the ledger.
//
// File format (UTF-8, one field a line; the signature covers every line before it, newline-terminated):
//   motcua-checkpoint/v2
//   log: <log name>
//   size: <number of events>
//   head: <hex SHA-256 chain hash after `size` events>
//   at: <when it was signed, ISO 8601 in office time>
//   signature: <base64 Ed25519 signature>
// v1 files (no `at:` line) are still read and checked.

import { createPrivateKey, createPublicKey, generateKeyPairSync, type KeyObject, sign, verify } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { toVnIso } from '@motcua/domain';
import Database from 'better-sqlite3';
import type { ChainBreak } from './chain-breaks.js';
import { type EventStore, StoreError } from './port.js';
import { type VerifyOutcome, type VerifyTarget, verifyChain } from './verify.js';

const MAGIC_V1 = 'motcua-checkpoint/v1';
const MAGIC = 'motcua-checkpoint/v2';

export interface Checkpoint {
  readonly logName: string;
  readonly size: bigint;
  readonly headHash: string;
  /** When it was signed (signed with the rest); null for a v1 checkpoint, which did not say. */
  readonly signedAt: string | null;
  /** Base64 Ed25519 signature over the checkpoint's lines before it. */
  readonly signature: string;
}

export interface KeyPairPem {
  readonly publicKeyPem: string;
  readonly privateKeyPem: string;
}

/** A key as PEM text, a path to a PEM file, or a KeyObject. */
export type KeyInput = string | KeyObject;

export type CheckpointCheck =
  | {
      readonly ok: true;
      readonly logName: string;
      /** Events in the log when the checkpoint was signed. */
      readonly checkpointSize: bigint;
      /** Events in the log now (>= checkpointSize). */
      readonly size: bigint;
      readonly headHash: string;
    }
  | {
      readonly ok: false;
      /** Why, in English (logs, programs); `why` says it as data, for words in the reader's language. */
      readonly reason: string;
      readonly why: CheckpointFailure;
      readonly firstBadPosition?: bigint;
    };

/** Why a checkpoint does not hold, as data. */
export type CheckpointFailure =
  | { readonly kind: 'not-a-checkpoint' }
  | { readonly kind: 'signature' }
  | { readonly kind: 'other-log'; readonly checkpointLog: string; readonly log: string }
  /** The log's own hash chain breaks (firstBadPosition says where, `break` what). */
  | { readonly kind: 'chain'; readonly break: ChainBreak }
  | { readonly kind: 'removed'; readonly size: bigint; readonly signedSize: bigint }
  | { readonly kind: 'rewritten'; readonly signedSize: bigint };

/** What an INVALID_CHECKPOINT StoreError is about (its details' `why`), for words in the reader's language. */
export type CheckpointRefusal = 'private-key' | 'public-key' | 'not-a-checkpoint' | 'log-name';

/** A new Ed25519 key pair; written to the given files when paths are given (private key mode 0600). */
export function generateKeyPair(options: { privateKeyPath?: string; publicKeyPath?: string } = {}): KeyPairPem {
  const { publicKey, privateKey } = generateKeyPairSync('ed25519');
  const pair = {
    publicKeyPem: publicKey.export({ type: 'spki', format: 'pem' }).toString(),
    privateKeyPem: privateKey.export({ type: 'pkcs8', format: 'pem' }).toString(),
  };
  if (options.privateKeyPath) {
    mkdirSync(dirname(options.privateKeyPath), { recursive: true });
    writeFileSync(options.privateKeyPath, pair.privateKeyPem, { mode: 0o600, flag: 'wx' });
  }
  if (options.publicKeyPath) {
    mkdirSync(dirname(options.publicKeyPath), { recursive: true });
    writeFileSync(options.publicKeyPath, pair.publicKeyPem, { flag: 'wx' });
  }
  return pair;
}

const pemOrFile = (k: string): string => (k.trimStart().startsWith('-----BEGIN') ? k : readFileSync(k, 'utf8'));

function privateKeyOf(k: KeyInput): KeyObject {
  const key = typeof k === 'string' ? createPrivateKey(pemOrFile(k)) : k;
  if (key.asymmetricKeyType !== 'ed25519') throw badCheckpoint('private-key', 'the private key is not an Ed25519 key');
  return key;
}

function publicKeyOf(k: KeyInput): KeyObject {
  const key = typeof k === 'string' ? createPublicKey(pemOrFile(k)) : k.type === 'private' ? createPublicKey(k) : k;
  if (key.asymmetricKeyType !== 'ed25519') throw badCheckpoint('public-key', 'the public key is not an Ed25519 key');
  return key;
}

const badCheckpoint = (why: CheckpointRefusal, message: string) =>
  new StoreError('INVALID_CHECKPOINT', message, { why });

function signedText(cp: Omit<Checkpoint, 'signature'>): string {
  const base = `log: ${cp.logName}\nsize: ${cp.size}\nhead: ${cp.headHash}\n`;
  return cp.signedAt === null ? `${MAGIC_V1}\n${base}` : `${MAGIC}\n${base}at: ${cp.signedAt}\n`;
}

export function formatCheckpoint(cp: Checkpoint): string {
  return `${signedText(cp)}signature: ${cp.signature}\n`;
}

export function parseCheckpoint(text: string): Checkpoint {
  const lines = text.replace(/\r\n/g, '\n').replace(/\n+$/, '').split('\n');
  const v2 = lines[0] === MAGIC && lines.length === 6;
  if (!v2 && !(lines[0] === MAGIC_V1 && lines.length === 5)) {
    throw badCheckpoint(
      'not-a-checkpoint',
      `not a checkpoint file: expected "${MAGIC}" and its lines (or "${MAGIC_V1}")`,
    );
  }
  const field = (i: number, name: string, re: RegExp): string => {
    const line = lines[i]!;
    const prefix = `${name}: `;
    const value = line.startsWith(prefix) ? line.slice(prefix.length) : undefined;
    if (value === undefined || !re.test(value)) {
      throw badCheckpoint('not-a-checkpoint', `checkpoint line ${i + 1}: expected "${name}: …"`);
    }
    return value;
  };
  return {
    logName: field(1, 'log', /^[^\n]{1,200}$/),
    size: BigInt(field(2, 'size', /^(0|[1-9]\d{0,18})$/)),
    headHash: field(3, 'head', /^[0-9a-f]{64}$/),
    signedAt: v2 ? field(4, 'at', /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/) : null,
    signature: field(v2 ? 5 : 4, 'signature', /^[A-Za-z0-9+/]+={0,2}$/),
  };
}

/** The log's own name: the id stored in a SQLite ledger, or "memory" for an in-memory store. */
export function logNameOf(target: VerifyTarget): string {
  if (typeof target === 'string') {
    const db = new Database(target, { readonly: true, fileMustExist: true });
    try {
      return db.prepare("SELECT value FROM store_info WHERE key = 'log_id'").pluck().get() as string;
    } finally {
      db.close();
    }
  }
  const id = (target as EventStore & { logId?: unknown }).logId;
  return typeof id === 'string' ? id : 'memory';
}

/**
 * Verifies the log, then signs {log name, size, head hash}. Refuses to sign a broken chain.
 * Writes the checkpoint to `outPath` when given; returns it and its text either way.
 */
export async function signCheckpoint(options: {
  readonly log: VerifyTarget;
  readonly privateKey: KeyInput;
  readonly logName?: string;
  readonly outPath?: string;
  /**
   * The signing time, written into it and signed (format v2, as routine checkpoints are). Without it the
   * checkpoint is v1, as `motcua checkpoint sign` has always written it.
   */
  readonly at?: Date;
}): Promise<{ checkpoint: Checkpoint; text: string }> {
  const logName = options.logName ?? logNameOf(options.log);
  if (!/^[^\n\r]{1,200}$/.test(logName)) throw badCheckpoint('log-name', 'log name: 1-200 characters, no line breaks');
  const key = privateKeyOf(options.privateKey);
  const v = await verifyChain(options.log);
  if (!v.ok) {
    throw new StoreError(
      'STORE_CORRUPT',
      `refusing to sign a broken log: position ${v.firstBadPosition}: ${v.reason}`,
      { firstBadPosition: v.firstBadPosition, break: v.break },
    );
  }
  const unsigned = {
    logName,
    size: v.size,
    headHash: v.headHash,
    signedAt: options.at ? toVnIso(options.at.getTime()) : null,
  };
  const signature = sign(null, Buffer.from(signedText(unsigned), 'utf8'), key).toString('base64');
  const checkpoint: Checkpoint = { ...unsigned, signature };
  const text = formatCheckpoint(checkpoint);
  if (options.outPath) {
    mkdirSync(dirname(options.outPath), { recursive: true });
    writeFileSync(options.outPath, text);
  }
  return { checkpoint, text };
}

/**
 * Checks a log against a checkpoint signed earlier: the signature holds, the chain is intact, the
 * log has at least the checkpoint's events and its hash after that many events is the signed one —
 * so everything since the checkpoint was appended, nothing before it changed.
 * `checkpoint` is a Checkpoint, its text, or the path of its file.
 */
export async function verifyCheckpoint(options: {
  readonly log: VerifyTarget;
  readonly checkpoint: Checkpoint | string;
  readonly publicKey: KeyInput;
  /** The name the log must have; defaults to the log's own name (see logNameOf). */
  readonly logName?: string;
  /**
   * A walk of this log already made with `rememberAt` including the checkpoint's size: judged instead of
   * walking the chain again (a caller that verifies the log anyway walks it once). Ignored when it does not
   * remember that size.
   */
  readonly chain?: VerifyOutcome;
}): Promise<CheckpointCheck> {
  let cp: Checkpoint;
  try {
    const c = options.checkpoint;
    cp = typeof c === 'string' ? parseCheckpoint(c.startsWith('motcua-checkpoint/') ? c : readFileSync(c, 'utf8')) : c;
  } catch (e) {
    return { ok: false, reason: (e as Error).message, why: { kind: 'not-a-checkpoint' } };
  }
  const key = publicKeyOf(options.publicKey);
  const signed = Buffer.from(signedText(cp), 'utf8');
  if (!verify(null, signed, key, Buffer.from(cp.signature, 'base64'))) {
    return {
      ok: false,
      reason: 'the checkpoint signature does not match (wrong key, or the checkpoint was edited)',
      why: { kind: 'signature' },
    };
  }
  const expectedName = options.logName ?? logNameOf(options.log);
  if (cp.logName !== expectedName) {
    return {
      ok: false,
      reason: `the checkpoint is for log "${cp.logName}", not "${expectedName}"`,
      why: { kind: 'other-log', checkpointLog: cp.logName, log: expectedName },
    };
  }
  const given = options.chain;
  const v =
    given && (!given.ok || given.size < cp.size || given.hashAt?.has(cp.size))
      ? given
      : await verifyChain(options.log, { rememberAt: [cp.size] });
  return checkpointAgainstChain(cp, v);
}

/**
 * Whether a log, walked with `rememberAt` including the checkpoint's size, still holds what a checkpoint
 * whose signature and log name were already checked vouches for: its chain intact, at least the signed
 * events, the signed hash after them. The rule of verifyCheckpoint, for callers that checked the rest.
 */
export function checkpointAgainstChain(cp: Checkpoint, v: VerifyOutcome): CheckpointCheck {
  if (!v.ok) {
    return {
      ok: false,
      reason: `the log's hash chain breaks at position ${v.firstBadPosition}: ${v.reason}`,
      why: { kind: 'chain', break: v.break },
      firstBadPosition: v.firstBadPosition,
    };
  }
  if (v.size < cp.size) {
    return {
      ok: false,
      reason: `the log holds ${v.size} events but the checkpoint vouches for ${cp.size}: events were removed`,
      why: { kind: 'removed', size: v.size, signedSize: cp.size },
      firstBadPosition: v.size + 1n,
    };
  }
  const at = v.hashAt?.get(cp.size);
  if (at !== cp.headHash) {
    return {
      ok: false,
      reason: `the chain hash after ${cp.size} events differs from the checkpoint: the log was rewritten, not only appended to`,
      why: { kind: 'rewritten', signedSize: cp.size },
    };
  }
  return { ok: true, logName: cp.logName, checkpointSize: cp.size, size: v.size, headHash: v.headHash };
}

/**
 * Whether the checkpoint's signature is the given key's, before any log is read: lets a caller tell a
 * forged or edited checkpoint (or the wrong key) apart from a log that no longer matches a true one.
 * Throws INVALID_CHECKPOINT when the key is not an Ed25519 public (or private) key.
 */
export function checkpointSignatureHolds(cp: Checkpoint, publicKey: KeyInput): boolean {
  let key: KeyObject;
  try {
    key = publicKeyOf(publicKey);
  } catch (e) {
    if (e instanceof StoreError) throw e;
    throw badCheckpoint('public-key', 'the public key is not a PEM Ed25519 key');
  }
  return verify(null, Buffer.from(signedText(cp), 'utf8'), key, Buffer.from(cp.signature, 'base64'));
}
