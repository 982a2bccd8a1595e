import { PRESETS, parseDocument, type TemplateSpec } from '@designdoc/core';
import { renderDocument } from '@designdoc/core/render';
import { type FastifyPluginAsyncTypebox, Type } from '@fastify/type-provider-typebox';
import type { FastifyRequest } from 'fastify';
import { createDocument, saveDocument, setArchived } from '../../documents/document-commands.js';
import { DocumentPathClash, documentPathOf, listedPath } from '../../documents/document-path.js';
import { grantPrincipals } from '../../documents/grants.js';
import { listDocuments } from '../../documents/list-documents.js';
import {
  findHeadJson,
  findHeadMarkdown,
  findLiveDocument,
  findVersion,
  listVersions,
} from '../../documents/repo.js';
import { visibilityOf } from '../../identity/visibility.js';
import { actingOf, callerOf } from '../../plugins/auth.js';
import { ProblemError } from '../../plugins/problems.js';
import {
  checkIfMatch,
  etagOf,
  notModified,
  preferredType,
  representationEtag,
  stale,
} from '../../plugins/representations.js';
import { workspaceTemplates } from '../../templates/template-lookup.js';
import { requireWorkspace } from '../../workspaces/repo.js';
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
} from '../common/document-schemas.js';
import { summaryOf } from '../common/document-summary.js';
import { jsonPieces } from '../common/json-pieces.js';
import { CREATE_BODY, readCreate, readSave, SAVE_BODY } from '../common/save-body.js';
import { WorkspaceParams } from '../common/workspace-schemas.js';
import { isoTime } from '../iso-time.js';

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

  /** Archive or restore; a 404 or 409 problem when there is nothing to change. */
  const archiveOrRestore = async (
    request: FastifyRequest,
    id: string,
    action: 'document.archived' | 'document.restored',
  ) => {
    const done = await setArchived(app, actingOf(request), id, workspaceIdOf(request), action);
    if (!done)
      throw action === 'document.archived'
        ? new ProblemError('not-found', `No document ${id}`)
        : new ProblemError('conflict', `Document ${id} is not archived`);
  };

  app.post(
    '/workspaces/:ws/documents',
    {
      config: { problems: [404, 409], access: { workspace: 'document:write' } },
      schema: {
        tags: ['documents'],
        description:
          'Create a document from Markdown (JSON or `text/markdown`): parsed and linted on save; a path already in use is a 409.',
        params: WorkspaceParams,
        querystring: SaveQuery,
        body: CREATE_BODY,
        response: { 201: DocumentSummary },
      },
    },
    async (request, reply) => {
      const workspace = await requireWorkspace(app, request.params.ws);
      const create = readCreate(request.body, request.query.template);
      const path =
        create.path !== undefined
          ? documentPathOf(create.path, 'body')
          : request.query.path !== undefined
            ? documentPathOf(request.query.path, 'querystring')
            : null;
      const caller = callerOf(request);
      const grants = create.confidential
        ? await grantPrincipals(app.db, create.confidential, caller, '/confidential')
        : null;
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
      const row = await createDocument(app, actingOf(request), {
        workspace,
        markdown: create.markdown,
        ...(create.template ? { template: create.template } : {}),
        path,
        grants,
      }).catch(async (error: unknown) => {
        if (!(error instanceof DocumentPathClash)) throw error;
        const documentId = await visibleAt(error.other.path);
        const other = documentId ? `“${error.other.path}”` : 'a document you cannot read';
        throw new ProblemError(
          'conflict',
          `Path “${path}” clashes with ${other} in workspace “${workspace.slug}”: a path cannot name both a document and a folder of documents`,
          { path, conflictingPath: documentId ? error.other.path : null, documentId },
        );
      });
      if (!row)
        throw new ProblemError(
          'conflict',
          `A document at path “${path}” already exists in workspace “${workspace.slug}”`,
          { documentId: path === null ? null : await visibleAt(path) },
        );
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
      config: { problems: [404, 406], access: { document: 'document:read' } },
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
      config: { problems: [404, 412, 428], access: { document: 'document:write' } },
      schema: {
        tags: ['documents'],
        description:
          'Save a new version of the document. `If-Match` with the ETag you read is required (428 without, 412 when stale).',
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
      const outcome = await saveDocument(
        app,
        actingOf(request),
        row,
        { id: row.workspace_id, slug: workspace },
        readSave(request.body, request.query.template),
      );
      if (outcome.kind === 'stale') throw stale(outcome.head ? etagOf(outcome.head) : current);
      const saved = outcome.row;
      return reply.header('etag', etagOf(saved)).send(summaryOf(saved, workspace));
    },
  );

  app.delete(
    '/documents/:id',
    {
      config: { problems: [404], access: { document: 'document:archive' } },
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
      config: { problems: [404, 409], access: { document: 'document:restore' } },
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
      config: { problems: [404], access: { document: 'document:read' } },
      schema: {
        tags: ['versions'],
        description:
          "The document's versions, newest first: number, author, time and content hash.",
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
      config: { problems: [404], access: { document: 'document:read' } },
      schema: {
        tags: ['versions'],
        description: 'One version of the document: its Markdown, model and diagnostics as stored.',
        params: VersionParams,
        response: { 200: VersionDetail },
      },
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
      config: { problems: [404], access: { document: 'document:read' } },
      schema: {
        tags: ['versions'],
        description:
          'A unified diff between two versions of the document (`from`, `to`), computed with an edit budget.',
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
