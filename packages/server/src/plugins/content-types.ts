import type { FastifyInstance, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import { ProblemError } from './problems.js';

/** The charsets whose bytes are read as they are: UTF-8 and its ASCII subset. */
const UTF8 = new Set(['utf-8', 'utf8', 'us-ascii']);

/** The media types a route's body schema declares (JSON when it declares no other). */
function declaredTypes(request: FastifyRequest): string[] | null {
  const body = request.routeOptions.schema?.body as { content?: object } | undefined;
  if (!body) return null;
  return body.content ? Object.keys(body.content) : ['application/json'];
}

/**
 * A body is taken only in a media type its route declares in the OpenAPI document (a document
 * sent as `application/yaml` was stored as Markdown), and only as UTF-8: text in another charset
 * would be read as UTF-8 and its other letters silently become U+FFFD. Both are a 415, checked
 * before the body is read.
 */
export const contentTypes = fp(async (app: FastifyInstance) => {
  app.addHook('preParsing', (request, _reply, payload, done) => {
    const header = request.headers['content-type'];
    const declared = header === undefined ? null : declaredTypes(request);
    if (!header || !declared) return done(null, payload);
    const [type = '', ...parameters] = header.split(';').map((part) => part.trim());
    const mediaType = type.toLowerCase();
    if (!declared.includes(mediaType))
      return done(
        new ProblemError(
          'unsupported-media-type',
          `This endpoint takes ${declared.join(' or ')}, not ${mediaType || 'an empty type'}`,
        ),
      );
    const charset = parameters
      .map((parameter) => /^charset\s*=\s*"?([^"]*)"?$/i.exec(parameter)?.[1])
      .find((value) => value !== undefined);
    if (charset !== undefined && !UTF8.has(charset.toLowerCase()))
      return done(
        new ProblemError(
          'unsupported-media-type',
          `Text must be sent as UTF-8 (charset=utf-8, or none), not charset=${charset}`,
        ),
      );
    done(null, payload);
  });
});
