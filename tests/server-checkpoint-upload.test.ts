// POST /v1/audit/checkpoints: a checkpoint file uploaded as text, checked against the served log with the
// signer's public key (or the server's own checkpoint key). A real server over a real SQLite file; the
// tampering is a row edited in that file, as an intruder with the file would do it.
import { generateKeyPair, signCheckpoint } from '@motcua/store';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auth, call, type KeyName, receiveBody, startTestServer, type TestServer } from './server-helpers.js';

const signer = generateKeyPair();
const stranger = generateKeyPair();
let s: TestServer;
let checkpoint: string;

beforeAll(async () => {
  // The server is given the signer's private key, as `motcua serve --checkpoint-key` gives it.
  s = await startTestServer({
    checkpoints: { folder: '/nonexistent-checkpoints', ledgerPath: '', key: signer.privateKeyPem },
  });
  for (const code of ['CP-1', 'CP-2', 'CP-3']) {
    const r = await call(s.base, 'POST', '/v1/offices/A/dossiers', { who: 'clerkA', body: receiveBody(code) });
    expect(r.status).toBe(201);
  }
  ({ text: checkpoint } = await signCheckpoint({ log: s.store, privateKey: signer.privateKeyPem, at: new Date() }));
});
afterAll(() => s.close());

const upload = (body: string, opts: { who?: KeyName; publicKey?: string; lang?: string; type?: string } = {}) =>
  call(
    s.base,
    'POST',
    `/v1/audit/checkpoints${opts.publicKey ? `?publicKey=${encodeURIComponent(opts.publicKey)}` : ''}`,
    {
      raw: body,
      headers: {
        ...auth(opts.who ?? 'auditorA'),
        'content-type': opts.type ?? 'text/plain; charset=utf-8',
        ...(opts.lang ? { 'accept-language': opts.lang } : {}),
      },
    },
  );

describe('a good checkpoint', () => {
  it('holds, with the public key given', async () => {
    const r = await upload(checkpoint, { publicKey: signer.publicKeyPem });
    expect(r.status).toBe(200);
    expect(r.json).toMatchObject({ holds: true, firstBadPosition: null, reason: null });
    expect(BigInt(r.json.size)).toBeGreaterThan(0n);
    expect(r.json.logSize).toBe(r.json.size);
    expect(r.json.headHash).toMatch(/^[0-9a-f]{64}$/);
    expect(r.json.signedAt).not.toBeNull();
  });

  it("holds with the server's own checkpoint key by default, for an admin too", async () => {
    const r = await upload(checkpoint, { who: 'admin' });
    expect(r.status).toBe(200);
    expect(r.json.holds).toBe(true);
  });

  it('still holds after more events are appended, saying how many the log has now', async () => {
    expect(
      (await call(s.base, 'POST', '/v1/offices/A/dossiers', { who: 'clerkA', body: receiveBody('CP-4') })).status,
    ).toBe(201);
    const r = await upload(checkpoint);
    expect(r.json.holds).toBe(true);
    expect(BigInt(r.json.logSize)).toBeGreaterThan(BigInt(r.json.size));
  });
});

describe('what is refused', () => {
  it('garbage is a 400 problem in Vietnamese, English on request', async () => {
    const r = await upload('xin chào, đây không phải điểm kiểm tra');
    expect(r.status).toBe(400);
    expect(r.headers.get('content-type')).toContain('application/problem+json');
    expect(r.json.code).toBe('INVALID_CHECKPOINT');
    expect(r.json.detail).toContain('không phải điểm kiểm tra');
    const en = await upload('garbage', { lang: 'en' });
    expect(en.json.detail).toContain('not a checkpoint');
  });

  it("a stranger's key is a 422 signature problem; a key that is not PEM is a 400", async () => {
    const r = await upload(checkpoint, { publicKey: stranger.publicKeyPem });
    expect(r.status).toBe(422);
    expect(r.json.code).toBe('CHECKPOINT_SIGNATURE_MISMATCH');
    expect(r.json.detail).toContain('chữ ký không khớp');
    const bad = await upload(checkpoint, { publicKey: '-----BEGIN PUBLIC KEY-----\nAAAA\n-----END PUBLIC KEY-----\n' });
    expect(bad.status).toBe(400);
    expect(bad.json.code).toBe('INVALID_CHECKPOINT');
  });

  it('an edited checkpoint does not pass its signature', async () => {
    const edited = checkpoint.replace(/^size: (\d+)$/m, (_, n) => `size: ${Number(n) - 1}`);
    expect(edited).not.toBe(checkpoint);
    const r = await upload(edited);
    expect(r.status).toBe(422);
  });

  it('a leader key is 403, a clerk key too', async () => {
    expect((await upload(checkpoint, { who: 'leaderA' })).status).toBe(403);
    expect((await upload(checkpoint, { who: 'clerkA' })).status).toBe(403);
  });

  it('other routes still refuse a text/plain body with 415', async () => {
    const r = await call(s.base, 'POST', '/v1/offices/A/dossiers', {
      who: 'clerkA',
      raw: JSON.stringify(receiveBody('CP-TXT')),
      headers: { 'content-type': 'text/plain' },
    });
    expect(r.status).toBe(415);
  });
});

describe('a tampered log', () => {
  it('does not hold, naming the first bad position, and nothing is written', async () => {
    const before = s.store.db.prepare('SELECT COUNT(*) FROM events').pluck().get();
    s.store.db.prepare("UPDATE events SET data = data || ' ' WHERE position = 2").run();
    const r = await upload(checkpoint);
    expect(r.status).toBe(200);
    expect(r.json.holds).toBe(false);
    expect(r.json.firstBadPosition).toBe('2');
    expect(r.json.reason).toContain('vị trí 2');
    expect(s.store.db.prepare('SELECT COUNT(*) FROM events').pluck().get()).toBe(before);
    const en = await upload(checkpoint, { lang: 'en' });
    expect(en.json.reason).toContain('position 2');
  });
});
