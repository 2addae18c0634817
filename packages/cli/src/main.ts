#!/usr/bin/env node
// Entry point of the `motcua` bin. The exit code is set, not forced, so stdout drains completely.
import { spawn } from 'node:child_process';
import { constants } from 'node:os';
import { fileURLToPath } from 'node:url';
import { runCli } from './cli.js';
import { endQuietlyWhenOutputCloses } from './closed-output.js';
import { returnToInvocationDir } from './invocation-dir.js';

// The young generation is sized per command, and V8 takes its size only when the process starts.
// `motcua serve` allocates per request and spent ~7% more CPU per receive in garbage collection with
// V8's default (bench/server.ts, A/B); `motcua import` ran 16% slower with the larger one (100k rows,
// three interleaved pairs: 4.56-4.67 s without, 5.33-5.43 s with). So serve starts itself again with it.
const SERVE_FLAG = '--max-semi-space-size=64';

returnToInvocationDir();

if (process.argv[2] === 'serve' && !process.execArgv.includes(SERVE_FLAG)) {
  const child = spawn(
    process.execPath,
    [...process.execArgv, SERVE_FLAG, fileURLToPath(import.meta.url), ...process.argv.slice(2)],
    { stdio: ['inherit', 'inherit', 'inherit', 'ipc'] },
  );
  // The server is the child: signals go to it, its exit code is ours. If this process dies first, the
  // IPC channel closes and the child stops too (below), so no server outlives its command.
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) process.on(signal, () => child.kill(signal));
  child.on('exit', (code, signal) => {
    process.exitCode = code ?? (signal ? 128 + constants.signals[signal] : 1);
  });
} else {
  endQuietlyWhenOutputCloses();
  if (process.channel) {
    // Started by the branch above: stop when the parent goes, and let the channel not hold the loop open.
    process.on('disconnect', () => process.kill(process.pid, 'SIGTERM'));
    process.channel.unref();
  }
  process.exitCode = await runCli(process.argv.slice(2));
}
