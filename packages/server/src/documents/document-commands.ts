import type { Kysely } from 'kysely';
import { type Acting, type DomainContext, eventActor } from '../command-context.js';
import type { Database } from '../db/database.js';
import { PendingEvents } from '../events/outbox.js';
import { actorOf, audit } from '../identity/audit.js';
import { reviewOnNewVersion, statusAfterEdit } from '../reviews/on-new-version.js';
import { workspaceTemplates } from '../templates/template-lookup.js';
import { type PreparedDocument, resolveTemplate } from './prepare-document.js';
import {
  appendVersion,
  archiveDocument,
  type DocumentRow,
  findDocument,
  findLiveDocument,
  insertDocumentRows,
  newDocumentRow,
  restoreDocument,
  uniqueOrNull,
} from './repo.js';
import { newlyResolvedQuestions } from './resolved-questions.js';

// The document commands: each owns its transaction and runs its steps in order, with no call
// back into the route that asked. Routes parse, authorise, call one command and shape the answer.

type Workspace = { id: string; slug: string };

/** Markdown to store, and the template it asks for (the request's, else its front matter's). */
export interface MarkdownInput {
  markdown: string;
  template?: string;
}

/** Parse and lint on a worker, against the template the document names or the fallback. */
async function prepare(
  ctx: DomainContext,
  workspaceId: string,
  input: MarkdownInput,
  fallbackTemplate: string,
) {
  const endLint = ctx.metrics.lintDuration.startTimer();
  const templates = await workspaceTemplates(ctx.db, workspaceId);
  const prepared = await ctx.preparer.prepare(
    input.markdown,
    resolveTemplate(input.markdown, input.template, fallbackTemplate, templates),
  );
  endLint();
  return { prepared, templates };
}

function auditDocument(
  db: Kysely<Database>,
  acting: Acting,
  action: 'document.created' | 'document.updated' | 'document.archived' | 'document.restored',
  id: string,
  workspaceId: string,
  details: Record<string, unknown> = {},
) {
  return audit(
    db,
    {
      action,
      actor: actorOf(acting.caller),
      target: { type: 'document', id },
      workspaceId,
      details,
    },
    acting.request,
  );
}

/** What `createDocument` needs besides the Markdown. */
export interface CreateInput extends MarkdownInput {
  workspace: Workspace & { default_template: string };
  /** Normalised (`documentPathOf`), or null. */
  path: string | null;
  /** Principals that may read it (`grantPrincipals`), or null for a document of the workspace. */
  grants: string[] | null;
}

/**
 * Create a document: prepare it (parse and lint, on a worker), then in one transaction write it
 * with its first version, its audit entry and its `document.created` event, announced after the
 * commit. Null when another document has its path; throws `DocumentPathClash` when another's path
 * is a folder of it or lies in it.
 */
export async function createDocument(
  ctx: DomainContext,
  acting: Acting,
  input: CreateInput,
): Promise<DocumentRow | null> {
  const { workspace } = input;
  const { prepared } = await prepare(ctx, workspace.id, input, workspace.default_template);
  const row = newDocumentRow({
    workspaceId: workspace.id,
    doc: prepared,
    path: input.path,
    grants: input.grants,
    createdBy: acting.caller.userId,
  });
  const events = new PendingEvents(ctx.config.publicUrl);
  const created = await uniqueOrNull(row.path !== null, () =>
    ctx.db.transaction().execute(async (trx) => {
      await insertDocumentRows(trx, row, {
        workspaceId: workspace.id,
        doc: prepared,
        grants: input.grants,
      });
      await auditDocument(trx, acting, 'document.created', row.id, workspace.id, {
        version: row.head_version,
      });
      await events.record(trx, {
        type: 'document.created',
        workspace: { id: workspace.id, slug: workspace.slug },
        document: row,
        actor: eventActor(acting),
        changes: { errors: row.error_count, warnings: row.warning_count },
      });
      return row;
    }),
  );
  events.publish(ctx.eventHub);
  if (created) ctx.metrics.saves.inc({ kind: 'created' });
  return created;
}

/** How a save ended. */
export type SaveOutcome =
  /** The same Markdown as the head: no new version (saves and pushes are idempotent). */
  | { kind: 'unchanged'; row: DocumentRow }
  | { kind: 'updated'; row: DocumentRow }
  /** Someone saved since `current` was read: the head as it is now (undefined if archived). */
  | { kind: 'stale'; head: DocumentRow | undefined };

/**
 * Save new Markdown over the head the caller read (`current`). In order: prepare (parse and lint,
 * on a worker); then in one transaction append the version (only if the head is still
 * `current`), audit it, record `document.updated`, record `question.resolved` for each open
 * question the save settled, and apply review's rules for a new version (an approved document
 * goes back to review; stale approvals are dismissed); announce the events after the commit.
 */
export async function saveDocument(
  ctx: DomainContext,
  acting: Acting,
  current: DocumentRow,
  workspace: Workspace,
  input: MarkdownInput,
): Promise<SaveOutcome> {
  const { prepared, templates } = await prepare(
    ctx,
    current.workspace_id,
    { markdown: input.markdown, template: input.template ?? current.template },
    current.template,
  );
  if (prepared.contentHash === current.content_hash) {
    ctx.metrics.saves.inc({ kind: 'unchanged' });
    return { kind: 'unchanged', row: current };
  }
  const events = new PendingEvents(ctx.config.publicUrl);
  const saved = await ctx.db.transaction().execute(async (trx) => {
    const appended = await appendVersion(trx, current, {
      doc: prepared,
      authorId: acting.caller.userId,
      status: statusAfterEdit(current.status),
    });
    if (!appended) return null;
    const { row, previousQuestions } = appended;
    await auditDocument(trx, acting, 'document.updated', row.id, row.workspace_id, {
      version: row.head_version,
    });
    await events.record(trx, {
      type: 'document.updated',
      workspace,
      document: row,
      actor: eventActor(acting),
      changes: {
        version: { from: current.head_version, to: row.head_version },
        errors: row.error_count,
        warnings: row.warning_count,
      },
    });
    await recordResolvedQuestions(trx, events, acting, workspace, row, {
      previousQuestions,
      prepared,
      templates,
    });
    await reviewOnNewVersion(trx, current, row, workspace, events);
    return row;
  });
  if (!saved) return { kind: 'stale', head: await findDocument(ctx.db, current.id) };
  events.publish(ctx.eventHub);
  ctx.metrics.saves.inc({ kind: 'updated' });
  return { kind: 'updated', row: saved };
}

async function recordResolvedQuestions(
  trx: Kysely<Database>,
  events: PendingEvents,
  acting: Acting,
  workspace: Workspace,
  saved: DocumentRow,
  save: {
    previousQuestions: Parameters<typeof newlyResolvedQuestions>[0];
    prepared: PreparedDocument;
    templates: Parameters<typeof newlyResolvedQuestions>[2];
  },
) {
  for (const question of newlyResolvedQuestions(
    save.previousQuestions,
    save.prepared,
    save.templates,
  ))
    await events.record(trx, {
      type: 'question.resolved',
      workspace,
      document: saved,
      actor: eventActor(acting),
      changes: { question },
    });
}

/**
 * Archive a live document or restore an archived one, with its audit entry and event in one
 * transaction. False when there was nothing to change (no such live, or archived, document).
 */
export async function setArchived(
  ctx: DomainContext,
  acting: Acting,
  id: string,
  workspaceId: string,
  action: 'document.archived' | 'document.restored',
): Promise<boolean> {
  const events = new PendingEvents(ctx.config.publicUrl);
  const done = await ctx.db.transaction().execute(async (trx) => {
    const changed =
      action === 'document.archived'
        ? await archiveDocument(trx, id)
        : await restoreDocument(trx, id);
    if (!changed) return false;
    const row = await findLiveDocument(trx, id);
    await auditDocument(trx, acting, action, id, workspaceId);
    const document = row ?? (await findDocument(trx, id));
    const slug =
      row?.workspace ??
      (
        await trx
          .selectFrom('workspaces')
          .select('slug')
          .where('id', '=', workspaceId)
          .executeTakeFirstOrThrow()
      ).slug;
    if (document)
      await events.record(trx, {
        type: action,
        workspace: { id: workspaceId, slug },
        document,
        actor: eventActor(acting),
      });
    return true;
  });
  events.publish(ctx.eventHub);
  return done;
}
