import { Server } from 'node:net';
import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';

/**
 * Closing the app without failing a request (SIGTERM during a rolling update). From the moment
 * `app.close()` begins, `app.draining` is true, so /readyz answers 503; the server stops
 * accepting connections at once, then closes the idle ones; requests already running finish,
 * and their responses say `Connection: close`, so that no client sends another request on a
 * connection about to close (Fastify says it only for requests that start after the close
 * began; without it, an answered keep-alive connection held the close open until its 72 s
 * keep-alive timeout). `app.closeDeadline` aborts `config.shutdownTimeoutMs` after the close
 * began: the connections still open are then cut (a slow upload, a stuck query's request) and
 * webhook attempts still running are abandoned, so the close ends in bounded time. A request
 * on a connection still open during the drain is served, not refused with Fastify's bare 503
 * (`return503OnClosing: false` in app.ts).
 */
export const gracefulClose = fp(async (app: FastifyInstance) => {
  let draining = false;
  const deadline = new AbortController();
  let timer: NodeJS.Timeout | undefined;
  app.decorate('draining', { getter: () => draining });
  app.decorate('closeDeadline', deadline.signal);
  app.addHook('onSend', (_request, reply, payload, done) => {
    if (draining && !reply.raw.headersSent) reply.header('connection', 'close');
    done(null, payload);
  });
  app.addHook('preClose', (done) => {
    draining = true;
    // Stop listening now, before anything else: a client told `Connection: close` reconnects
    // at once, and a connection made while the listener is still open can be left in its
    // backlog when it closes, and reset. Only then are idle connections closed (Fastify's
    // server.close(), after the other preClose hooks), so that a client that sees its idle
    // connection close finds the port closed (refused, nothing sent) when it reconnects. With
    // http.Server's close (idle connections first), such clients got in between on a loaded
    // machine and were reset: in 2 of 20 runs of serve-shutdown.test.ts; none in 20 this way.
    if (app.server.listening) Server.prototype.close.call(app.server);
    timer = setTimeout(() => cutWhatRemains(app, deadline), app.config.shutdownTimeoutMs);
    timer.unref();
    done();
  });
  app.addHook('onClose', (_instance, done) => {
    clearTimeout(timer);
    done();
  });
});

/** The deadline passed: say what is cut, then cut it. */
function cutWhatRemains(app: FastifyInstance, deadline: AbortController): void {
  app.server.getConnections((_error, open) => {
    if (open > 0)
      app.log.warn(
        { connections: open, shutdownTimeoutMs: app.config.shutdownTimeoutMs },
        'requests still running at SHUTDOWN_TIMEOUT_MS: closing their connections',
      );
    app.server.closeAllConnections();
  });
  deadline.abort(new Error('SHUTDOWN_TIMEOUT_MS passed'));
}
