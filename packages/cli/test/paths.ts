import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** The repository root (the folder holding `examples/` and `packages/`). */
export const REPO_ROOT = fileURLToPath(new URL('../../../', import.meta.url));
export const EXAMPLES_DIR = `${REPO_ROOT}examples/`;
/** The built command, as a user runs it (needs `npx tsc -b` first, like every test of core). */
export const BIN = `${REPO_ROOT}packages/cli/bin/designdoc.js`;

/** Shared test data (templates, corpora), found as test/shared-paths.ts says. */
export {
  RFC_DIR,
  SHARED_DIR,
  TDD_TEMPLATE as TDD_TEMPLATE_FILE,
} from '../../../test/shared-paths.js';

const FIXTURES_DIR = fileURLToPath(new URL('./fixtures/', import.meta.url));

/** The text of a file in `packages/cli/test/fixtures/`. */
export function fixture(name: string): string {
  return readFileSync(`${FIXTURES_DIR}${name}`, 'utf8');
}

/** A compact tdd document that lints clean on its own (no relative links). */
export const CLEAN_TDD = fixture('clean-tdd.md');
