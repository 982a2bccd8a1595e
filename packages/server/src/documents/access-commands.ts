import type { Acting, DomainContext } from '../command-context.js';
import { actorOf, audit } from '../identity/audit.js';
import { ProblemError } from '../plugins/problems.js';
import { accessOf, grantPrincipals } from './grants.js';

/** Whether a document is confidential, and the users and groups (by name) it is shared with. */
export interface AccessChange {
  restricted: boolean;
  users?: string[];
  groups?: string[];
}

/**
 * Make a live document confidential, shared with the users and groups named (and always the
 * caller, who must keep reading what they restrict), or open it to its workspace again; the flag,
 * the grants and the audit entry commit together. A 400 names the first unknown user or group, a
 * 404 an archived or missing document. Returns the access as stored.
 */
export async function changeDocumentAccess(
  ctx: DomainContext,
  acting: Acting,
  document: { id: string; workspaceId: string | null },
  change: AccessChange,
) {
  const { id } = document;
  const { restricted, ...grants } = change;
  const principals = restricted ? await grantPrincipals(ctx.db, grants, acting.caller, '') : [];
  await ctx.db.transaction().execute(async (trx) => {
    const updated = await trx
      .updateTable('documents')
      .set({ restricted: restricted ? 1 : 0 })
      .where('id', '=', id)
      .where('archived_at', 'is', null)
      .executeTakeFirst();
    if (Number(updated.numUpdatedRows) === 0)
      throw new ProblemError('not-found', `No document ${id}`);
    await trx.deleteFrom('document_grants').where('document_id', '=', id).execute();
    if (principals.length > 0)
      await trx
        .insertInto('document_grants')
        .values(principals.map((principal) => ({ document_id: id, principal })))
        .execute();
    await audit(
      trx,
      {
        action: 'document.access-changed',
        actor: actorOf(acting.caller),
        target: { type: 'document', id },
        workspaceId: document.workspaceId,
        details: { restricted, users: grants.users ?? [], groups: grants.groups ?? [] },
      },
      acting.request,
    );
  });
  return accessOf(ctx.db, id);
}
