/** The API's shapes the app reads (docs/api.md; the server's TypeBox schemas are the source). */

export type Role = 'viewer' | 'author' | 'reviewer' | 'admin';

export interface User {
  id: string;
  username: string;
  displayName: string | null;
  email: string | null;
  instanceAdmin: boolean;
}

export interface Me {
  user: User;
  authenticatedBy: 'session' | 'api-key';
  scopes: string[] | null;
  csrfToken: string | null;
  memberships: { workspace: string; role: Role }[];
}

export interface Providers {
  password: true;
  oidc: { name: string } | null;
}

export interface Point {
  line: number;
  column: number;
  offset: number;
}

export interface Diagnostic {
  ruleId: string;
  severity: 'error' | 'warning';
  message: string;
  place: { start: Point; end: Point };
  url: string;
  fix?: { range: [number, number]; text: string };
}

export interface DocumentSummary {
  id: string;
  workspace: string;
  path: string | null;
  title: string;
  status: string;
  template: string;
  version: number;
  contentHash: string;
  errorCount: number;
  warningCount: number;
  createdAt: string;
  updatedAt: string;
}

export interface DocumentModel {
  title: string | null;
  status: string;
  frontMatter: {
    authors?: string[];
    reviewers?: string[];
    created?: string;
    updated?: string;
    tags?: string[];
    supersedes?: string[];
    'superseded-by'?: string;
  };
}

export interface DocumentDetail extends DocumentSummary {
  model: DocumentModel;
  diagnostics: Diagnostic[];
}

export interface Page<T> {
  items: T[];
  next: string | null;
}

export interface VersionSummary {
  number: number;
  contentHash: string;
  createdAt: string;
}

export interface VersionDiff {
  from: number;
  to: number;
  unified: string;
  sections: { added: string[]; removed: string[]; changed: string[] };
}

export interface DocumentRef {
  id: string;
  title: string;
  status: string;
  workspace: string;
}

export interface Question {
  document: DocumentRef;
  text: string;
  status: string | null;
  note: string;
  /** The slug of the section the question is in. */
  section: string;
  firstSeenAt: string;
}

export interface Decision {
  document: DocumentRef;
  decision: string;
  rationale: string;
  tradeOffs: string;
  section: string;
}

export interface SearchHit {
  id: string;
  workspace: string;
  title: string;
  status: string;
  /** Safe HTML: escaped text with the matches in `<mark>`. */
  snippet: string;
  rank: number;
}

export interface Workspace {
  slug: string;
  name: string;
  defaultTemplate: string;
}

export interface TemplateListing {
  items: { name: string; title: string; source: 'preset' | 'workspace' }[];
  default: string;
}

export interface Member {
  username: string;
  displayName: string | null;
  role: Role;
  since: string;
}

export interface ApiKey {
  id: string;
  name: string;
  prefix: string;
  scopes: string[];
  createdAt: string;
  expiresAt: string | null;
  lastUsedAt: string | null;
  revokedAt: string | null;
}

/** The review statuses, as the model defines them. */
export { DOCUMENT_STATUSES } from '@designdoc/core';
