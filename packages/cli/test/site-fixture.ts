import { readFileSync } from 'node:fs';
import { CLEAN_TDD, EXAMPLES_DIR } from './paths.js';

/** A small SVG the fixture's document shows as an image (an asset the build must copy). */
export const FLOW_SVG =
  '<svg xmlns="http://www.w3.org/2000/svg" width="120" height="40"><rect width="120" height="40" fill="#0969da"/></svg>\n';

/**
 * The notifications document of the site fixture: the clean tdd fixture with a Mermaid
 * component diagram, an ASCII context diagram, an image, and links to the other documents
 * (one with an anchor), so that every kind of content a site page renders is there.
 */
export const NOTIFICATIONS = CLEAN_TDD.replace(
  '```\n API --> queue --> workers --> providers\n```',
  '```mermaid\nflowchart LR\n  API --> Queue --> Workers --> Providers\n```',
)
  .replace(
    'credentials. Two outages last quarter came from a provider rate limit hit by one of them.',
    'credentials. Two outages last quarter came from a provider rate limit hit by one of them.\n' +
      'Storage follows [the ledger decision](adr-0001-use-postgresql.md#decision-outcome).',
  )
  .replace(
    'sends it and records the outcome.',
    'sends it and records the outcome.\n\n![Message flow](img/flow.svg)',
  )
  .replace(
    '- [Provider comparison](https://example.com/providers)',
    '- [Provider comparison](https://example.com/providers)\n- [Payments ledger](payments-ledger.md)',
  );

/**
 * A folder of documents to build a site from: the repository's tdd and ADR examples, the
 * notifications document above, its image, and the examples' config (ADRs by file name).
 * Relative path → content, for `useTempDirs`.
 */
export function siteFixture(): Record<string, string> {
  const example = (name: string) => readFileSync(`${EXAMPLES_DIR}${name}`, 'utf8');
  return {
    'docs/designdoc.config.yaml': example('designdoc.config.yaml'),
    'docs/payments-ledger.md': example('payments-ledger.md'),
    'docs/adr-0001-use-postgresql.md': example('adr-0001-use-postgresql.md'),
    'docs/notifications.md': NOTIFICATIONS,
    'docs/img/flow.svg': FLOW_SVG,
  };
}
