/**
 * Who may do what: the one place that says it. Every route declares the permission it needs
 * (its `config.access`); the access hook resolves the caller's role in the workspace the route
 * touches and asks `allows`. A test walks the route table and checks every route against every
 * role, so that a route added without a declaration fails it.
 */

/** Workspace roles, weakest first; each holds everything the ones before it hold. */
export const ROLES = ['viewer', 'author', 'reviewer', 'admin'] as const;
export type Role = (typeof ROLES)[number];

/** What an API key may be used for, bounded by its owner's role. */
export const SCOPES = ['read', 'write', 'admin'] as const;
export type Scope = (typeof SCOPES)[number];

/** Each workspace permission: the weakest role that holds it, and the scope a key needs for it. */
export const WORKSPACE_PERMISSIONS = {
  'workspace:read': { role: 'viewer', scope: 'read' },
  'document:read': { role: 'viewer', scope: 'read' },
  'document:write': { role: 'author', scope: 'write' },
  'document:archive': { role: 'author', scope: 'write' },
  /** Make a document confidential, or change who may read it. */
  'document:restrict': { role: 'author', scope: 'write' },
  'document:restore': { role: 'admin', scope: 'admin' },
  'workspace:update': { role: 'admin', scope: 'admin' },
  'workspace:members': { role: 'admin', scope: 'admin' },
  'templates:manage': { role: 'admin', scope: 'admin' },
  /** Ask for review, withdraw a request, reopen a rejected document. */
  'review:request': { role: 'author', scope: 'write' },
  /** Approve or request changes on a version. */
  'review:submit': { role: 'reviewer', scope: 'write' },
  /** Approve, reject, supersede or deprecate a document (the transitions that decide). */
  'document:decide': { role: 'reviewer', scope: 'write' },
  'comment:write': { role: 'viewer', scope: 'write' },
  /** Resolve or reopen anyone's thread (a thread's own author may always). */
  'comment:resolve': { role: 'author', scope: 'write' },
  'webhooks:manage': { role: 'admin', scope: 'admin' },
} as const satisfies Record<string, { role: Role; scope: Scope }>;
export type WorkspacePermission = keyof typeof WORKSPACE_PERMISSIONS;

/** Permissions outside any one workspace. */
export const INSTANCE_PERMISSIONS = {
  /** Anyone signed in: their own account, keys, and what spans the workspaces they can read. */
  'signed-in': { instanceAdmin: false, scope: 'read' },
  /** Anyone signed in with a key allowed to write: lint, new workspaces (they become admin). */
  'signed-in:write': { instanceAdmin: false, scope: 'write' },
  'users:manage': { instanceAdmin: true, scope: 'admin' },
  'audit:read': { instanceAdmin: true, scope: 'admin' },
} as const satisfies Record<string, { instanceAdmin: boolean; scope: Scope }>;
export type InstancePermission = keyof typeof INSTANCE_PERMISSIONS;

/**
 * What a route needs: nothing (`public`), an instance permission, or a permission in the
 * workspace named by the `ws` parameter or holding the document named by the `id` parameter.
 */
export type Access =
  | { public: true }
  | { instance: InstancePermission }
  | { workspace: WorkspacePermission }
  | { document: WorkspacePermission };

/** The caller, once signed in. */
export interface Caller {
  userId: string;
  username: string;
  instanceAdmin: boolean;
  /** Null for a session (a person at a browser may do all their role allows). */
  scopes: Scope[] | null;
  /** For an API key: when it expires (null: never); keys it creates expire no later. */
  keyExpiresAt?: string | null;
}

export function roleAtLeast(role: Role | null, needed: Role): boolean {
  return role !== null && ROLES.indexOf(role) >= ROLES.indexOf(needed);
}

function scopeAllows(scopes: Scope[] | null, needed: Scope): boolean {
  if (scopes === null) return true;
  return scopes.some((s) => SCOPES.indexOf(s) >= SCOPES.indexOf(needed));
}

export function allowsInstance(caller: Caller, permission: InstancePermission): boolean {
  const rule = INSTANCE_PERMISSIONS[permission];
  return (!rule.instanceAdmin || caller.instanceAdmin) && scopeAllows(caller.scopes, rule.scope);
}

/** Whether the caller, holding `role` in a workspace (null: none), may do `permission` there. */
export function allowsInWorkspace(
  caller: Caller,
  role: Role | null,
  permission: WorkspacePermission,
): boolean {
  const rule = WORKSPACE_PERMISSIONS[permission];
  if (!scopeAllows(caller.scopes, rule.scope)) return false;
  return caller.instanceAdmin || roleAtLeast(role, rule.role);
}

export function isRole(value: string): value is Role {
  return (ROLES as readonly string[]).includes(value);
}
