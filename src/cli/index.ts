export { runCli } from './run-cli.js';
export { USAGE } from './usage.js';
export { processIo, type CliIo } from './cli-io.js';
