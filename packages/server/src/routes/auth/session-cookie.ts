import type { FastifyReply, FastifyRequest } from 'fastify';
import { SESSION_COOKIE } from '../../identity/sessions.js';

/** Whether cookies must be `Secure`: the request came over HTTPS, or the public URL is HTTPS. */
export function secureCookies(request: FastifyRequest): boolean {
  return request.protocol === 'https' || request.server.config.publicUrl.startsWith('https:');
}

/**
 * Hand a new session to the browser: `HttpOnly`, `SameSite=Lax`, for the whole site, until
 * the session's absolute end. Password and single sign-on set it the same way.
 */
export function setSessionCookie(
  request: FastifyRequest,
  reply: FastifyReply,
  session: { token: string; expiresAt: string },
): void {
  reply.setCookie(SESSION_COOKIE, session.token, {
    path: '/',
    httpOnly: true,
    sameSite: 'lax',
    secure: secureCookies(request),
    expires: new Date(session.expiresAt),
  });
}

/** Tell the browser to forget its session cookie. */
export function clearSessionCookie(request: FastifyRequest, reply: FastifyReply): void {
  reply.clearCookie(SESSION_COOKIE, {
    path: '/',
    httpOnly: true,
    sameSite: 'lax',
    secure: secureCookies(request),
  });
}
