import { afterEach, describe, expect, it } from 'vitest';
import type { TestDatabase } from '../../../test/databases.js';
import { reviewPolicyOf } from '../../reviews/review-policy.js';
import { migrateTo, migrateToLatest } from '../migrate.js';

/**
 * Migration 2026-12-11-check-runs on a database holding a review policy set before it: the
 * policy keeps what it said and requires no checks, and the new table takes runs.
 */
export function describeCheckRunsMigration(
  engine: string,
  emptyDatabase: () => Promise<TestDatabase>,
): void {
  describe(`migration 2026-12-11-check-runs (${engine})`, () => {
    let database: TestDatabase | undefined;
    afterEach(async () => {
      await database?.drop();
      database = undefined;
    });

    it('gives policies from before it no required checks', async () => {
      database = await emptyDatabase();
      const { db } = database.connection;
      await migrateTo(db, '2026-12-10-search-recency');
      const at = '2026-12-01T10:00:00.000Z';
      await db
        .insertInto('workspaces')
        .values({
          id: 'w1',
          slug: 'eng',
          name: 'Eng',
          default_template: 'tdd',
          created_at: at,
          updated_at: at,
        })
        .execute();
      await db
        .insertInto('review_policies')
        .values({
          workspace_id: 'w1',
          required_approvals: 2,
          required_reviewers: '[]',
          allow_self_approval: 0,
          block_on_errors: 1,
          block_on_open_questions: 0,
          dismiss_stale_approvals: 1,
          updated_at: at,
        })
        .execute();
      await migrateToLatest(db);
      expect(await reviewPolicyOf(db, 'w1')).toEqual({
        requiredApprovals: 2,
        requiredReviewers: [],
        allowSelfApproval: false,
        blockOnErrors: true,
        blockOnOpenQuestions: false,
        dismissStaleApprovals: true,
        requiredChecks: [],
      });
    });
  });
}
