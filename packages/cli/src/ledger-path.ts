// What is wrong with a ledger path before SQLite is asked to open it. SQLite's own words for these cases
// ("unable to open database file", "attempt to write a readonly database") say neither what is wrong nor
// what to do, and opening a read-only ledger leaves -wal/-shm files behind. Every ledger is opened for
// writing (WAL mode, migrations), so a path that cannot be written is refused before anything is made.
import { accessSync, constants, existsSync, statSync } from 'node:fs';
import { dirname } from 'node:path';
import { CliFailure } from './exit.js';
import { type Lang, say } from './i18n.js';
import { removeStaleTemps } from './new-ledger.js';

/**
 * `read`: the ledger must exist. `write`: it may be created. `serve`: it must exist unless `create`
 * (a typo in --db would otherwise serve a new, empty ledger).
 */
export type LedgerUse = 'read' | 'write' | { readonly serve: true; readonly create: boolean };

const writable = (p: string): boolean => {
  try {
    accessSync(p, constants.W_OK);
    return true;
  } catch {
    return false;
  }
};

/** The nearest folder on the way to `path` that exists (the one a new ledger's folders are made in). */
function existingAncestor(path: string): string {
  let dir = dirname(path);
  while (!existsSync(dir) && dirname(dir) !== dir) dir = dirname(dir);
  return dir;
}

/** There is no ledger where `where` points (a file path, or a server's connection string without its
 *  password), and `use` may not create one. */
export function noLedger(where: string, use: LedgerUse, lang: Lang): CliFailure {
  return use === 'read'
    ? new CliFailure(
        say(
          lang,
          `không có sổ cái tại ${where} (chạy "motcua seed" hoặc "motcua import" trước, hoặc chỉ rõ --db)`,
          `no ledger at ${where} (run "motcua seed" or "motcua import" first, or give --db)`,
        ),
      )
    : new CliFailure(
        say(
          lang,
          `không có sổ cái tại ${where}; kiểm tra lại --db, hoặc thêm --create để phục vụ một sổ cái mới, trống`,
          `no ledger at ${where}; check --db, or add --create to serve a new, empty ledger`,
        ),
      );
}

export function checkLedgerPath(path: string, lang: Lang, use: LedgerUse): void {
  // What a killed import into this path left (its temporary ledger) goes at the next start of any command.
  removeStaleTemps(path);
  const exists = existsSync(path);
  if (exists && statSync(path).isDirectory()) {
    throw new CliFailure(
      say(
        lang,
        `--db ${path} là một thư mục, không phải tệp sổ cái; hãy chỉ tệp bên trong, ví dụ --db ${path}/motcua.db`,
        `--db ${path} is a folder, not a ledger file; name the file inside it, for example --db ${path}/motcua.db`,
      ),
    );
  }
  if (!exists) {
    const mayCreate = use === 'write' || (typeof use === 'object' && use.create);
    if (!mayCreate) throw noLedger(path, use, lang);
    const folder = existingAncestor(path);
    if (!writable(folder)) {
      throw new CliFailure(
        say(
          lang,
          `không tạo được sổ cái ${path}: không có quyền ghi vào thư mục ${folder}; hãy chọn --db ở một thư mục ghi được`,
          `cannot create the ledger ${path}: no permission to write in the folder ${folder}; choose a --db in a folder you can write to`,
        ),
      );
    }
    return;
  }
  // SQLite writes the ledger and, beside it, its -wal and -shm files.
  const folder = dirname(path);
  if (!writable(path) || !writable(folder)) {
    const what = !writable(path)
      ? say(lang, `tệp ${path} chỉ đọc được`, `the file ${path} is read-only`)
      : say(lang, `thư mục ${folder} chỉ đọc được`, `the folder ${folder} is read-only`);
    throw new CliFailure(
      say(
        lang,
        `không mở được sổ cái: ${what} với người dùng này (motcua cần ghi tệp sổ cái và các tệp -wal, -shm bên cạnh, kể cả khi chỉ đọc báo cáo); hãy cấp quyền ghi, hoặc chép sổ cái sang một thư mục ghi được rồi dùng --db với bản chép`,
        `cannot open the ledger: ${what} for this user (motcua writes the ledger file and the -wal and -shm files beside it, even to print a report); give write permission, or copy the ledger to a folder you can write to and give --db the copy`,
      ),
    );
  }
}
