import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** The repository's own paths, shared by every package's tests. */
export { BIN, EXAMPLES_DIR, REPO_ROOT } from '../../../test/repo-paths.js';

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
