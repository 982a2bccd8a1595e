import type { Kysely } from 'kysely';

/**
 * Single sign-on with OpenID Connect: the identities that link a user to an identity
 * provider's account (issuer and subject, never the email, which can change hands), the
 * sign-ins in progress between the redirect to the provider and its answer (stored by the
 * SHA-256 of their `state`, so that any instance can finish them), and which memberships the
 * provider's group mapping granted (`source` `oidc`; null means one made by hand, which the
 * mapping never changes). Frozen once released.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('identities')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('user_id', 'text', (c) => c.notNull().references('users.id'))
    .addColumn('issuer', 'text', (c) => c.notNull())
    .addColumn('subject', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('last_sign_in_at', 'text', (c) => c.notNull())
    .addUniqueConstraint('identities_issuer_subject', ['issuer', 'subject'])
    .execute();
  await db.schema.createIndex('identities_user').on('identities').column('user_id').execute();
  await db.schema
    .createTable('oidc_logins')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('nonce', 'text', (c) => c.notNull())
    .addColumn('code_verifier', 'text', (c) => c.notNull())
    .addColumn('return_to', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('expires_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('oidc_logins_expires')
    .on('oidc_logins')
    .column('expires_at')
    .execute();
  await db.schema.alterTable('memberships').addColumn('source', 'text').execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('memberships').dropColumn('source').execute();
  await db.schema.dropTable('oidc_logins').execute();
  await db.schema.dropTable('identities').execute();
}
