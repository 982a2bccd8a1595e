import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { reportCheckRun } from '../../checks/check-run-commands.js';
import {
  type CheckDiagnostic,
  type CheckRunRow,
  latestCheckRuns,
  listCheckRuns,
} from '../../checks/repo.js';
import { findLiveDocument } from '../../documents/repo.js';
import { displayNameOf } from '../../identity/users.js';
import { actingOf } from '../../plugins/auth.js';
import { ProblemError } from '../../plugins/problems.js';
import { DocumentParams } from '../common/document-schemas.js';
import {
  CHECK_RUN_BODY_LIMIT,
  CheckRunBody,
  CheckRunList,
  CheckRunQuery,
  CheckRunSchema,
} from './schemas.js';

/** A stored run as the API shows it (CheckRunSchema). */
function checkRunOf(
  row: Omit<CheckRunRow, 'seq'>,
  reporter: { username: string; displayName: string },
) {
  return {
    id: row.id,
    version: row.version,
    name: row.name,
    result: row.result as 'passed' | 'failed',
    errorCount: row.error_count,
    warningCount: row.warning_count,
    diagnostics: JSON.parse(row.diagnostics) as CheckDiagnostic[],
    commit: row.commit,
    url: row.url,
    reportedBy: reporter,
    createdAt: row.created_at,
  };
}

const withReporter = (
  row: CheckRunRow & { reporter_username: string; reporter_display_name: string },
) => checkRunOf(row, { username: row.reporter_username, displayName: row.reporter_display_name });

/**
 * `/api/v1/documents/{id}/checks`: what CI reports when it checks a document against the system
 * it describes (`designdoc check-api`, `check-schema`), and the runs as a history and as the
 * newest run of each check. Confidential documents' runs are as hidden as the document: 404.
 */
export const checkRoutes: FastifyPluginAsyncTypebox = async (app) => {
  const liveDocument = async (id: string) => {
    const found = await findLiveDocument(app.db, id);
    if (!found) throw new ProblemError('not-found', `No document ${id}`);
    return found;
  };

  app.post(
    '/documents/:id/checks',
    {
      config: { problems: [404], access: { document: 'document:write' } },
      bodyLimit: CHECK_RUN_BODY_LIMIT,
      schema: {
        tags: ['checks'],
        description:
          'Reports a check run on a version of the document (the head unless `version` says which; one it does not have is a 400 at `/version`): its name, `passed` or `failed`, and its diagnostics. For whoever may write the document (an author, or an API key with `write`). More than 1,000 diagnostics is a 400 at `/diagnostics`; a body over 1 MiB a 413 `payload-too-large`; `passed` with errors, or counts below what `diagnostics` lists, a 400 naming the field. Audited as `check-run.reported`.',
        params: DocumentParams,
        body: CheckRunBody,
        response: { 201: CheckRunSchema },
      },
    },
    async (request, reply) => {
      const document = await liveDocument(request.params.id);
      const acting = actingOf(request);
      const run = await reportCheckRun(app, acting, document, request.body);
      const reporter = {
        username: acting.caller.username,
        displayName: await displayNameOf(app.db, acting.caller.userId),
      };
      return reply.code(201).send(checkRunOf(run, reporter));
    },
  );

  app.get(
    '/documents/:id/checks',
    {
      config: { problems: [404], access: { document: 'document:read' } },
      schema: {
        tags: ['checks'],
        description:
          'The check runs of the document: `latest`, the newest run of each check name on `?version` (default: the head), and `runs`, every run (of `?version`, when given), newest first, paged with `cursor` like the other lists (`limit` ≤ 100, default 20).',
        params: DocumentParams,
        querystring: CheckRunQuery,
        response: { 200: CheckRunList },
      },
    },
    async (request) => {
      const document = await liveDocument(request.params.id);
      const q = request.query;
      const version = q.version ?? document.head_version;
      const [latest, page] = await Promise.all([
        latestCheckRuns(app.db, document.id, version),
        listCheckRuns(app.db, document.id, {
          version: q.version,
          limit: q.limit ?? 20,
          cursor: q.cursor,
        }),
      ]);
      return {
        version,
        latest: latest.map(withReporter),
        runs: page.shown.map(withReporter),
        next: page.next,
      };
    },
  );
};
