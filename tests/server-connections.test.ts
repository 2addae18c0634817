// What a slow or greedy client can hold: a request whose headers or body never finish is closed after the
// request timeout, and one address may hold only so many connections while others are still served.
// Real servers on ports, raw TCP sockets; 127.0.0.2 (loopback too) stands for another client machine.
import { get } from 'node:http';
import { connect, type Socket } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { KEYS, startTestServer, type TestServer } from './server-helpers.js';

let slow: TestServer;
let capped: TestServer;
const CAP = 4;
beforeAll(async () => {
  slow = await startTestServer({ connections: { requestMs: 800, headersMs: 500 } });
  // Long timeouts here, so the connections that fill the cap stay until the test closes them.
  capped = await startTestServer({ connections: { maxPerAddress: CAP } });
});
afterAll(async () => {
  await slow?.close();
  await capped?.close();
});

const portOf = (s: TestServer) => Number(new URL(s.base).port);

/** A raw connection from `from`; `closed` resolves with everything the server sent once it is closed. */
async function rawSocket(s: TestServer, from = '127.0.0.1') {
  const socket: Socket = connect({ port: portOf(s), host: '127.0.0.1', localAddress: from });
  let text = '';
  socket.setEncoding('utf8');
  socket.on('data', (d: string) => {
    text += d;
  });
  const closed = new Promise<string>((resolve) => {
    socket.once('close', () => resolve(text));
    socket.on('error', () => {});
  });
  await new Promise<void>((r) => socket.once('connect', () => r()));
  return { socket, closed };
}

/** Fails (rather than hangs) when the server keeps the connection open. */
const within = <T>(p: Promise<T>, what: string, ms = 15_000): Promise<T> =>
  Promise.race([
    p,
    new Promise<T>((_, reject) => setTimeout(() => reject(new Error(`still open: ${what}`)), ms).unref()),
  ]);

const halfPost = (office = 'A') =>
  `POST /v1/offices/${office}/dossiers HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Bearer ${KEYS.clerkA}\r\n` +
  'Content-Type: application/json\r\nContent-Length: 200\r\n\r\n{"dossierCode":';

const healthz = (s: TestServer, from: string): Promise<number> =>
  new Promise((resolve, reject) => {
    const req = get(
      { port: portOf(s), host: '127.0.0.1', path: '/healthz', localAddress: from, agent: false },
      (res) => {
        res.resume();
        resolve(res.statusCode ?? 0);
      },
    );
    req.on('error', reject);
  });

describe('request timeouts', () => {
  it('closes a POST whose body never finishes with 408', async () => {
    const c = await rawSocket(slow);
    c.socket.write(halfPost());
    const answer = await within(c.closed, 'a half-sent body');
    expect(answer).toMatch(/^HTTP\/1\.1 408/);
  });

  it('closes a request whose headers never finish', async () => {
    const c = await rawSocket(slow);
    c.socket.write('GET /healthz HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Slow: ');
    const answer = await within(c.closed, 'half-sent headers');
    expect(answer).not.toMatch(/^HTTP\/1\.1 200/);
  });

  it('still answers a request that arrives whole', async () => {
    expect(await healthz(slow, '127.0.0.1')).toBe(200);
  });
});

describe('defaults', () => {
  it('a server built without options still times requests out', async () => {
    const plain = await startTestServer();
    try {
      const server = plain.app.server;
      expect(server.requestTimeout).toBe(30_000);
      expect(server.headersTimeout).toBe(10_000);
      expect(server.keepAliveTimeout).toBe(10_000);
      expect(server.timeout).toBe(120_000);
    } finally {
      await plain.close();
    }
  });
});

describe('connections per address', () => {
  it('refuses connections past the cap from one address while another address is served', async () => {
    const held = [];
    for (let i = 0; i < CAP; i++) {
      const c = await rawSocket(capped);
      c.socket.write(halfPost());
      held.push(c);
    }
    // One more from the same address: closed without an answer.
    const extra = await rawSocket(capped);
    extra.socket.write('GET /healthz HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n');
    expect(await within(extra.closed, 'a connection past the cap')).toBe('');
    // A fresh connection from another address is answered.
    expect(await healthz(capped, '127.0.0.2')).toBe(200);
    // Once the held ones go, the first address is served again.
    for (const c of held) c.socket.destroy();
    await Promise.all(held.map((c) => c.closed));
    let status = 0;
    for (let i = 0; i < 50 && status !== 200; i++) {
      status = await healthz(capped, '127.0.0.1').catch(() => 0);
      if (status !== 200) await new Promise((r) => setTimeout(r, 20));
    }
    expect(status).toBe(200);
  });
});
