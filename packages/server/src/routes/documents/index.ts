import { PRESETS, parseDocument, renderDocument, type TemplateSpec } from '@designdoc/core';
import { type FastifyPluginAsyncTypebox, Type } from '@fastify/type-provider-typebox';
import { ProblemError } from '../../plugins/problems.js';
import { workspaceTemplates } from '../templates/template-lookup.js';
import { requireWorkspace } from '../workspaces/index.js';
import { WorkspaceParams } from '../workspaces/schemas.js';
import { diffVersions } from './diff-versions.js';
import { listDocuments } from './list-documents.js';
import { resolveTemplate } from './prepare-document.js';
import {
  appendVersion,
  archiveDocument,
  type DocumentRow,
  etagOf,
  findDocument,
  findHead,
  findLiveDocument,
  findVersion,
  insertDocument,
  listVersions,
} from './repo.js';
import { readSave, SAVE_BODY } from './save-body.js';
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

const SaveQuery = Type.Object(
  { template: Type.Optional(Type.String({ minLength: 1 })), path: Type.Optional(DocumentPath) },
  { additionalProperties: false },
);

function summaryOf(row: DocumentRow, workspace: string) {
  return {
    id: row.id,
    workspace,
    path: row.path,
    title: row.title,
    status: row.status,
    template: row.template,
    version: row.head_version,
    errorCount: row.error_count,
    warningCount: row.warning_count,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

/** `/api/v1/…/documents`: create, list, read (JSON, Markdown or HTML), save with If-Match, archive; versions. */
export const documentRoutes: FastifyPluginAsyncTypebox = async (app) => {
  const liveDocument = async (id: string) => {
    const found = await findLiveDocument(app.db, id);
    if (!found) throw new ProblemError('not-found', `No document ${id}`);
    const { workspace, ...row } = found;
    return { row, workspace };
  };

  app.post(
    '/workspaces/:ws/documents',
    {
      schema: {
        tags: ['documents'],
        params: WorkspaceParams,
        querystring: SaveQuery,
        body: SAVE_BODY,
        response: { 201: DocumentSummary },
      },
    },
    async (request, reply) => {
      const workspace = await requireWorkspace(app, request.params.ws);
      const save = readSave(request.body, request.query.template);
      const endLint = app.metrics.lintDuration.startTimer();
      const templates = await workspaceTemplates(app.db, workspace.id);
      const prepared = await app.preparer.prepare(
        save.markdown,
        resolveTemplate(save.markdown, save.template, workspace.default_template, templates),
      );
      endLint();
      const body = request.body as string | { path?: string };
      const path = (typeof body === 'object' ? body.path : undefined) ?? request.query.path ?? null;
      const row = await insertDocument(app.db, workspace.id, prepared, path);
      if (!row) {
        const existing = await listDocuments(app.db, {
          workspace: workspace.slug,
          path: path ?? '',
          sort: 'title',
          limit: 1,
        });
        throw new ProblemError(
          'conflict',
          `A document at path “${path}” already exists in workspace “${workspace.slug}”`,
          {
            documentId: existing.rows[0]?.id ?? null,
          },
        );
      }
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
    { schema: { tags: ['documents'], querystring: ListQuery, response: { 200: DocumentList } } },
    async (request) => {
      const q = request.query;
      const { rows, next } = await listDocuments(app.db, {
        ...(q.workspace ? { workspace: q.workspace } : {}),
        ...(q.path ? { path: q.path } : {}),
        ...(q.status ? { status: q.status } : {}),
        ...(q.tag ? { tag: q.tag } : {}),
        ...(q.author ? { author: q.author } : {}),
        ...(q.template ? { template: q.template } : {}),
        ...(q.has_errors !== undefined ? { hasErrors: q.has_errors } : {}),
        ...(q.updated_since ? { updatedSince: new Date(q.updated_since).toISOString() } : {}),
        ...(q.cursor ? { cursor: q.cursor } : {}),
        sort: q.sort ?? '-updated',
        limit: q.limit ?? 50,
      });
      return { items: rows.map((row) => summaryOf(row, row.workspace)), next };
    },
  );

  app.get(
    '/documents/:id',
    {
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
      // One query reads the head row and, unless the client already has it, only the columns
      // the representation needs; the stored model and diagnostics JSON go out as they are.
      const found = await findHead(
        app.db,
        request.params.id,
        wanted === 'application/json' ? 'json' : 'markdown',
      );
      if (!found) throw new ProblemError('not-found', `No document ${request.params.id}`);
      const { workspace, markdown, model, diagnostics, ...row } = found;
      const etag = etagOf(row);
      reply.header('etag', etag).header('vary', 'accept');
      if (matchesEtag(request.headers['if-none-match'], etag)) return reply.code(304).send(null);
      if (wanted === 'text/markdown')
        return reply.type('text/markdown; charset=utf-8').send(markdown as string);
      if (wanted === 'text/html') {
        const { lookup } = await workspaceTemplates(app.db, row.workspace_id);
        const template = lookup(row.template) ?? (PRESETS.tdd as TemplateSpec);
        return reply
          .type('text/html; charset=utf-8')
          .send(renderDocument(parseDocument(markdown as string, template)).html);
      }
      const summary = JSON.stringify(summaryOf(row, workspace));
      return reply
        .type('application/json; charset=utf-8')
        .send(`${summary.slice(0, -1)},"model":${model},"diagnostics":${diagnostics}}` as never);
    },
  );

  app.put(
    '/documents/:id',
    {
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
      const ifMatch = request.headers['if-match'];
      if (!ifMatch)
        throw new ProblemError(
          'precondition-required',
          'Send If-Match with the ETag you read, so that a save never overwrites a change you have not seen',
        );
      const current = etagOf(row);
      if (!matchesEtag(ifMatch, current)) throw stale(current);
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
      const saved = await appendVersion(app.db, row, prepared);
      if (!saved) {
        const now = await findDocument(app.db, row.id);
        throw stale(now ? etagOf(now) : current);
      }
      app.metrics.saves.inc({ kind: 'updated' });
      return reply.header('etag', etagOf(saved)).send(summaryOf(saved, workspace));
    },
  );

  app.delete(
    '/documents/:id',
    { schema: { tags: ['documents'], params: DocumentParams, response: { 204: Type.Null() } } },
    async (request, reply) => {
      if (!(await archiveDocument(app.db, request.params.id)))
        throw new ProblemError('not-found', `No document ${request.params.id}`);
      return reply.code(204).send(null);
    },
  );

  app.get(
    '/documents/:id/versions',
    {
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
    { schema: { tags: ['versions'], params: VersionParams, response: { 200: VersionDetail } } },
    async (request) => {
      const { row } = await liveDocument(request.params.id);
      const version = await findVersion(app.db, row.id, request.params.n);
      if (!version)
        throw new ProblemError(
          'not-found',
          `Document ${row.id} has no version ${request.params.n}`,
        );
      return {
        number: version.number,
        contentHash: version.content_hash,
        createdAt: version.created_at,
        markdown: version.markdown,
        model: JSON.parse(version.model) as Record<string, unknown>,
        diagnostics: JSON.parse(version.diagnostics),
      };
    },
  );
  app.get(
    '/documents/:id/diff',
    {
      schema: {
        tags: ['versions'],
        params: DocumentParams,
        querystring: Type.Object(
          { from: Type.Integer({ minimum: 1 }), to: Type.Optional(Type.Integer({ minimum: 1 })) },
          { additionalProperties: false },
        ),
        response: { 200: VersionDiffSchema },
      },
    },
    async (request) => {
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
      return {
        from: from.number,
        to: to.number,
        ...diffVersions(from, to, lookup(row.template) ?? (PRESETS.tdd as TemplateSpec)),
      };
    },
  );
};

function stale(current: string): ProblemError {
  return new ProblemError(
    'precondition-failed',
    'The document was saved by someone else since you read it; read it again and reapply your change',
    { currentEtag: current },
  );
}

/** Whether an If-Match / If-None-Match header names this ETag (or is `*`). */
function matchesEtag(header: string | undefined, etag: string): boolean {
  if (!header) return false;
  return header.split(',').some((tag) => {
    const t = tag.trim();
    return t === '*' || t === etag || t === `W/${etag}`;
  });
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
