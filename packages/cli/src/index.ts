export { CliError, type Io, type OutputStream } from './io.js';
export type { FileResult } from './lint-file.js';
export { run } from './run.js';
