import { Type } from '@fastify/type-provider-typebox';
import { MAX_PASSWORD_LENGTH } from '../../identity/password-policy.js';
import { ROLES, type Role, SCOPES, type Scope } from '../../identity/policy.js';
import { USERNAME_PATTERN } from '../../identity/users.js';
import { Slug } from './workspace-schemas.js';

export const Username = Type.String({
  pattern: USERNAME_PATTERN,
  description: 'Lower-case letters, digits and . _ -; 1 to 40 characters',
});
export const Password = Type.String({ minLength: 1, maxLength: MAX_PASSWORD_LENGTH });
export const RoleSchema = Type.Unsafe<Role>(
  Type.String({ enum: [...ROLES], description: 'viewer < author < reviewer < admin' }),
);
export const ScopeSchema = Type.Unsafe<Scope>(
  Type.String({ enum: [...SCOPES], description: 'read < write < admin' }),
);

export const User = Type.Object({
  id: Type.String(),
  username: Type.String(),
  displayName: Type.String(),
  email: Type.Union([Type.String(), Type.Null()]),
  instanceAdmin: Type.Boolean(),
  disabled: Type.Boolean(),
  createdAt: Type.String({ format: 'date-time' }),
});

export const Me = Type.Object({
  user: User,
  authenticatedBy: Type.Union([Type.Literal('session'), Type.Literal('api-key')]),
  scopes: Type.Union([Type.Array(ScopeSchema), Type.Null()], {
    description: 'The API key’s scopes; null for a session',
  }),
  csrfToken: Type.Union([Type.String(), Type.Null()], {
    description: 'For a session: send it as x-csrf-token with every POST, PUT, PATCH and DELETE',
  }),
  memberships: Type.Array(Type.Object({ workspace: Slug, role: RoleSchema })),
});

export const SignIn = Type.Object(
  { username: Type.String({ minLength: 1, maxLength: 100 }), password: Password },
  { additionalProperties: false },
);

export const SignedIn = Type.Object({
  user: User,
  csrfToken: Type.String(),
  expiresAt: Type.String({ format: 'date-time' }),
});

export const ChangePassword = Type.Object(
  { currentPassword: Password, newPassword: Password },
  { additionalProperties: false },
);

/** A group's name. */
export const GroupName = Type.String({
  pattern: '^[a-z0-9][a-z0-9._-]{0,62}$',
  description: 'Lower-case letters, digits and . _ -',
});

/** Who may read a confidential document besides admins. */
export const Grants = Type.Object(
  {
    users: Type.Optional(Type.Array(Username, { uniqueItems: true, maxItems: 500 })),
    groups: Type.Optional(Type.Array(GroupName, { uniqueItems: true, maxItems: 100 })),
  },
  { additionalProperties: false },
);
