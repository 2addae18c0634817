// Where a PostgreSQL log lives (server, database, schema), said without the password, and the
// translation of connection failures into errors that name what to fix.
import { StoreError } from '../port.js';

export interface PgPlace {
  /** The connection string with any password removed: safe to print. */
  readonly label: string;
  /** The PostgreSQL schema holding the log's tables. */
  readonly schema: string;
}

const SCHEMA_NAME = /^[a-z_][a-z0-9_]{0,62}$/;
const URL_FORM = /^postgres(?:ql)?:\/\//i;

/** True for a PostgreSQL connection string (postgres://… or postgresql://…), as opposed to a file path. */
export const isPostgresConnectionString = (s: string): boolean => URL_FORM.test(s);

export const quoteIdent = (name: string): string => `"${name.replaceAll('"', '""')}"`;

/** Removes the password of `postgres://user:password@host/…` (and a `password=` parameter). Everything
 *  up to the last @ before the host is user information, as a URL parser reads it: a password holding
 *  an unescaped @ or / is removed whole. */
export function redact(connectionString: string): string {
  return connectionString
    .replace(/^(postgres(?:ql)?:\/\/[^:@/]*):[^?#]*@(?=[^@?#]*(?:[?#]|$))/i, '$1:***@')
    .replace(/([?&]password=)[^&]*/i, '$1***');
}

export function placeOf(connectionString: unknown, schema = 'public'): PgPlace {
  if (typeof connectionString !== 'string' || !URL_FORM.test(connectionString)) {
    const shown = typeof connectionString === 'string' ? `"${redact(connectionString).slice(0, 60)}"` : 'none';
    throw new StoreError(
      'STORE_UNAVAILABLE',
      `PostgreSQL connection string ${shown} is not of the form postgres://user[:password]@host[:port]/database`,
      {},
    );
  }
  if (!SCHEMA_NAME.test(schema)) {
    throw new StoreError(
      'STORE_UNAVAILABLE',
      `PostgreSQL schema name "${schema.slice(0, 70)}": use lowercase letters, digits and _ (at most 63)`,
      { schema },
    );
  }
  return { label: redact(connectionString), schema };
}

const WHY: Record<string, string> = {
  ECONNREFUSED: 'connection refused: is the server running, and are the host and port right?',
  ENOTFOUND: 'no such host: check the host name',
  EAI_AGAIN: 'the host name could not be resolved: check the host name and the network',
  ETIMEDOUT: 'the connection timed out: is the server up and reachable?',
  ECONNRESET: 'the server closed the connection',
  '28P01': 'password authentication failed: check the user name and password',
  '28000': 'the server refused this user or host (pg_hba.conf): check the user name and the server access rules',
  '3D000': 'the database does not exist: create it (createdb) or fix its name',
  '42501': 'permission denied: the user needs the right to create tables in the schema',
  '57P03': 'the server is starting up or shutting down: try again shortly',
  '25006': 'the server is read-only (a standby?): point the store at the primary',
  ERR_INVALID_URL:
    'the connection string is not a valid URL: check the host, the port (1-65535), and percent-encode special characters in the user name and password',
};

/** Errors that are not already StoreErrors become STORE_UNAVAILABLE, naming the place and the fix. */
export function connectionError(place: PgPlace, e: unknown): unknown {
  if (e instanceof StoreError) return e;
  const err = e as { code?: string; message?: string };
  const timedOut = /timeout/i.test(err.message ?? '');
  const why =
    (err.code !== undefined ? WHY[err.code] : undefined) ?? (timedOut ? WHY.ETIMEDOUT : undefined) ?? err.message;
  return new StoreError('STORE_UNAVAILABLE', `PostgreSQL at ${place.label}: ${why}`, {
    database: place.label,
    cause: err.code ?? null,
  });
}

/** True for failures of the connection itself (network, server gone, login), not a statement's error. */
export function isConnectionFailure(e: unknown): boolean {
  const { code, message } = e as { code?: unknown; message?: unknown };
  if (typeof code === 'string' && /^(E[A-Z]+|08...|57P..|28...|3D000)$/.test(code)) return true;
  return (
    typeof message === 'string' && /Connection terminated|connection timeout|Client has encountered/i.test(message)
  );
}
