import { PRESETS, parseDocument, type TemplateSpec } from '@designdoc/core';
import { renderDocument } from '@designdoc/core/render';
import { type FastifyPluginAsyncTypebox, Type } from '@fastify/type-provider-typebox';
import type { FastifyRequest } from 'fastify';
import type { Kysely } from 'kysely';
import type { Database } from '../../db/database.js';
import { PendingEvents } from '../../events/outbox.js';
import { actorOf, audit } from '../../identity/audit.js';
import { visibilityOf } from '../../identity/visibility.js';
import { callerOf } from '../../plugins/auth.js';
import { ProblemError } from '../../plugins/problems.js';
import { isoTime } from '../iso-time.js';
import { reviewOnNewVersion, statusAfterEdit } from '../reviews/on-new-version.js';
import { workspaceTemplates } from '../templates/template-lookup.js';
import { requireWorkspace } from '../workspaces/index.js';
import { WorkspaceParams } from '../workspaces/schemas.js';
import { grantPrincipals } from './confidential.js';
import { DocumentPathClash, documentPathOf, listedPath } from './document-path.js';
import { checkIfMatch, etagOf, notModified, representationEtag, stale } from './etag.js';
import { jsonPieces } from './json-pieces.js';
import { listDocuments } from './list-documents.js';
import { resolveTemplate } from './prepare-document.js';
import {
  appendVersion,
  archiveDocument,
  findDocument,
  findHeadJson,
  findHeadMarkdown,
  findLiveDocument,
  findVersion,
  insertDocument,
  listVersions,
  restoreDocument,
} from './repo.js';
import { newlyResolvedQuestions } from './resolved-questions.js';
import { CREATE_BODY, readSave, SAVE_BODY } from './save-body.js';
import {
  DocumentDetail,
  DocumentList,
  DocumentParams,
  DocumentPath,
  DocumentSummary,
  ListQuery,
  VersionDetail,
  VersionDiffSchema,
  VersionParams,
  VersionSummary,
} from './schemas.js';
import { summaryOf } from './summary.js';

const SaveQuery = Type.Object(
  { template: Type.Optional(Type.String({ minLength: 1 })), path: Type.Optional(DocumentPath) },
  { additionalProperties: false },
);

/** `/api/v1/…/documents`: create, list, read (JSON, Markdown or HTML), save with If-Match, archive; versions. */
export const documentRoutes: FastifyPluginAsyncTypebox = async (app) => {
  const liveDocument = async (id: string) => {
    const found = await findLiveDocument(app.db, id);
    if (!found) throw new ProblemError('not-found', `No document ${id}`);
    const { workspace, ...row } = found;
    return { row, workspace };
  };

  /** Archive or restore, with its audit entry and event in one transaction. */
  const archiveOrRestore = async (
    request: FastifyRequest,
    id: string,
    action: 'document.archived' | 'document.restored',
  ) => {
    const events = new PendingEvents(app.config.publicUrl);
    const done = await app.db.transaction().execute(async (trx) => {
      const changed =
        action === 'document.archived'
          ? await archiveDocument(trx, id)
          : await restoreDocument(trx, id);
      if (!changed) return false;
      const row = await findLiveDocument(trx, id);
      const workspaceId = workspaceIdOf(request);
      await auditDocument(trx, request, action, id, workspaceId);
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
          actor: actorOfEvent(request),
        });
      return true;
    });
    if (!done)
      throw action === 'document.archived'
        ? new ProblemError('not-found', `No document ${id}`)
        : new ProblemError('conflict', `Document ${id} is not archived`);
    events.publish(app.eventHub);
  };

  app.post(
    '/workspaces/:ws/documents',
    {
      config: { access: { workspace: 'document:write' } },
      schema: {
        tags: ['documents'],
        params: WorkspaceParams,
        querystring: SaveQuery,
        body: CREATE_BODY,
        response: { 201: DocumentSummary },
      },
    },
    async (request, reply) => {
      const workspace = await requireWorkspace(app, request.params.ws);
      const save = readSave(request.body, request.query.template);
      const body = request.body as
        | string
        | { path?: string; confidential?: { users?: string[]; groups?: string[] } };
      const sentPath = typeof body === 'object' ? body.path : undefined;
      const path =
        sentPath !== undefined
          ? documentPathOf(sentPath, 'body')
          : request.query.path !== undefined
            ? documentPathOf(request.query.path, 'querystring')
            : null;
      const endLint = app.metrics.lintDuration.startTimer();
      const templates = await workspaceTemplates(app.db, workspace.id);
      const prepared = await app.preparer.prepare(
        save.markdown,
        resolveTemplate(save.markdown, save.template, workspace.default_template, templates),
      );
      endLint();
      const confidential = typeof body === 'object' ? body.confidential : undefined;
      const grants = confidential
        ? await grantPrincipals(app.db, confidential, callerOf(request), '/confidential')
        : null;
      const caller = callerOf(request);
      const events = new PendingEvents(app.config.publicUrl);
      // Its id and path only if the caller may see it (a confidential document's stay hidden).
      const visibleAt = async (at: string) =>
        (
          await listDocuments(app.db, {
            workspace: workspace.slug,
            path: at,
            visibility: await visibilityOf(app.db, caller),
            sort: 'title',
            limit: 1,
          })
        ).rows[0]?.id ?? null;
      const row = await insertDocument(
        app.db,
        { workspaceId: workspace.id, doc: prepared, path, grants, createdBy: caller.userId },
        async (trx, row) => {
          await auditDocument(trx, request, 'document.created', row.id, workspace.id, {
            version: row.head_version,
          });
          await events.record(trx, {
            type: 'document.created',
            workspace,
            document: row,
            actor: actorOfEvent(request),
            changes: { errors: row.error_count, warnings: row.warning_count },
          });
        },
      ).catch(async (error: unknown) => {
        if (!(error instanceof DocumentPathClash)) throw error;
        const documentId = await visibleAt(error.other.path);
        const other = documentId ? `“${error.other.path}”` : 'a document you cannot read';
        throw new ProblemError(
          'conflict',
          `Path “${path}” clashes with ${other} in workspace “${workspace.slug}”: a path cannot name both a document and a folder of documents`,
          { path, conflictingPath: documentId ? error.other.path : null, documentId },
        );
      });
      events.publish(app.eventHub);
      if (!row)
        throw new ProblemError(
          'conflict',
          `A document at path “${path}” already exists in workspace “${workspace.slug}”`,
          { documentId: path === null ? null : await visibleAt(path) },
        );
      app.metrics.saves.inc({ kind: 'created' });
      return reply
        .code(201)
        .header('location', `/api/v1/documents/${row.id}`)
        .header('etag', etagOf(row))
        .send(summaryOf(row, workspace.slug));
    },
  );

  app.get(
    '/documents',
    {
      config: { access: { instance: 'signed-in' } },
      schema: {
        tags: ['documents'],
        description: 'Documents of the workspaces you can read.',
        querystring: ListQuery,
        response: { 200: DocumentList },
      },
    },
    async (request) => {
      const q = request.query;
      const { rows, next } = await listDocuments(app.db, {
        ...(q.workspace ? { workspace: q.workspace } : {}),
        ...(q.path ? { path: listedPath(q.path) } : {}),
        ...(q.status ? { status: q.status } : {}),
        ...(q.tag ? { tag: q.tag } : {}),
        ...(q.author ? { author: q.author } : {}),
        ...(q.template ? { template: q.template } : {}),
        ...(q.has_errors !== undefined ? { hasErrors: q.has_errors } : {}),
        ...(q.updated_since
          ? { updatedSince: isoTime(q.updated_since, 'querystring', '/updated_since') }
          : {}),
        ...(q.cursor ? { cursor: q.cursor } : {}),
        visibility: await visibilityOf(app.db, callerOf(request)),
        sort: q.sort ?? '-updated',
        limit: q.limit ?? 50,
      });
      return { items: rows.map((row) => summaryOf(row, row.workspace)), next };
    },
  );

  app.get(
    '/documents/:id',
    {
      config: { access: { document: 'document:read' } },
      schema: {
        tags: ['documents'],
        params: DocumentParams,
        response: {
          200: {
            content: {
              'application/json': { schema: DocumentDetail },
              'text/markdown': { schema: Type.String() },
              'text/html': { schema: Type.String() },
            },
          },
          304: Type.Null(),
        },
        description:
          'The document as JSON (default), `text/markdown` or sanitised `text/html` by the Accept header.',
      },
    },
    async (request, reply) => {
      const wanted = preferredType(request.headers.accept);
      const { id } = request.params;
      // One query reads the head and only what the representation needs; the stored model
      // and diagnostics JSON go out as they are.
      if (wanted !== 'application/json') {
        const head = await findHeadMarkdown(app.db, id);
        if (!head) throw new ProblemError('not-found', `No document ${id}`);
        if (notModified(request, reply, representationEtag(etagOf(head), wanted)))
          return reply.code(304).send(null);
        if (wanted === 'text/markdown')
          return reply.type('text/markdown; charset=utf-8').send(head.markdown);
        const { lookup } = await workspaceTemplates(app.db, head.workspace_id);
        const template = lookup(head.template) ?? (PRESETS.tdd as TemplateSpec);
        return reply
          .type('text/html; charset=utf-8')
          .send(renderDocument(parseDocument(head.markdown, template)).html);
      }
      const found = await findHeadJson(app.db, id);
      if (!found) throw new ProblemError('not-found', `No document ${id}`);
      const { workspace, model, diagnostics, ...row } = found;
      if (notModified(request, reply, etagOf(row))) return reply.code(304).send(null);
      const summary = JSON.stringify(summaryOf(row, workspace));
      return reply
        .type('application/json; charset=utf-8')
        .send(
          jsonPieces([
            `${summary.slice(0, -1)},"model":`,
            model,
            ',"diagnostics":',
            diagnostics,
            '}',
          ]) as never,
        );
    },
  );

  app.put(
    '/documents/:id',
    {
      config: { access: { document: 'document:write' } },
      schema: {
        tags: ['documents'],
        params: DocumentParams,
        querystring: SaveQuery,
        body: SAVE_BODY,
        headers: Type.Object({ 'if-match': Type.Optional(Type.String()) }),
        response: { 200: DocumentSummary },
      },
    },
    async (request, reply) => {
      const { row, workspace } = await liveDocument(request.params.id);
      const current = etagOf(row);
      checkIfMatch(request.headers['if-match'], current);
      const save = readSave(request.body, request.query.template);
      const endLint = app.metrics.lintDuration.startTimer();
      const templates = await workspaceTemplates(app.db, row.workspace_id);
      const prepared = await app.preparer.prepare(
        save.markdown,
        resolveTemplate(save.markdown, save.template ?? row.template, row.template, templates),
      );
      endLint();
      // The same Markdown again makes no new version: saves and pushes are idempotent.
      if (prepared.contentHash === row.content_hash) {
        app.metrics.saves.inc({ kind: 'unchanged' });
        return reply.header('etag', current).send(summaryOf(row, workspace));
      }
      const events = new PendingEvents(app.config.publicUrl);
      const ws = { id: row.workspace_id, slug: workspace };
      const saved = await appendVersion(
        app.db,
        row,
        { doc: prepared, authorId: callerOf(request).userId, status: statusAfterEdit(row.status) },
        async (trx, saved, before) => {
          await auditDocument(trx, request, 'document.updated', row.id, row.workspace_id, {
            version: saved.head_version,
          });
          await events.record(trx, {
            type: 'document.updated',
            workspace: ws,
            document: saved,
            actor: actorOfEvent(request),
            changes: {
              version: { from: row.head_version, to: saved.head_version },
              errors: saved.error_count,
              warnings: saved.warning_count,
            },
          });
          for (const question of newlyResolvedQuestions(before, prepared, templates))
            await events.record(trx, {
              type: 'question.resolved',
              workspace: ws,
              document: saved,
              actor: actorOfEvent(request),
              changes: { question },
            });
          await reviewOnNewVersion(trx, row, saved, ws, events);
        },
      );
      if (!saved) {
        const now = await findDocument(app.db, row.id);
        throw stale(now ? etagOf(now) : current);
      }
      events.publish(app.eventHub);
      app.metrics.saves.inc({ kind: 'updated' });
      return reply.header('etag', etagOf(saved)).send(summaryOf(saved, workspace));
    },
  );

  app.delete(
    '/documents/:id',
    {
      config: { access: { document: 'document:archive' } },
      schema: {
        tags: ['documents'],
        description:
          'Archives the document: it leaves lists, search and dashboards; an admin can restore it.',
        params: DocumentParams,
        response: { 204: Type.Null() },
      },
    },
    async (request, reply) => {
      const { id } = request.params;
      await archiveOrRestore(request, id, 'document.archived');
      return reply.code(204).send(null);
    },
  );

  app.post(
    '/documents/:id/restore',
    {
      config: { access: { document: 'document:restore' } },
      schema: {
        tags: ['documents'],
        description: 'Brings an archived document back (workspace admins).',
        params: DocumentParams,
        response: { 200: DocumentSummary },
      },
    },
    async (request) => {
      const { id } = request.params;
      await archiveOrRestore(request, id, 'document.restored');
      const { row, workspace } = await liveDocument(id);
      return summaryOf(row, workspace);
    },
  );

  app.get(
    '/documents/:id/versions',
    {
      config: { access: { document: 'document:read' } },
      schema: {
        tags: ['versions'],
        params: DocumentParams,
        response: { 200: Type.Object({ items: Type.Array(VersionSummary) }) },
      },
    },
    async (request) => {
      const { row } = await liveDocument(request.params.id);
      const versions = await listVersions(app.db, row.id);
      return {
        items: versions.map((v) => ({
          number: v.number,
          contentHash: v.content_hash,
          createdAt: v.created_at,
        })),
      };
    },
  );

  app.get(
    '/documents/:id/versions/:n',
    {
      config: { access: { document: 'document:read' } },
      schema: { tags: ['versions'], params: VersionParams, response: { 200: VersionDetail } },
    },
    async (request, reply) => {
      const { row } = await liveDocument(request.params.id);
      const version = await findVersion(app.db, row.id, request.params.n);
      if (!version)
        throw new ProblemError(
          'not-found',
          `Document ${row.id} has no version ${request.params.n}`,
        );
      // The stored model and diagnostics JSON go out as they are: parsing and re-serialising a
      // large version's model held the event loop for most of a second.
      const head = JSON.stringify({
        number: version.number,
        contentHash: version.content_hash,
        createdAt: version.created_at,
        markdown: version.markdown,
      });
      return reply
        .type('application/json; charset=utf-8')
        .send(
          jsonPieces([
            `${head.slice(0, -1)},"model":`,
            version.model,
            ',"diagnostics":',
            version.diagnostics,
            '}',
          ]) as never,
        );
    },
  );
  app.get(
    '/documents/:id/diff',
    {
      config: { access: { document: 'document:read' } },
      schema: {
        tags: ['versions'],
        params: DocumentParams,
        querystring: Type.Object(
          {
            from: Type.Integer({ minimum: 1, maximum: 2_147_483_647 }),
            to: Type.Optional(Type.Integer({ minimum: 1, maximum: 2_147_483_647 })),
          },
          { additionalProperties: false },
        ),
        response: { 200: VersionDiffSchema },
      },
    },
    async (request, reply) => {
      const { row } = await liveDocument(request.params.id);
      const toNumber = request.query.to ?? row.head_version;
      const [from, to] = await Promise.all([
        findVersion(app.db, row.id, request.query.from),
        findVersion(app.db, row.id, toNumber),
      ]);
      if (!from || !to)
        throw new ProblemError(
          'not-found',
          `Document ${row.id} has no version ${from ? toNumber : request.query.from}`,
        );
      const { lookup } = await workspaceTemplates(app.db, row.workspace_id);
      const template = lookup(row.template) ?? (PRESETS.tdd as TemplateSpec);
      const diff = await app.preparer
        .diff(from, to, template, request.signal)
        .catch((error: unknown) => {
          if (request.signal.aborted) return null;
          throw error;
        });
      // The client went away (its diff was dropped) or a timeout answered it: nothing to send.
      if (diff === null) {
        reply.hijack();
        if (!reply.raw.writableEnded) reply.raw.destroy();
        return reply;
      }
      return { from: from.number, to: to.number, ...diff };
    },
  );
};

/** The workspace the access hook resolved for a document route. */
function workspaceIdOf(request: FastifyRequest): string {
  if (!request.workspaceAccess) throw new Error('document route without document access');
  return request.workspaceAccess.workspaceId;
}

function auditDocument(
  db: Kysely<Database>,
  request: FastifyRequest,
  action: 'document.created' | 'document.updated' | 'document.archived' | 'document.restored',
  id: string,
  workspaceId: string,
  details: Record<string, unknown> = {},
) {
  return audit(
    db,
    {
      action,
      actor: actorOf(callerOf(request)),
      target: { type: 'document', id },
      workspaceId,
      details,
    },
    request,
  );
}

/** The actor of an event: the signed-in caller. */
function actorOfEvent(request: FastifyRequest) {
  const caller = callerOf(request);
  return { id: caller.userId, username: caller.username };
}

/** The representation the Accept header prefers among JSON, Markdown and HTML (JSON by default). */
function preferredType(
  accept: string | undefined,
): 'application/json' | 'text/markdown' | 'text/html' {
  if (!accept) return 'application/json';
  let best: { type: 'application/json' | 'text/markdown' | 'text/html'; q: number } = {
    type: 'application/json',
    q: 0,
  };
  for (const part of accept.split(',')) {
    const [range = '', ...params] = part.trim().split(';');
    const q = Number(params.find((p) => p.trim().startsWith('q='))?.split('=')[1] ?? 1);
    const type = range.trim().toLowerCase();
    const match =
      type === 'text/markdown'
        ? 'text/markdown'
        : type === 'text/html'
          ? 'text/html'
          : type === 'application/json' || type === '*/*' || type === 'application/*'
            ? 'application/json'
            : null;
    if (match && q > best.q) best = { type: match, q };
  }
  return best.type;
}
