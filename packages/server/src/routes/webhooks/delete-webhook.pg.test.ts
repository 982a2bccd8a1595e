import { afterEach, describe, expect, it } from 'vitest';
import { postgresDatabase, type TestDatabase } from '../../../test/databases.js';
import { deleteWebhook } from '../../webhooks/repo.js';

const AT = '2026-12-01T10:00:00.000Z';

describe('deleting a webhook while a delivery attempt records itself (PostgreSQL)', () => {
  let database: TestDatabase | undefined;
  afterEach(async () => {
    await database?.drop();
    database = undefined;
  });

  it('waits for the attempt and deletes the hook with it, instead of failing a foreign key', async () => {
    database = await postgresDatabase();
    const { db } = database.connection;
    await db
      .insertInto('workspaces')
      .values({
        id: 'w',
        slug: 'w',
        name: 'w',
        default_template: 'tdd',
        created_at: AT,
        updated_at: AT,
      })
      .execute();
    await db
      .insertInto('webhooks')
      .values({
        id: 'hook',
        workspace_id: 'w',
        url: 'http://127.0.0.1:9/hook',
        description: '',
        events: '["document.created"]',
        format: 'native',
        secret: 'sealed',
        include_confidential: 0,
        active: 1,
        disabled_at: null,
        disabled_reason: null,
        consecutive_failures: 0,
        created_by: null,
        created_at: AT,
        updated_at: AT,
      })
      .execute();
    await db
      .insertInto('webhook_deliveries')
      .values({
        id: 'delivery',
        webhook_id: 'hook',
        event_id: 'event',
        event_type: 'document.created',
        redelivery: 0,
        status: 'pending',
        attempts: 0,
        next_attempt_at: AT,
        locked_until: AT,
        last_status_code: null,
        last_error: null,
        last_duration_ms: null,
        created_at: AT,
        updated_at: AT,
        completed_at: null,
      })
      .execute();
    // An attempt recording its result as webhook-attempt.ts does, still open when the delete
    // starts: the delivery updated, the attempt appended.
    let finishAttempt = () => {};
    const attemptOpen = new Promise<void>((resolve) => {
      finishAttempt = resolve;
    });
    let attemptRecorded = () => {};
    const recorded = new Promise<void>((resolve) => {
      attemptRecorded = resolve;
    });
    const attempt = db.transaction().execute(async (trx) => {
      await trx
        .updateTable('webhook_deliveries')
        .set({ status: 'succeeded', attempts: 1, completed_at: AT })
        .where('id', '=', 'delivery')
        .execute();
      await trx
        .insertInto('webhook_attempts')
        .values({
          delivery_id: 'delivery',
          number: 1,
          started_at: AT,
          duration_ms: 5,
          status_code: 200,
          error: null,
          succeeded: 1,
        })
        .execute();
      attemptRecorded();
      await attemptOpen;
    });
    await recorded;
    const deleted = deleteWebhook(db, 'hook');
    // Give the delete time to reach the rows the attempt holds, then let the attempt commit.
    await new Promise((resolve) => setTimeout(resolve, 200));
    finishAttempt();
    await attempt;
    await expect(deleted).resolves.toBeUndefined();
    for (const table of ['webhooks', 'webhook_deliveries', 'webhook_attempts'] as const)
      expect(await db.selectFrom(table).selectAll().execute(), table).toEqual([]);
  });
});
