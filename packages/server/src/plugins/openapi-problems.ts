import type { RouteOptions } from 'fastify';
import type { FastifySchema } from 'fastify/types/schema.js';

declare module 'fastify' {
  interface FastifyContextConfig {
    /**
     * The error statuses this route answers itself (a missing document, a conflict…), which
     * the OpenAPI description lists as problems. Those every route of its shape can answer are
     * added by `describeProblems` and need not be named.
     */
    problems?: readonly ProblemStatus[];
  }
}

/** What each error status means here, for the OpenAPI description. */
const MEANINGS = {
  400: 'The request is not valid: the problem names each bad field',
  401: 'No valid credentials: sign in or send an API key',
  403: 'Your role or scope does not allow this, or the CSRF token is missing',
  404: 'Not found, or not visible to you',
  406: 'No representation matches the Accept header',
  409: 'Conflicts with the current state: the problem says what',
  412: 'The resource has changed since the ETag sent in If-Match',
  413: 'The request body is larger than this server accepts',
  414: 'A part of the URL is longer than this server accepts',
  415: 'The body is not in a media type and charset this operation takes',
  422: 'The document has more headings than this server reads',
  428: 'If-Match is required',
  429: 'Too many requests: wait for Retry-After',
  500: 'Internal error: the log has the details, the answer has none',
  502: 'The identity provider cannot be reached or answered wrongly',
  503: 'The database cannot be reached or is not migrated',
} as const;

export type ProblemStatus = keyof typeof MEANINGS;

/**
 * Every operation can answer these: any query may hold a NUL or a lone surrogate (400, before
 * any route runs), and any handler may fail (500).
 */
const EVERY_OPERATION: readonly ProblemStatus[] = [400, 500];
/** Every `/api/v1` operation can also answer these: credentials, role or CSRF, rate limit. */
const EVERY_API_OPERATION: readonly ProblemStatus[] = [401, 403, 429];
/** An operation with path, query or body input: its URL parts are bounded (414). */
const WITH_INPUT: readonly ProblemStatus[] = [414];
/** An operation that takes a body: its size (413) and media type (415) are checked. */
const WITH_BODY: readonly ProblemStatus[] = [413, 415];

const PROBLEM_SCHEMA = {
  type: 'object',
  description: 'An RFC 9457 problem; some problems add members (`errors`, `blockers`…)',
  properties: {
    type: { type: 'string', format: 'uri' },
    title: { type: 'string' },
    status: { type: 'integer' },
    detail: { type: 'string' },
    instance: { type: 'string' },
  },
  required: ['type', 'title', 'status', 'detail'],
};

/**
 * The error statuses an operation answers: those its shape implies (every API operation, those
 * with input, those with a body) and those its route names in `config.problems`, each as an
 * `application/problem+json` response of the OpenAPI description. Only the description changes:
 * problems are written by the problems plugin whatever the route's schema says.
 */
export function describeProblems({
  schema,
  url,
  route,
}: {
  schema: FastifySchema;
  url: string;
  route: RouteOptions;
}): { schema: FastifySchema; url: string } {
  if (!schema || (schema as { hide?: boolean }).hide) return { schema, url };
  const statuses = new Set<ProblemStatus>(route.config?.problems ?? []);
  for (const status of EVERY_OPERATION) statuses.add(status);
  if (url.startsWith('/api/v1/')) for (const status of EVERY_API_OPERATION) statuses.add(status);
  if (schema.params || schema.querystring || schema.body)
    for (const status of WITH_INPUT) statuses.add(status);
  if (schema.body) for (const status of WITH_BODY) statuses.add(status);
  const response: Record<string, unknown> = { ...(schema.response as object) };
  for (const status of [...statuses].sort())
    response[status] ??= {
      description: MEANINGS[status],
      content: { 'application/problem+json': { schema: PROBLEM_SCHEMA } },
    };
  return { schema: { ...schema, response }, url };
}
