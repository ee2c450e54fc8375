#!/usr/bin/env -S node --
import { processIo } from './cli-io.js';
import { runCli } from './run-cli.js';

// A reader that stops early (`ddl-profiles resolve big.sql | head`) closes the pipe: stop
// quietly, as other command-line tools do, rather than die with a stack trace.
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code !== 'EPIPE') throw error;
    process.exit(process.exitCode ?? 0);
  });
}

process.exitCode = await runCli(process.argv.slice(2), processIo());
