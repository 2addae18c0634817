// A ledger on a PostgreSQL server (--db postgres://…): opening it, and the store's refusals said to a
// clerk in their language, naming what to fix. The connection string is never echoed (it may carry a
// password); the store's label of it, password removed, is.
import type { PostgresStore, StoreError } from '@motcua/store';
import { CliFailure, UsageError } from './exit.js';
import { type Lang, say } from './i18n.js';
import { type LedgerUse, noLedger } from './ledger-path.js';

/** A --db value of the form postgres://… or postgresql://… (any case). The store's isPostgresConnectionString
 *  says the same; it is not imported from there so that commands that open no ledger (--help) load no
 *  database driver. */
export const isPostgresUrl = (db: string): boolean => /^postgres(?:ql)?:\/\//i.test(db);

/**
 * Refuses (exit 2, like any malformed option) a connection string node-postgres could not read: not a URL
 * (a port beyond 65535, a space in the host), or a user name or password whose %-escapes are broken.
 * Returns it with its scheme in lowercase, as the store expects.
 */
export function checkPostgresUrl(url: string, given: string, lang: Lang): string {
  const fixed = url.replace(/^[a-z]+:/i, (s) => s.toLowerCase());
  let ok = true;
  try {
    const u = new URL(fixed);
    decodeURIComponent(u.username);
    decodeURIComponent(u.password);
  } catch {
    ok = false;
  }
  if (!ok) throw malformed(given, lang);
  return fixed;
}

const malformed = (given: string, lang: Lang): UsageError =>
  new UsageError(
    say(
      lang,
      `${given} postgres://…: chuỗi kết nối không đọc được; dạng đúng là postgres://người_dùng:mật_khẩu@máy:cổng/cơ_sở_dữ_liệu (cổng 1-65535; ký tự đặc biệt trong tên người dùng và mật khẩu viết dạng %XX)`,
      `${given} postgres://…: the connection string cannot be read; the form is postgres://user:password@host:port/database (port 1-65535; special characters in the user name and password written as %XX)`,
    ),
  );

/** What went wrong when talking to the server (a connection failure's code), said for a clerk. */
function connectionWhy(cause: unknown, lang: Lang): string | null {
  const why: Record<string, [string, string]> = {
    ECONNREFUSED: [
      'máy chủ từ chối kết nối: máy chủ PostgreSQL có đang chạy không, máy và cổng trong --db có đúng không?',
      'connection refused: is the PostgreSQL server running, and are the host and port in --db right?',
    ],
    ENOTFOUND: ['không có máy nào tên như vậy: kiểm tra tên máy trong --db', 'no such host: check the host in --db'],
    EAI_AGAIN: [
      'không tra được tên máy: kiểm tra tên máy trong --db và mạng',
      'the host name could not be resolved: check the host in --db and the network',
    ],
    ETIMEDOUT: [
      'quá thời gian chờ kết nối: máy chủ có đang chạy và với tới được không?',
      'the connection timed out: is the server up and reachable?',
    ],
    ECONNRESET: ['máy chủ đã đóng kết nối', 'the server closed the connection'],
    '28P01': [
      'sai mật khẩu: kiểm tra tên người dùng và mật khẩu trong --db',
      'password authentication failed: check the user name and password in --db',
    ],
    '28000': [
      'máy chủ không nhận người dùng này (không có người dùng đó, hoặc pg_hba.conf không cho phép): kiểm tra tên người dùng trong --db và quy tắc truy cập của máy chủ',
      'the server refused this user (no such user, or pg_hba.conf does not allow it): check the user name in --db and the server access rules',
    ],
    '3D000': [
      'không có cơ sở dữ liệu này: tạo nó (createdb) hoặc sửa tên trong --db',
      'the database does not exist: create it (createdb) or fix its name in --db',
    ],
    '42501': [
      'không đủ quyền: người dùng cần quyền tạo bảng trong schema',
      'permission denied: the user needs the right to create tables in the schema',
    ],
    '57P03': [
      'máy chủ đang khởi động hoặc đang tắt: thử lại sau ít phút',
      'the server is starting up or shutting down: try again shortly',
    ],
    '25006': [
      'máy chủ chỉ đọc (máy dự phòng?): hãy chỉ --db tới máy chủ chính',
      'the server is read-only (a standby?): point --db at the primary',
    ],
  };
  const w = typeof cause === 'string' ? why[cause] : undefined;
  return w ? say(lang, w[0], w[1]) : null;
}

/** The store's refusal to open `label`, as a CLI error in `lang`; anything else is returned as it is. */
export function postgresOpenFailure(e: unknown, lang: Lang): unknown {
  const err = e as StoreError;
  if (err?.name !== 'StoreError' && err?.name !== 'WrongExpectedRevision') return e;
  const d = err.details as {
    database?: string;
    schema?: string;
    cause?: unknown;
    tables?: string[];
    version?: number | null;
    supported?: number;
  };
  const label = d.database ?? 'postgres://…';
  if (err.code === 'STORE_UNAVAILABLE') {
    if (d.cause === 'ERR_INVALID_URL') return malformed('--db', lang);
    const why = connectionWhy(d.cause, lang);
    return new CliFailure(
      say(lang, `không mở được sổ cái PostgreSQL ${label}: `, `cannot open the PostgreSQL ledger ${label}: `) +
        (why ?? err.message),
    );
  }
  if (err.code === 'STORE_CORRUPT' && d.tables) {
    const names = d.tables.slice(0, 5).join(', ') + (d.tables.length > 5 ? ', …' : '');
    return new CliFailure(
      say(
        lang,
        `cơ sở dữ liệu ${label} (schema ${d.schema}) có các bảng không phải sổ cái motcua (${names}); không ghi gì. Hãy chỉ --db tới một cơ sở dữ liệu trống hoặc do motcua tạo`,
        `the database ${label} (schema ${d.schema}) holds tables that are not a motcua ledger (${names}); nothing was written. Point --db at an empty database or at one motcua created`,
      ),
    );
  }
  if (err.code === 'UNSUPPORTED' && typeof d.version === 'number' && d.supported !== undefined) {
    if (d.version > d.supported) {
      return new CliFailure(
        say(
          lang,
          `sổ cái ${label} có lược đồ phiên bản ${d.version}, mới hơn phiên bản ${d.supported} mà bản motcua này biết; không ghi gì. Hãy nâng cấp motcua`,
          `the ledger ${label} has store schema version ${d.version}, newer than the version ${d.supported} this motcua knows; nothing was written. Upgrade motcua`,
        ),
      );
    }
  }
  return e;
}

/**
 * Opens the PostgreSQL ledger. Writers create its tables in an empty database; readers (and serve without
 * --create) refuse a database holding no ledger rather than create one someone did not mean to, as they do
 * for a missing file. A ledger of an older schema version is brought up to date by any command.
 */
export async function openPostgresLedger(
  url: string,
  lang: Lang,
  use: LedgerUse,
  clock?: () => Date,
): Promise<PostgresStore> {
  const { openPostgresStore } = await import('@motcua/store');
  const open = (readonly: boolean) =>
    openPostgresStore({ connectionString: url, readonly, ...(clock ? { clock } : {}) }).catch((e: unknown) => {
      throw postgresOpenFailure(e, lang);
    });
  const mayCreate = use === 'write' || (typeof use === 'object' && use.create);
  if (mayCreate) return open(false);
  try {
    return await open(true);
  } catch (e) {
    const d = (e as StoreError).details as { version?: number | null; database?: string } | undefined;
    if ((e as StoreError).code !== 'UNSUPPORTED' || d?.version === undefined) throw e;
    if (d.version === null) throw noLedger(d.database ?? 'postgres://…', use, lang);
    return open(false); // an older schema: migrated, as a SQLite ledger is by any command
  }
}
