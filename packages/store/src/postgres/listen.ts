// Wakes a store's live subscriptions when another process commits to the same log: every transaction
// that moves the head sends NOTIFY on one channel with the schema as payload (delivered at COMMIT), and
// the store keeps one listening connection while it has subscriptions. Polling stays as the fallback:
// a listener that lost its connection is dropped and made again at the next read of a subscription.
import pg from 'pg';

/** One channel for every log in the database (a channel name is limited to 63 bytes; a schema name
 *  may take all of them): the payload says which log moved. */
export const CHANNEL = 'motcua_log';

export interface Listener {
  /** Starts listening unless it already does (or is closed). */
  ensure(): void;
  close(): Promise<void>;
}

export function createListener(connectionString: string, schema: string, onChange: () => void): Listener {
  let client: pg.Client | undefined;
  let closed = false;
  const drop = (c: pg.Client) => {
    if (client === c) client = undefined;
    c.end().catch(() => {});
  };
  return {
    ensure() {
      if (client || closed) return;
      const c = new pg.Client({ connectionString, application_name: 'motcua-listen' });
      client = c;
      c.on('error', () => drop(c));
      c.on('end', () => drop(c));
      c.on('notification', (n) => {
        if (n.channel === CHANNEL && n.payload === schema) onChange();
      });
      c.connect()
        .then(() => c.query(`LISTEN ${CHANNEL}`))
        // Whatever committed while we were connecting was not announced to us: look once.
        .then(() => onChange())
        .catch(() => drop(c));
    },
    async close() {
      closed = true;
      const c = client;
      client = undefined;
      await c?.end().catch(() => {});
    },
  };
}
