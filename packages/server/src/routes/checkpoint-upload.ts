// POST /v1/audit/checkpoints: an auditor uploads a signed checkpoint file (the text `motcua checkpoint sign`
// writes) and learns whether the log still holds exactly the events it vouches for. Nothing is written.
// The public key is the `publicKey` query parameter (PEM text: a public key is not a secret), or by default
// the server's own checkpoint key (`motcua serve --checkpoint-key`), whose public part is derived.
import {
  type Checkpoint,
  checkpointAgainstChain,
  checkpointFailureText,
  checkpointSignatureHolds,
  type EventStore,
  type KeyInput,
  logNameOf,
  parseCheckpoint,
  StoreError,
  verifyChain,
} from '@motcua/store';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { languageHeaders, negotiateLanguage, type Text, text } from '../lang.js';
import { HttpProblem } from '../problem.js';
import { ProblemSchema, readProblems } from '../schemas/common.js';

export interface CheckpointUploadDeps {
  readonly store: EventStore;
  /** The key routine checkpoints are checked with (private or public; PEM text or a file path). */
  readonly key?: KeyInput | undefined;
  readonly now: () => Date;
}

/** A checkpoint file is six short lines; anything near this is not one. */
const CHECKPOINT_BODY_LIMIT = 16 * 1024;

const CheckpointQuery = z.object({
  publicKey: z
    .string()
    .max(4096)
    .optional()
    .describe("The signer's Ed25519 public key as PEM text; default: the server's own checkpoint key"),
});

const CheckpointCheckResponse = z.object({
  /** true when the log's first `size` events are exactly those the checkpoint signed. */
  holds: z.boolean(),
  logName: z.string(),
  /** Events the checkpoint vouches for (a decimal string). */
  size: z.string(),
  /** The signed chain hash after `size` events. */
  headHash: z.string(),
  /** When it was signed (null for a v1 checkpoint, which does not say). */
  signedAt: z.string().nullable(),
  /** Events in the log now, when its chain is intact (a decimal string). */
  logSize: z.string().nullable(),
  /** Where the log first differs from what was signed, when a position can be named. */
  firstBadPosition: z.string().nullable(),
  /** Why it does not hold, in the negotiated language; null when it holds. */
  reason: z.string().nullable(),
  checkedAt: z.string(),
});

type Verdict =
  | { holds: true; logSize: bigint }
  | { holds: false; logSize: bigint | null; at: bigint | null; why: Text };

/** The log against a checkpoint whose signature already holds: verifyCheckpoint's rule, in its words. */
async function compare(store: EventStore, cp: Checkpoint): Promise<Verdict> {
  const v = await verifyChain(store, { rememberAt: [cp.size] });
  const check = checkpointAgainstChain(cp, v);
  if (check.ok) return { holds: true, logSize: check.size };
  return {
    holds: false,
    logSize: v.ok ? v.size : null,
    at: check.firstBadPosition ?? null,
    why: text(checkpointFailureText(check.why, check.reason, 'vi'), check.reason),
  };
}

const unreadable = (vi: string, en: string) => new HttpProblem(400, 'INVALID_CHECKPOINT', text(vi, en));

export const checkpointUploadRoutes: FastifyPluginAsyncZod<CheckpointUploadDeps> = async (app, deps) => {
  // Only this plugin reads a text/plain body; every other route still answers it with 415.
  app.addContentTypeParser('text/plain', { parseAs: 'string', bodyLimit: CHECKPOINT_BODY_LIMIT }, (_req, body, done) =>
    done(null, body),
  );

  app.post(
    '/v1/audit/checkpoints',
    {
      config: { access: { kind: 'verify' } },
      bodyLimit: CHECKPOINT_BODY_LIMIT,
      schema: {
        tags: ['audit'],
        summary: 'Check an uploaded checkpoint file against the log (nothing is written)',
        description:
          'Body: the checkpoint file itself (Content-Type text/plain), as `motcua checkpoint sign` writes it. ' +
          "publicKey: the signer's public key (PEM text); without it, the server's own --checkpoint-key. 200 " +
          'with holds=true when the log still holds exactly the signed events, holds=false with reason (and ' +
          'firstBadPosition when one can be named) when it does not; 400 INVALID_CHECKPOINT for a file that is ' +
          'not a checkpoint or a missing or unreadable key; 422 CHECKPOINT_SIGNATURE_MISMATCH when the signature ' +
          "is not that key's (an edited checkpoint, or the wrong key). Auditors and admins.",
        querystring: CheckpointQuery,
        body: z.string().describe('The checkpoint file (text/plain)'),
        consumes: ['text/plain'],
        response: {
          200: CheckpointCheckResponse,
          ...readProblems,
          413: ProblemSchema,
          415: ProblemSchema,
          422: ProblemSchema,
        },
      },
    },
    async (req, reply) => {
      let cp: Checkpoint;
      try {
        cp = parseCheckpoint(req.body);
      } catch (e) {
        if (!(e instanceof StoreError)) throw e;
        throw unreadable(
          'tệp này không phải điểm kiểm tra: cần dòng đầu "motcua-checkpoint/v2" (hoặc v1) và các dòng log, size, head, at, signature',
          `this file is not a checkpoint: ${e.message}`,
        );
      }
      const key = req.query.publicKey?.trim() ? req.query.publicKey : deps.key;
      if (key === undefined) {
        throw unreadable(
          'cần khóa công khai của người ký (tham số publicKey, dạng PEM): máy chủ này không được cấp khóa điểm kiểm tra',
          "the signer's public key is needed (the publicKey parameter, PEM text): this server was given no checkpoint key",
        );
      }
      if (typeof key === 'string' && key === req.query.publicKey && !key.trimStart().startsWith('-----BEGIN')) {
        throw unreadable('khóa công khai phải là văn bản PEM', 'the public key must be PEM text');
      }
      let signed: boolean;
      try {
        signed = checkpointSignatureHolds(cp, key);
      } catch (e) {
        if (!(e instanceof StoreError) && !(e instanceof Error && 'code' in e)) throw e;
        throw unreadable(
          'khóa công khai không phải khóa Ed25519 đọc được',
          'the public key is not a readable Ed25519 key',
        );
      }
      if (!signed) {
        throw new HttpProblem(
          422,
          'CHECKPOINT_SIGNATURE_MISMATCH',
          text(
            'chữ ký không khớp: điểm kiểm tra đã bị sửa, hoặc khóa công khai không phải của người ký',
            "the signature does not match: the checkpoint was edited, or the public key is not the signer's",
          ),
        );
      }
      const logName = logNameOf(deps.store);
      const verdict: Verdict =
        cp.logName === logName
          ? await compare(deps.store, cp)
          : {
              holds: false,
              logSize: null,
              at: null,
              why: text(
                `điểm kiểm tra này của sổ cái "${cp.logName}", không phải sổ cái "${logName}" của máy chủ này`,
                `this checkpoint is for log "${cp.logName}", not this server's log "${logName}"`,
              ),
            };
      const lang = negotiateLanguage(req.headers['accept-language']);
      reply.headers(languageHeaders(lang));
      return {
        holds: verdict.holds,
        logName: cp.logName,
        size: cp.size.toString(),
        headHash: cp.headHash,
        signedAt: cp.signedAt,
        logSize: verdict.logSize === null ? null : verdict.logSize.toString(),
        firstBadPosition: verdict.holds || verdict.at === null ? null : verdict.at.toString(),
        reason: verdict.holds ? null : verdict.why[lang],
        checkedAt: deps.now().toISOString(),
      };
    },
  );
};
