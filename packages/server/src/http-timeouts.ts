import type { HttpTimeouts } from './config.js';

/**
 * Fastify's server options with the connection time limits, so that no client holds a socket
 * for long by sending nothing, or its headers or body a byte at a time (slowloris). Node checks
 * the header and request limits on a timer, every quarter of the shorter one (at most every
 * 5 s), so a slow request is closed within 1.25 × its limit. Over HTTPS the TLS handshake gets
 * the header limit too (Node's own is 120 s). A live event stream is not cut: its request is
 * complete at once, and its heartbeats keep the socket from idling.
 */
export function withTimeouts<T extends { https?: object }>(options: T, timeouts: HttpTimeouts) {
  const node = {
    headersTimeout: timeouts.headersMs,
    requestTimeout: timeouts.requestMs,
    connectionsCheckingInterval: Math.max(
      25,
      Math.min(5000, Math.floor(Math.min(timeouts.headersMs, timeouts.requestMs) / 4)),
    ),
  };
  return {
    ...options,
    ...(options.https
      ? { https: { ...options.https, ...node, handshakeTimeout: timeouts.headersMs } }
      : { http: node }),
    // Fastify sets these on the server after creating it (its own defaults are 0, 72 s, 0).
    connectionTimeout: timeouts.idleMs,
    keepAliveTimeout: timeouts.keepAliveMs,
    requestTimeout: timeouts.requestMs,
  };
}
