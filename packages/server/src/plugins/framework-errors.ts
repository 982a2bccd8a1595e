import { STATUS_CODES } from 'node:http';
import type { Socket } from 'node:net';
import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import { PROBLEMS, type ProblemCode, problemBody, sendProblem } from './problems.js';

/**
 * Fastify's `frameworkErrors` option: the router's own refusals, made before any route or hook
 * runs, answered as problems like every other error. A path with a bad %-escape (`/documents/%zz`)
 * is `malformed-url`; a path segment over Fastify's `maxParamLength` (100 characters) is
 * `uri-too-long`.
 */
export function frameworkErrors(
  error: FastifyError,
  request: FastifyRequest,
  reply: FastifyReply,
): void {
  reply.header('x-request-id', request.id);
  const path = request.url.split('?')[0];
  if (error.code === 'FST_ERR_MAX_PARAM_LENGTH')
    sendProblem(reply, 'uri-too-long', `A segment of the path ${path} is over 100 characters`);
  else if (error.code === 'FST_ERR_BAD_URL')
    sendProblem(
      reply,
      'malformed-url',
      'The path holds a %-escape that is not UTF-8 (write a literal % as %25)',
    );
  else sendProblem(reply, 'malformed-request', error.message);
}

/** Node's HTTP parser errors by code: what the client is told, as a problem. */
const CLIENT_ERRORS: Record<string, { code: ProblemCode; detail: string }> = {
  HPE_HEADER_OVERFLOW: {
    code: 'headers-too-large',
    detail: 'The request line and headers are over the server’s limit of 16 KiB together',
  },
  ERR_HTTP_REQUEST_TIMEOUT: {
    code: 'request-timeout',
    detail: 'The request’s headers or body did not arrive within the server’s time limit',
  },
};

/**
 * Fastify's `clientErrorHandler` option: a request Node's HTTP parser refuses (headers over 16
 * KiB, a request too slow to arrive, bytes that are not HTTP) never reaches Fastify, so the
 * problem is written on the socket here, which is then closed.
 */
export function clientErrorHandler(error: NodeJS.ErrnoException, socket: Socket): void {
  if (error.code === 'ECONNRESET' || socket.destroyed) return;
  const known = CLIENT_ERRORS[error.code ?? ''] ?? {
    code: 'malformed-request' as const,
    detail: 'The request could not be read as HTTP/1.1',
  };
  const status = PROBLEMS[known.code].status;
  const body = JSON.stringify(problemBody(known.code, known.detail));
  if (socket.writable)
    socket.write(
      `HTTP/1.1 ${status} ${STATUS_CODES[status]}\r\nContent-Type: application/problem+json; charset=utf-8\r\nContent-Length: ${Buffer.byteLength(body)}\r\nConnection: close\r\n\r\n${body}`,
    );
  socket.destroy(error);
}
