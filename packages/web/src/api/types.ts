/**
 * The API's shapes the app reads, by name. None is written out here: each is an alias of the
 * types generated from the server's OpenAPI document (`openapi.d.ts`, made by
 * scripts/generate-api-types.mjs from the server's TypeBox schemas) or of @designdoc/core's
 * model types. Where the OpenAPI document says less than the server sends (the typed model, a
 * diagnostic's fix), the alias narrows to the core's type, which is what the server serialises.
 */
import type { DesignDoc, Diagnostic } from '@designdoc/core';
import type { paths } from './openapi';

/** An API path and one of its methods, as the OpenAPI document names them. */
type Operation<Path extends keyof paths, Method extends keyof paths[Path]> = paths[Path][Method];

/** The JSON body of a call's `Status` answer: `JsonAnswer<'/api/v1/me', 'get'>`. */
export type JsonAnswer<
  Path extends keyof paths,
  Method extends keyof paths[Path],
  Status extends number = 200,
> =
  Operation<Path, Method> extends { responses: infer Responses }
    ? Status extends keyof Responses
      ? Responses[Status] extends { content: { 'application/json': infer Body } }
        ? Body
        : never
      : never
    : never;

/** The JSON body a call sends: `JsonBody<'/api/v1/api-keys', 'post'>`. */
export type JsonBody<Path extends keyof paths, Method extends keyof paths[Path]> =
  Operation<Path, Method> extends { requestBody: { content: { 'application/json': infer Body } } }
    ? Body
    : never;

export type Me = JsonAnswer<'/api/v1/me', 'get'>;
export type Role = Me['memberships'][number]['role'];
export type Providers = JsonAnswer<'/api/v1/auth/providers', 'get'>;

export type DocumentPage = JsonAnswer<'/api/v1/documents', 'get'>;
export type DocumentSummary = DocumentPage['items'][number];
/** A document with its typed model and diagnostics, as the core defines them. */
export type DocumentDetail = Omit<
  JsonAnswer<'/api/v1/documents/{id}', 'get'>,
  'model' | 'diagnostics'
> & { model: DesignDoc; diagnostics: Diagnostic[] };

export type VersionList = JsonAnswer<'/api/v1/documents/{id}/versions', 'get'>;
export type VersionSummary = VersionList['items'][number];
export type VersionDiff = JsonAnswer<'/api/v1/documents/{id}/diff', 'get'>;

/** A document's check runs: the newest of each name on a version, and every run, newest first. */
export type CheckRunList = JsonAnswer<'/api/v1/documents/{id}/checks', 'get'>;
export type CheckRun = CheckRunList['runs'][number];

export type QuestionPage = JsonAnswer<'/api/v1/questions', 'get'>;
export type Question = QuestionPage['items'][number];
export type DecisionPage = JsonAnswer<'/api/v1/decisions', 'get'>;
export type Decision = DecisionPage['items'][number];

/** Search results; each `snippet` is safe HTML: escaped text with the matches in `<mark>`. */
export type SearchResults = JsonAnswer<'/api/v1/search', 'get'>;

export type WorkspaceList = JsonAnswer<'/api/v1/workspaces', 'get'>;
export type Workspace = WorkspaceList['items'][number];
export type TemplateListing = JsonAnswer<'/api/v1/workspaces/{ws}/templates', 'get'>;
export type MemberList = JsonAnswer<'/api/v1/workspaces/{ws}/members', 'get'>;
export type Member = MemberList['items'][number];

export type ApiKeyList = JsonAnswer<'/api/v1/api-keys', 'get'>;
export type ApiKey = ApiKeyList['items'][number];
/** A new key and its secret, which the server shows this once. */
export type CreatedApiKey = JsonAnswer<'/api/v1/api-keys', 'post', 201>;
export type NewApiKey = JsonBody<'/api/v1/api-keys', 'post'>;
