import type { Generated } from 'kysely';

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
  /** 1 when only admins and the users and groups granted (document_grants) may see it. */
  restricted: Generated<number>;
  /** The user who created it (null for documents from before accounts, or seeded). */
  created_by: string | null;
  /** The document that replaced it, when its status is `superseded`. */
  superseded_by: string | null;
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
  /** The user who saved it (null for seeded versions and those from before accounts). */
  author_id: string | null;
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

/**
 * The full-text index: FTS5 on SQLite, a tsvector column (generated) on PostgreSQL. On PostgreSQL
 * only, it also holds a copy of its document's columns that search filters and orders on, which
 * triggers keep (migration 2026-12-09-search-filters): never written by the code, and absent on
 * SQLite, so never read through Kysely's builder there.
 */
export interface SearchIndexTable {
  document_id: string;
  title: string;
  body: string;
  workspace_id: Generated<string>;
  status: Generated<string>;
  archived_at: Generated<Timestamp | null>;
  restricted: Generated<number>;
  /** A timestamptz (the document's created_at, which sorts as a number there, not as text). */
  created_at: Generated<Date>;
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

/** A person or service account that can sign in. */
export interface UsersTable {
  id: string;
  /** Lower-case, unique; what people sign in with and `@mention`. */
  username: string;
  display_name: string;
  email: string | null;
  /** argon2id (PHC string); null for accounts that only sign in through single sign-on. */
  password_hash: string | null;
  /** 1 for an instance admin (every workspace, users, the audit log), else 0. */
  instance_admin: Generated<number>;
  disabled_at: Timestamp | null;
  created_at: Timestamp;
  updated_at: Timestamp;
}

/** A signed-in browser: kept by the SHA-256 of the cookie's token, never the token. */
export interface SessionsTable {
  id: string;
  user_id: string;
  /** Sent back with every unsafe request made with the cookie (x-csrf-token). */
  csrf_token: string;
  created_at: Timestamp;
  last_seen_at: Timestamp;
  /** The absolute end, however active the session is. */
  expires_at: Timestamp;
  address: string | null;
  user_agent: string | null;
}

/** A key for CI and scripts: stored by the SHA-256 of the secret, shown once. */
export interface ApiKeysTable {
  id: string;
  user_id: string;
  name: string;
  /** The key's first characters, so that people can tell their keys apart. */
  prefix: string;
  secret_hash: string;
  /** Comma-separated: read, write, admin. */
  scopes: string;
  created_at: Timestamp;
  expires_at: Timestamp | null;
  last_used_at: Timestamp | null;
  revoked_at: Timestamp | null;
}

/** A user's role in a workspace. */
export interface MembershipsTable {
  workspace_id: string;
  user_id: string;
  role: string;
  /** `oidc` when the identity provider's group mapping granted it; null when made by hand. */
  source: string | null;
  created_at: Timestamp;
  updated_at: Timestamp;
}

/** A user's account at an OpenID Connect provider: who they are there, for good. */
export interface IdentitiesTable {
  id: string;
  user_id: string;
  /** The provider's issuer URL, exactly as configured. */
  issuer: string;
  /** The `sub` claim: unique and never reassigned within its issuer. */
  subject: string;
  created_at: Timestamp;
  last_sign_in_at: Timestamp;
}

/** A single sign-on in progress, from the redirect to the provider until its answer. */
export interface OidcLoginsTable {
  /** SHA-256 of the `state` sent to the provider (the browser holds the state in a cookie). */
  id: string;
  nonce: string;
  /** PKCE: the secret whose hash went to the provider. */
  code_verifier: string;
  /** Where to send the browser afterwards: a path on this server. */
  return_to: string;
  created_at: Timestamp;
  expires_at: Timestamp;
}

/** Failed sign-ins by key (an account, an address, or both), for growing delays. */
export interface SignInFailuresTable {
  key: string;
  failures: number;
  last_failure_at: Timestamp;
}

/** One security-relevant event or write, appended and never changed. */
export interface AuditLogTable {
  /** A number on SQLite; PostgreSQL's bigserial arrives as a string. */
  id: Generated<number | string>;
  at: Timestamp;
  actor_id: string | null;
  /** The actor's username at the time (kept when the user is renamed or removed). */
  actor: string | null;
  action: string;
  target_type: string | null;
  target_id: string | null;
  workspace_id: string | null;
  address: string | null;
  request_id: string | null;
  /** JSON object. */
  details: string;
}

/** A named group of users, for restricting confidential documents. */
export interface GroupsTable {
  id: string;
  name: string;
  created_at: Timestamp;
}

export interface GroupMembersTable {
  group_id: string;
  user_id: string;
}

/** Who may read a restricted document besides admins: `user:<id>` or `group:<id>`. */
export interface DocumentGrantsTable {
  document_id: string;
  principal: string;
}

/** A document's status history: every transition, with who, when and at which version. Appended only. */
export interface StatusChangesTable {
  id: Generated<number | string>;
  document_id: string;
  from_status: string;
  to_status: string;
  /** The head version the transition was made at. */
  version: number;
  /** Null when the system made it (an edit sent an approved document back to review). */
  actor_id: string | null;
  actor: string | null;
  comment: string;
  superseded_by: string | null;
  created_at: Timestamp;
}

/** A reviewer asked to review a document (kept while they are asked; removed when withdrawn). */
export interface ReviewRequestsTable {
  document_id: string;
  reviewer_id: string;
  requested_by: string | null;
  requested_at: Timestamp;
}

/** A reviewer's verdict on one version of a document. Never deleted; dismissed when stale. */
export interface ReviewsTable {
  id: string;
  document_id: string;
  version: number;
  reviewer_id: string;
  /** `approved`, `changes-requested` or `commented`. */
  verdict: string;
  body: string;
  created_at: Timestamp;
  dismissed_at: Timestamp | null;
  dismissed_reason: string | null;
}

/** A workspace's review policy; a workspace without a row has the defaults (review/policy.ts). */
export interface ReviewPoliciesTable {
  workspace_id: string;
  required_approvals: number;
  /** JSON array of user ids whose approval is required. */
  required_reviewers: string;
  allow_self_approval: number;
  block_on_errors: number;
  block_on_open_questions: number;
  dismiss_stale_approvals: number;
  /** JSON array of the check names whose newest run on the head version must have passed. */
  required_checks: Generated<string>;
  updated_at: Timestamp;
}

/**
 * What CI reported when it checked a version of a document against the system it describes
 * (`designdoc check-api`, `check-schema`). Appended only.
 */
export interface CheckRunsTable {
  /** Order of reporting (SQLite rowid; PostgreSQL bigserial arrives as a string). */
  seq: Generated<number | string>;
  id: string;
  document_id: string;
  /** The document version the run checked. */
  version: number;
  /** The check's name, such as `check-api`. */
  name: string;
  /** `passed` or `failed`. */
  result: string;
  error_count: number;
  warning_count: number;
  /** JSON array of `{ruleId, severity, message, line, column, endLine?, endColumn?}`. */
  diagnostics: string;
  /** The commit checked (lower-case hex), or null. */
  commit: string | null;
  /** The CI job's page (http or https), or null. */
  url: string | null;
  /** The user (or service account) whose key reported it. */
  reported_by: string;
  created_at: Timestamp;
}

/**
 * The outbox: every event, written in the transaction of the change it tells of, never changed
 * except for `dispatched_at` (set once the webhook deliveries for it exist). Live updates read
 * it by `seq` to resume a stream.
 */
export interface EventsTable {
  /** Order of commit (SQLite rowid; PostgreSQL bigserial arrives as a string). */
  seq: Generated<number | string>;
  /** The event id, which receivers use as an idempotency key. */
  id: string;
  type: string;
  workspace_id: string;
  document_id: string | null;
  /** 1 when the document was confidential when the event happened. */
  restricted: number;
  /** The payload as sent (JSON). */
  payload: string;
  created_at: Timestamp;
  dispatched_at: Timestamp | null;
}

/**
 * A comment on a document. A thread is its first comment (`thread_id` = its own id, which holds
 * the anchor, quote and resolution) and the replies that name it.
 */
export interface CommentsTable {
  /** Order of writing (SQLite rowid; PostgreSQL bigserial arrives as a string). */
  seq: Generated<number | string>;
  id: string;
  document_id: string;
  thread_id: string;
  /** The comment this one answers (null for a thread's first comment). */
  parent_id: string | null;
  /** The head version when it was written. */
  version: number;
  /** The section's heading anchor (its slug) and title when the thread was started; null on replies. */
  section_anchor: string | null;
  section_title: string | null;
  /** The passage of the section the thread is about, as quoted; null for the whole section. */
  quote: string | null;
  /** Markdown. */
  body: string;
  /** JSON array of the user ids the comment notified (mentions of people who may read it). */
  mentions: string;
  author_id: string;
  created_at: Timestamp;
  edited_at: Timestamp | null;
  /** On a thread's first comment: when and by whom it was resolved (null while open). */
  resolved_at: Timestamp | null;
  resolved_by: string | null;
}

/** Something for a user to look at: a mention in a comment, for now. */
export interface NotificationsTable {
  id: string;
  user_id: string;
  /** `mention`. */
  kind: string;
  document_id: string;
  comment_id: string | null;
  actor_id: string | null;
  created_at: Timestamp;
  read_at: Timestamp | null;
}

/** A workspace's webhook. Its secret is sealed (secrets/secret-box.ts), never stored plain. */
export interface WebhooksTable {
  id: string;
  workspace_id: string;
  url: string;
  description: string;
  /** JSON array of the event types it subscribes to. */
  events: string;
  /** `native` or `slack`. */
  format: string;
  secret: string;
  /** 1 when confidential documents' events may be sent to it. */
  include_confidential: number;
  active: number;
  disabled_at: Timestamp | null;
  /** Why it is disabled (failures, or who disabled it); null while active. */
  disabled_reason: string | null;
  /** Failed attempts since its last success. */
  consecutive_failures: number;
  created_by: string | null;
  created_at: Timestamp;
  updated_at: Timestamp;
}

/** One event for one hook (or a redelivery of it): its state and its last attempt's result. */
export interface WebhookDeliveriesTable {
  id: string;
  webhook_id: string;
  event_id: string;
  event_type: string;
  /** 0 for the event's own delivery, n for the n-th redelivery by hand. */
  redelivery: number;
  /** `pending`, `succeeded`, `failed` (gave up) or `skipped` (the hook was disabled). */
  status: string;
  attempts: number;
  /** When a pending delivery is next tried. */
  next_attempt_at: Timestamp | null;
  /** An instance is sending it until then (a lease: after a crash, another takes over). */
  locked_until: Timestamp | null;
  last_status_code: number | null;
  last_error: string | null;
  last_duration_ms: number | null;
  created_at: Timestamp;
  updated_at: Timestamp;
  completed_at: Timestamp | null;
}

/** Every attempt at a delivery, appended as it ends (one interrupted: when its lease is taken over). */
export interface WebhookAttemptsTable {
  delivery_id: string;
  number: number;
  started_at: Timestamp;
  /** −1 when unknown: the attempt was interrupted (its instance stopped) before it ended. */
  duration_ms: number;
  status_code: number | null;
  error: string | null;
  succeeded: number;
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
  users: UsersTable;
  sessions: SessionsTable;
  api_keys: ApiKeysTable;
  memberships: MembershipsTable;
  identities: IdentitiesTable;
  oidc_logins: OidcLoginsTable;
  sign_in_failures: SignInFailuresTable;
  audit_log: AuditLogTable;
  groups: GroupsTable;
  group_members: GroupMembersTable;
  document_grants: DocumentGrantsTable;
  status_changes: StatusChangesTable;
  review_requests: ReviewRequestsTable;
  reviews: ReviewsTable;
  review_policies: ReviewPoliciesTable;
  check_runs: CheckRunsTable;
  events: EventsTable;
  comments: CommentsTable;
  notifications: NotificationsTable;
  webhooks: WebhooksTable;
  webhook_deliveries: WebhookDeliveriesTable;
  webhook_attempts: WebhookAttemptsTable;
}
