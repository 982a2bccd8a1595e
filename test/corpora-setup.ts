import { HAS_SHARED, SHARED_DIR } from './shared-paths.js';

/** Stop the corpus suites at once, with one clear line, when the shared test data is absent. */
export default function checkCorpora(): void {
  if (!HAS_SHARED) {
    throw new Error(
      `The corpus suites read the shared templates and corpora, which are not at ${SHARED_DIR}: put the shared folder beside the repository or set DESIGNDOC_SHARED_DIR to it.`,
    );
  }
}
