// The server under benchmark, in its own process so the load generator does not share its event loop.
// Prints one JSON line {"url": ...} on stdout when listening; closes gracefully on SIGTERM.
import { startServer } from '@motcua/server';

const [dbPath, keysFile, logLevel] = process.argv.slice(2);
if (!dbPath || !keysFile) {
  console.error('usage: server-child.ts DB KEYS [log-level|off]');
  process.exit(2);
}
const running = await startServer({
  dbPath,
  keysFile,
  port: 0,
  // The load generator receives dossiers into offices it names (BENCH0…), which their first dossier opens.
  allowNewOffices: true,
  logger: logLevel === 'off' ? false : { level: logLevel ?? 'info' },
  handleSignals: true,
});
process.stderr.write(`${JSON.stringify({ url: running.url })}\n`);
// SIGUSR2: report the CPU time used so far, so the benchmark can say what one request costs the server
// whatever else the machine is doing.
process.on('SIGUSR2', () => {
  const u = process.cpuUsage();
  process.stderr.write(`${JSON.stringify({ cpuMicros: u.user + u.system })}\n`);
});
