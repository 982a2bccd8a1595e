import type { Engine } from '../src/db/connect.js';

/** A migration allowed to make a change that the release before it could not run against. */
export interface ContractStep {
  migration: string;
  /** The change exactly as contract-changes.ts words it. */
  change: string;
  engines: Engine[];
  /**
   * Why the previous release still runs: for a real contract step, the release from which no
   * code reads or writes what it takes away (the step ships in a release after that one).
   */
  safeBecause: string;
}

/**
 * The contract steps: changes a migration may make although they would break the release
 * before it (expand-contract.suite.ts fails on any other). To take something away, stop using
 * it in release N, and remove it in a migration of release N+1 or later, listed here with N.
 * The check also fails on an entry that matches nothing, so the list stays true.
 */
export const CONTRACT_STEPS: ContractStep[] = [
  ...['workspace_id', 'status', 'restricted', 'created_at'].map((column) => ({
    migration: '2026-12-09-search-filters',
    change: `adds search_index.${column} NOT NULL without a default`,
    engines: ['postgres'] as Engine[],
    safeBecause:
      'The same migration adds the BEFORE INSERT trigger search_index_fill, which fills the column from the document, so inserts that leave it out (all of the release before) still work; and it shipped before the first release.',
  })),
];
