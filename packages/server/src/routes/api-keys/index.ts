import { type FastifyPluginAsyncTypebox, Type } from '@fastify/type-provider-typebox';
import { createApiKey, listApiKeys, publicApiKey, revokeApiKey } from '../../identity/api-keys.js';
import { actorOf, audit } from '../../identity/audit.js';
import { SCOPES } from '../../identity/policy.js';
import { callerOf } from '../../plugins/auth.js';
import { ProblemError } from '../../plugins/problems.js';
import { ScopeSchema } from '../common/identity-schemas.js';
import { isoTime } from '../iso-time.js';

const ApiKey = Type.Object({
  id: Type.String(),
  name: Type.String(),
  prefix: Type.String({ description: 'The key’s first characters, to tell keys apart' }),
  scopes: Type.Array(ScopeSchema),
  createdAt: Type.String({ format: 'date-time' }),
  expiresAt: Type.Union([Type.String({ format: 'date-time' }), Type.Null()]),
  lastUsedAt: Type.Union([Type.String({ format: 'date-time' }), Type.Null()]),
  revokedAt: Type.Union([Type.String({ format: 'date-time' }), Type.Null()]),
});

const CreateApiKey = Type.Object(
  {
    name: Type.String({ minLength: 1, maxLength: 100 }),
    scopes: Type.Array(ScopeSchema, { minItems: 1, uniqueItems: true }),
    expiresAt: Type.Optional(Type.String({ format: 'date-time' })),
  },
  { additionalProperties: false },
);

/**
 * `/api/v1/api-keys`: a user's keys for CI and scripts. A key acts as its owner with at most
 * its scopes; its secret is shown once, in the response that creates it.
 */
export const apiKeyRoutes: FastifyPluginAsyncTypebox = async (app) => {
  app.get(
    '/api-keys',
    {
      config: { access: { instance: 'signed-in' } },
      schema: {
        tags: ['auth'],
        description: 'Your API keys (never their secrets).',
        response: { 200: Type.Object({ items: Type.Array(ApiKey) }) },
      },
    },
    async (request) => ({
      items: (await listApiKeys(app.db, callerOf(request).userId)).map(publicApiKey),
    }),
  );

  app.post(
    '/api-keys',
    {
      config: { access: { instance: 'signed-in:write' } },
      schema: {
        tags: ['auth'],
        description:
          'Create an API key for yourself. `secret` is shown only in this response; send it as `Authorization: Bearer <secret>`. A key never does more than your role allows, and a key cannot create a key with wider scopes than its own.',
        body: CreateApiKey,
        response: { 201: Type.Object({ key: ApiKey, secret: Type.String() }) },
      },
    },
    async (request, reply) => {
      const caller = callerOf(request);
      const { name, scopes, expiresAt } = request.body;
      if (caller.scopes) {
        const widest = Math.max(...caller.scopes.map((s) => SCOPES.indexOf(s)));
        const wider = scopes.filter((s) => SCOPES.indexOf(s) > widest);
        if (wider.length > 0)
          throw new ProblemError(
            'forbidden',
            `This API key cannot create a key with scope ${wider.join(', ')}`,
            { permission: `scope:${wider[0]}` },
          );
      }
      if (expiresAt !== undefined && Date.parse(expiresAt) <= Date.now())
        throw new ProblemError('validation-failed', 'expiresAt must be in the future', {
          errors: [{ in: 'body', pointer: '/expiresAt', detail: 'must be in the future' }],
        });
      // A key made by a key expires no later than the key that made it.
      const requested = expiresAt === undefined ? null : isoTime(expiresAt, 'body', '/expiresAt');
      const limit = caller.keyExpiresAt ?? null;
      const { row, secret } = await createApiKey(app.db, {
        userId: caller.userId,
        name,
        scopes,
        expiresAt: limit !== null && (requested === null || requested > limit) ? limit : requested,
      });
      await audit(
        app.db,
        {
          action: 'api-key.created',
          actor: actorOf(caller),
          target: { type: 'api-key', id: row.id },
          details: { name, scopes, prefix: row.prefix, expiresAt: row.expires_at },
        },
        request,
      );
      return reply
        .code(201)
        .header('location', `/api/v1/api-keys/${row.id}`)
        .send({ key: publicApiKey(row), secret });
    },
  );

  app.delete(
    '/api-keys/:id',
    {
      config: { problems: [404], access: { instance: 'signed-in:write' } },
      schema: {
        tags: ['auth'],
        description: 'Revoke one of your keys; it stops working at once.',
        params: Type.Object({ id: Type.String({ minLength: 1, maxLength: 100 }) }),
        response: { 204: Type.Null() },
      },
    },
    async (request, reply) => {
      const caller = callerOf(request);
      if (!(await revokeApiKey(app.db, caller.userId, request.params.id)))
        throw new ProblemError('not-found', `You have no live API key ${request.params.id}`);
      await audit(
        app.db,
        {
          action: 'api-key.revoked',
          actor: actorOf(caller),
          target: { type: 'api-key', id: request.params.id },
        },
        request,
      );
      return reply.code(204).send(null);
    },
  );
};
