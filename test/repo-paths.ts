import { fileURLToPath } from 'node:url';

/** The repository root (the folder holding `examples/` and `packages/`). */
export const REPO_ROOT = fileURLToPath(new URL('../', import.meta.url));
export const EXAMPLES_DIR = `${REPO_ROOT}examples/`;
/** The built command, as a user runs it (needs `npx tsc -b` first, like every test of core). */
export const BIN = `${REPO_ROOT}packages/cli/bin/designdoc.js`;
