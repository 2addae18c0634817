// The last step of `pnpm run demo`: serve the seeded sample ledger with the dashboard and print the URL of
// its Q1 2024 report and a key to sign in with. The key is made once, for this machine's demo only, and kept
// in data/demo-keys.json (owner-only) beside the ledger; ordinary deployments write their own keys file.
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const db = process.env.MOTCUA_DB ?? join(root, 'data', 'motcua.db');
const keysFile = join(dirname(db), 'demo-keys.json');
const port = process.env.MOTCUA_PORT ?? '8080';

if (!existsSync(keysFile)) {
  mkdirSync(dirname(keysFile), { recursive: true });
  const entry = { key: randomBytes(16).toString('hex'), role: 'auditor', offices: ['DONGSON'], name: 'demo-dongson' };
  writeFileSync(keysFile, `${JSON.stringify([entry], null, 2)}\n`, { mode: 0o600 });
}
const key = JSON.parse(readFileSync(keysFile, 'utf8'))[0].key;

const child = spawn(
  process.execPath,
  [join(root, 'packages/cli/dist/main.js'), 'serve', '--db', db, '--port', port, '--keys', keysFile],
  { stdio: ['ignore', 'inherit', 'pipe'] },
);
let said = false;
let err = '';
child.stderr.on('data', (d) => {
  process.stderr.write(d);
  err += d.toString();
  const m = /(http:\/\/\S+)/.exec(err);
  if (m && !said) {
    said = true;
    process.stdout.write(
      `\nBảng điều khiển: ${m[1]}/?office=DONGSON&year=2024&quarter=1\n` +
        `Khóa đăng nhập (kiểm toán viên, xã Đông Sơn): ${key}\n` +
        '(Ctrl+C để dừng máy chủ)\n',
    );
  }
});
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
child.on('exit', (code, signal) => process.exit(code ?? (signal ? 0 : 1)));
