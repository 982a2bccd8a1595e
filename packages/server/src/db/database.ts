/** Timestamps are ISO 8601 strings in UTC on both engines, so they compare as text. */
type Timestamp = string;

export interface WorkspacesTable {
  id: string;
  slug: string;
  name: string;
  default_template: string;
  created_at: Timestamp;
  updated_at: Timestamp;
}

export interface DocumentsTable {
  id: string;
  workspace_id: string;
  /** Where the document lives in a repository (push and export), unique per workspace; or null. */
  path: string | null;
  title: string;
  status: string;
  template: string;
  head_version: number;
  /** Content hash of the head version's Markdown. */
  content_hash: string;
  error_count: number;
  warning_count: number;
  /** Hash of the authors, tags, questions and decisions rows derived from the head; null if unknown. */
  rows_hash: string | null;
  /** Hash of the head's full-text entry (title and search text); null if unknown. */
  search_hash: string | null;
  archived_at: Timestamp | null;
  created_at: Timestamp;
  updated_at: Timestamp;
}

/** Append-only: a row is written once per save and never updated. */
export interface VersionsTable {
  document_id: string;
  number: number;
  markdown: string;
  /** The typed model as JSON (core's DesignDoc). */
  model: string;
  /** The lint diagnostics as JSON. */
  diagnostics: string;
  content_hash: string;
  created_at: Timestamp;
}

export interface DocumentAuthorsTable {
  document_id: string;
  author: string;
}

export interface DocumentTagsTable {
  document_id: string;
  tag: string;
}

/** An open question of a document's head version (rewritten on every save). */
export interface QuestionsTable {
  document_id: string;
  position: number;
  text: string;
  status: string | null;
  note: string;
  section: string;
  /** When a question with this text first appeared in the document: its age on the board. */
  first_seen_at: Timestamp;
}

/** A key design decision of a document's head version (rewritten on every save). */
export interface DecisionsTable {
  document_id: string;
  position: number;
  decision: string;
  rationale: string;
  trade_offs: string;
  section: string;
}

/** The full-text index: FTS5 on SQLite, a tsvector column (generated) on PostgreSQL. */
export interface SearchIndexTable {
  document_id: string;
  title: string;
  body: string;
}

/** A workspace's own template spec (validated when stored). */
export interface TemplatesTable {
  workspace_id: string;
  name: string;
  /** The TemplateSpec as JSON. */
  spec: string;
  created_at: Timestamp;
  updated_at: Timestamp;
}

/** The whole schema, as Kysely sees it. */
export interface Database {
  workspaces: WorkspacesTable;
  documents: DocumentsTable;
  versions: VersionsTable;
  document_authors: DocumentAuthorsTable;
  document_tags: DocumentTagsTable;
  questions: QuestionsTable;
  decisions: DecisionsTable;
  search_index: SearchIndexTable;
  templates: TemplatesTable;
}
