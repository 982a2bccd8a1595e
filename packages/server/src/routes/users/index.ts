import { type FastifyPluginAsyncTypebox, Type } from '@fastify/type-provider-typebox';
import { createUser, updateUser } from '../../identity/user-commands.js';
import { listUsers, publicUser } from '../../identity/users.js';
import { actingOf } from '../../plugins/auth.js';
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
      schema: {
        tags: ['users'],
        description: 'Every user of the instance (instance admin).',
        response: { 200: Type.Object({ items: Type.Array(User) }) },
      },
    },
    async () => ({ items: (await listUsers(app.db)).map(publicUser) }),
  );

  app.post(
    '/users',
    {
      config: { problems: [409], access: { instance: 'users:manage' } },
      schema: {
        tags: ['users'],
        description: 'Create a local user with a password, or a service account (instance admin).',
        body: CreateUser,
        response: { 201: User },
      },
    },
    async (request, reply) => {
      const { username, displayName, email, password, instanceAdmin } = request.body;
      const user = await createUser(app, actingOf(request), {
        username,
        ...(displayName ? { displayName } : {}),
        email: email ?? null,
        password,
        instanceAdmin: instanceAdmin ?? false,
      });
      return reply
        .code(201)
        .header('location', `/api/v1/users/${user.username}`)
        .send(publicUser(user));
    },
  );

  app.patch(
    '/users/:username',
    {
      config: { problems: [404, 409], access: { instance: 'users:manage' } },
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
      const user = await updateUser(app, actingOf(request), request.params.username, request.body);
      return publicUser(user);
    },
  );
};
