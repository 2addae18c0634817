// Test support: a TCP forwarder on a loopback port standing for the one address the instances know the
// database by (in production a virtual IP, a DNS name, or HAProxy / PgBouncer in front of the servers).
// node-postgres takes one host only (no multi-host connection strings, no target_session_attrs), so
// after a failover the instances reach the new primary by reconnecting to that address once the
// operator (or the failover tool) has moved it: `switchTo` moves it, and cuts the connections still
// open to the old target so that no client keeps talking to a server that is no longer the primary.
import { createConnection, createServer, type Socket } from 'node:net';

export interface Forwarder {
  readonly port: number;
  /** Sends new connections to `port` from now on and closes every connection made before. */
  switchTo(port: number): void;
  close(): Promise<void>;
}

export async function startForwarder(targetPort: number): Promise<Forwarder> {
  let target = targetPort;
  const open = new Set<Socket>();
  const server = createServer((client) => {
    const upstream = createConnection({ host: '127.0.0.1', port: target });
    open.add(client);
    open.add(upstream);
    const cut = () => {
      client.destroy();
      upstream.destroy();
      open.delete(client);
      open.delete(upstream);
    };
    client.on('error', cut).on('close', cut);
    upstream.on('error', cut).on('close', cut);
    client.pipe(upstream);
    upstream.pipe(client);
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  const { port } = server.address() as { port: number };
  return {
    port,
    switchTo(p) {
      target = p;
      for (const s of open) s.destroy();
      open.clear();
    },
    close: () =>
      new Promise<void>((resolve) => {
        for (const s of open) s.destroy();
        server.close(() => resolve());
      }),
  };
}
