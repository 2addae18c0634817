#!/usr/bin/env node
// Entry point of the `motcua` bin. The exit code is set, not forced, so stdout drains completely.
import { runCli } from './cli.js';

process.exitCode = await runCli(process.argv.slice(2));
