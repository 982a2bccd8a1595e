import { type FastifyPluginAsyncTypebox, Type } from '@fastify/type-provider-typebox';
import { actorOf, audit } from '../../identity/audit.js';
import { checkNewPassword } from '../../identity/check-new-password.js';
import { deleteUserSessions } from '../../identity/sessions.js';
import {
  findUserByName,
  insertUser,
  listUsers,
  publicUser,
  setPassword,
} from '../../identity/users.js';
import { callerOf } from '../../plugins/auth.js';
import { ProblemError } from '../../plugins/problems.js';
import { Password, User, Username } from '../common/identity-schemas.js';

const CreateUser = Type.Object(
  {
    username: Username,
    displayName: Type.Optional(Type.String({ minLength: 1, maxLength: 200 })),
    email: Type.Optional(Type.String({ format: 'email', maxLength: 320 })),
    password: Password,
    instanceAdmin: Type.Optional(Type.Boolean()),
  },
  { additionalProperties: false },
);

const UpdateUser = Type.Object(
  {
    displayName: Type.Optional(Type.String({ minLength: 1, maxLength: 200 })),
    email: Type.Optional(
      Type.Union([Type.String({ format: 'email', maxLength: 320 }), Type.Null()]),
    ),
    password: Type.Optional(Password),
    instanceAdmin: Type.Optional(Type.Boolean()),
    disabled: Type.Optional(Type.Boolean()),
  },
  { additionalProperties: false, minProperties: 1 },
);

/** `/api/v1/users`: local accounts, managed by instance admins. */
export const userRoutes: FastifyPluginAsyncTypebox = async (app) => {
  app.get(
    '/users',
    {
      config: { access: { instance: 'users:manage' } },
      schema: { tags: ['users'], response: { 200: Type.Object({ items: Type.Array(User) }) } },
    },
    async () => ({ items: (await listUsers(app.db)).map(publicUser) }),
  );

  app.post(
    '/users',
    {
      config: { access: { instance: 'users:manage' } },
      schema: { tags: ['users'], body: CreateUser, response: { 201: User } },
    },
    async (request, reply) => {
      const { username, displayName, email, password, instanceAdmin } = request.body;
      await checkNewPassword(password, { username, publicUrl: app.config.publicUrl }, '/password');
      const user = await insertUser(app.db, {
        username,
        ...(displayName ? { displayName } : {}),
        email: email ?? null,
        password,
        instanceAdmin: instanceAdmin ?? false,
      });
      if (!user) throw new ProblemError('conflict', `The username “${username}” is taken`);
      await audit(
        app.db,
        {
          action: 'user.created',
          actor: actorOf(callerOf(request)),
          target: { type: 'user', id: user.id },
          details: { username: user.username, instanceAdmin: instanceAdmin ?? false },
        },
        request,
      );
      return reply
        .code(201)
        .header('location', `/api/v1/users/${user.username}`)
        .send(publicUser(user));
    },
  );

  app.patch(
    '/users/:username',
    {
      config: { access: { instance: 'users:manage' } },
      schema: {
        tags: ['users'],
        description:
          'Change an account: a new password or disabling it ends its sessions; a disabled account cannot sign in and its API keys stop working.',
        params: Type.Object({ username: Username }),
        body: UpdateUser,
        response: { 200: User },
      },
    },
    async (request) => {
      const caller = callerOf(request);
      const user = await findUserByName(app.db, request.params.username);
      if (!user) throw new ProblemError('not-found', `No user “${request.params.username}”`);
      const { displayName, email, password, instanceAdmin, disabled } = request.body;
      if (user.id === caller.userId && (instanceAdmin === false || disabled === true))
        throw new ProblemError(
          'conflict',
          'You cannot remove your own instance admin role or disable yourself; ask another admin',
        );
      if (password !== undefined)
        await checkNewPassword(
          password,
          { username: user.username, publicUrl: app.config.publicUrl },
          '/password',
        );
      await app.db
        .updateTable('users')
        .set({
          ...(displayName !== undefined ? { display_name: displayName } : {}),
          ...(email !== undefined ? { email } : {}),
          ...(instanceAdmin !== undefined ? { instance_admin: instanceAdmin ? 1 : 0 } : {}),
          ...(disabled !== undefined
            ? { disabled_at: disabled ? (user.disabled_at ?? new Date().toISOString()) : null }
            : {}),
          updated_at: new Date().toISOString(),
        })
        .where('id', '=', user.id)
        .execute();
      if (password !== undefined) await setPassword(app.db, user.id, password);
      if (disabled === true) await deleteUserSessions(app.db, user.id);
      const { password: _secret, ...changes } = request.body;
      await audit(
        app.db,
        {
          action: 'user.updated',
          actor: actorOf(caller),
          target: { type: 'user', id: user.id },
          details: { username: user.username, ...changes, passwordReset: password !== undefined },
        },
        request,
      );
      const updated = await findUserByName(app.db, user.username);
      return publicUser(updated ?? user);
    },
  );
};
