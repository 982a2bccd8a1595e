import type { FastifyError, FastifyInstance, FastifyReply } from 'fastify';
import fp from 'fastify-plugin';

/** Where each problem type is explained; `type` URIs are stable and never reused. */
const PROBLEM_DOCS = 'https://github.com/designdoc/designdoc/blob/main/docs/api.md#problem-';

/** The server's one error catalogue: code → HTTP status and title. */
export const PROBLEMS = {
  'validation-failed': { status: 400, title: 'The request is not valid' },
  'malformed-url': { status: 400, title: 'The URL is not validly encoded' },
  'malformed-request': { status: 400, title: 'The request is not valid HTTP' },
  'weak-password': { status: 400, title: 'The password is too weak' },
  'oidc-state-invalid': { status: 400, title: 'The sign-in cannot be matched to one started here' },
  unauthenticated: { status: 401, title: 'Sign in or send an API key' },
  'invalid-credentials': { status: 401, title: 'Wrong username or password' },
  'client-certificate-required': { status: 401, title: 'A client certificate is required' },
  'oidc-sign-in-failed': { status: 401, title: 'Single sign-on failed' },
  forbidden: { status: 403, title: 'Your role does not allow this' },
  'csrf-token-invalid': { status: 403, title: 'Missing or wrong CSRF token' },
  'not-found': { status: 404, title: 'Not found' },
  'route-not-found': { status: 404, title: 'No such endpoint' },
  'oidc-not-configured': { status: 404, title: 'Single sign-on is not set up' },
  'not-acceptable': { status: 406, title: 'No representation matches the Accept header' },
  'request-timeout': { status: 408, title: 'The request did not arrive in time' },
  conflict: { status: 409, title: 'Conflict with the current state' },
  'transition-not-allowed': { status: 409, title: 'The document cannot move to that status' },
  'approval-blocked': { status: 409, title: 'The document cannot be approved yet' },
  'precondition-failed': { status: 412, title: 'The document has changed since you read it' },
  'payload-too-large': { status: 413, title: 'The request body is too large' },
  'document-too-large': { status: 413, title: 'The document is larger than this server reads' },
  'uri-too-long': { status: 414, title: 'A part of the URL is too long' },
  'unsupported-media-type': { status: 415, title: 'Unsupported content type' },
  'too-many-headings': {
    status: 422,
    title: 'The document has more headings than this server reads',
  },
  'precondition-required': { status: 428, title: 'If-Match is required' },
  'rate-limited': { status: 429, title: 'Too many requests' },
  'headers-too-large': { status: 431, title: 'The request headers are too large' },
  'sign-in-throttled': { status: 429, title: 'Too many failed sign-ins' },
  'too-many-streams': { status: 429, title: 'Too many live event streams open' },
  internal: { status: 500, title: 'Internal server error' },
  'oidc-provider-unavailable': { status: 502, title: 'The identity provider cannot be reached' },
} as const;

export type ProblemCode = keyof typeof PROBLEMS;

/** One bad field of a request: where (`in` and a JSON pointer) and what is wrong with it. */
export interface FieldProblem {
  in: 'body' | 'querystring' | 'params' | 'headers';
  pointer: string;
  detail: string;
}

/** An error a route throws to answer with an RFC 9457 problem. */
export class ProblemError extends Error {
  constructor(
    readonly code: ProblemCode,
    readonly detail: string,
    readonly extra: Record<string, unknown> = {},
  ) {
    super(detail);
    this.name = 'ProblemError';
  }
}

/** The RFC 9457 body of a problem; `instance` is the request's URL when there is one. */
export function problemBody(
  code: ProblemCode,
  detail: string,
  extra: Record<string, unknown> = {},
): Record<string, unknown> {
  const { status, title } = PROBLEMS[code];
  return { type: `${PROBLEM_DOCS}${code}`, title, status, detail, ...extra };
}

/** Send an `application/problem+json` response. */
export function sendProblem(
  reply: FastifyReply,
  code: ProblemCode,
  detail: string,
  extra: Record<string, unknown> = {},
): FastifyReply {
  return reply
    .code(PROBLEMS[code].status)
    .type('application/problem+json')
    .send(problemBody(code, detail, { instance: instanceOf(reply.request.url), ...extra }));
}

/** The request as a problem's `instance`; sign-in URLs without their query (an OIDC code, a state). */
function instanceOf(url: string): string {
  return url.startsWith('/api/v1/auth/') ? (url.split('?')[0] as string) : url;
}

const PARTS = new Set(['body', 'querystring', 'params', 'headers']);

/**
 * Every error becomes a problem: route problems as thrown, schema validation failures with
 * the pointer of each bad field, Fastify's own 4xx errors by their status, and anything else
 * as a 500 whose body says nothing about internals (the log has the details).
 */
export const problems = fp(async (app: FastifyInstance) => {
  app.setNotFoundHandler((request, reply) =>
    sendProblem(
      reply,
      'route-not-found',
      `No endpoint ${request.method} ${request.url.split('?')[0]}`,
    ),
  );
  app.setErrorHandler((error: FastifyError, request, reply) => {
    if (error instanceof ProblemError)
      return sendProblem(reply, error.code, error.detail, error.extra);
    if (error.validation) {
      const part = PARTS.has(error.validationContext ?? '') ? error.validationContext : 'body';
      const errors: FieldProblem[] = error.validation.map((v) => ({
        in: part as FieldProblem['in'],
        pointer: v.instancePath || '/',
        detail: v.message ?? 'is not valid',
      }));
      return sendProblem(
        reply,
        'validation-failed',
        errors.map((e) => `${e.in} ${e.pointer} ${e.detail}`).join('; '),
        { errors },
      );
    }
    if (error.code === 'FST_ERR_CTP_BODY_TOO_LARGE')
      return sendProblem(
        reply,
        'payload-too-large',
        `${error.message}: this endpoint reads at most ${request.routeOptions.bodyLimit} bytes`,
      );
    if (error.code === 'FST_ERR_CTP_INVALID_MEDIA_TYPE')
      return sendProblem(reply, 'unsupported-media-type', error.message);
    if (error.statusCode === 429) return sendProblem(reply, 'rate-limited', error.message);
    if (error.statusCode && error.statusCode >= 400 && error.statusCode < 500)
      return sendProblem(reply, 'validation-failed', error.message);
    request.log.error({ err: error }, 'unhandled error');
    return sendProblem(
      reply,
      'internal',
      'Something went wrong on our side; the request id identifies it in the log.',
      {
        requestId: request.id,
      },
    );
  });
});
