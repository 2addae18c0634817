#!/usr/bin/env -S node --max-semi-space-size=64
// A 64 MiB young generation: `motcua serve` allocates per request and spent ~7% more CPU per receive
// in garbage collection with V8's default (bench/server.ts, A/B). Harmless for the other commands.
// Entry point of the `motcua` bin. The exit code is set, not forced, so stdout drains completely.
import { runCli } from './cli.js';

process.exitCode = await runCli(process.argv.slice(2));
