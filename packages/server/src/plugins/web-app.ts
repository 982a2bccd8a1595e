import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import helmet from '@fastify/helmet';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';

/**
 * Where `npm run build` puts the web app (`packages/web`'s Vite build): beside `src/` and
 * `dist/`, so the same path holds whether the server runs from its sources (tests) or its build.
 */
export const WEB_APP_DIR = fileURLToPath(new URL('../../web-app/', import.meta.url));

/** Paths that belong to the API and operations: never answered with the app's HTML. */
const NOT_THE_APP = /^\/(?:api(?:\/|$)|healthz$|readyz$|metrics$)/;

/**
 * The page's Content-Security-Policy: scripts only from this server (Vite emits no inline
 * script), no plugins, no framing. Styles allow `'unsafe-inline'` because Mermaid writes a
 * `<style>` into each SVG it draws and CodeMirror injects its theme; neither can run code.
 * Images may come from https and data URLs, as documents embed them.
 */
const CSP_DIRECTIVES = {
  defaultSrc: ["'self'"],
  scriptSrc: ["'self'"],
  styleSrc: ["'self'", "'unsafe-inline'"],
  imgSrc: ["'self'", 'data:', 'https:'],
  fontSrc: ["'self'", 'data:'],
  connectSrc: ["'self'"],
  objectSrc: ["'none'"],
  baseUri: ["'self'"],
  formAction: ["'self'"],
  frameAncestors: ["'none'"],
  workerSrc: ["'self'"],
  // The server may run on plain HTTP (127.0.0.1); do not rewrite its requests to https.
  upgradeInsecureRequests: null,
};

export interface WebAppOptions {
  /** The built app: `index.html` and `assets/`; default WEB_APP_DIR. */
  root?: string;
}

const NOT_BUILT = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>designdoc</title></head>
<body style="font-family: system-ui, sans-serif; max-width: 40rem; margin: 3rem auto; line-height: 1.5">
<h1>designdoc</h1>
<p>The API is running, but the web app has not been built.</p>
<p>Build it with <code>npm run build</code> (or <code>npm ci</code>, which builds everything), then restart the server.</p>
<p>The API is described at <a href="/api/docs">/api/docs</a>.</p>
</body></html>
`;

/**
 * The web app at `/`: hashed assets with a year of immutable caching, precompressed, and
 * `index.html` (never
 * cached, so a new release is picked up) for every other GET that is not an API or operations
 * path, so that client routes such as `/documents/…` load the app. Headers (CSP and the rest of
 * helmet's) apply to these routes only: the API and its Swagger UI keep their own.
 * Without a build the server still starts, and `/` says how to build the app.
 */
export async function webApp(app: FastifyInstance, options: WebAppOptions = {}): Promise<void> {
  const root = options.root ?? WEB_APP_DIR;
  const access = { access: { public: true } } as const;
  await app.register(helmet, {
    contentSecurityPolicy: { useDefaults: true, directives: CSP_DIRECTIVES },
    // Cross-origin isolation would stop documents' https images.
    crossOriginEmbedderPolicy: false,
  });
  if (!existsSync(join(root, 'index.html'))) {
    app.get('/', { config: access, schema: { hide: true } }, (_request, reply) =>
      reply.code(200).type('text/html; charset=utf-8').send(NOT_BUILT),
    );
    return;
  }
  // The build writes each text asset's brotli and gzip forms beside it (packages/web's
  // scripts/precompress.mjs): sent as the browser accepts, with `Vary: Accept-Encoding`.
  await app.register(fastifyStatic, {
    root,
    serve: false,
    decorateReply: true,
    preCompressed: true,
  });
  // Hashed files, fetched once per release and then cached: not worth a rate-limit count.
  const asset = { ...access, rateLimit: false } as const;
  app.get('/assets/*', { config: asset, schema: { hide: true } }, (request, reply) => {
    const file = (request.params as { '*': string })['*'];
    return reply.sendFile(`assets/${file}`, { maxAge: '365d', immutable: true });
  });
  const page = (request: FastifyRequest, reply: FastifyReply) => {
    const path = request.url.split('?')[0] as string;
    if (NOT_THE_APP.test(path)) return reply.callNotFound();
    // A file at the root of the build (the icon, robots.txt); anything else is a client route.
    const file = path.slice(1);
    if (/^[\w.-]+\.(?:svg|ico|png|txt|webmanifest)$/.test(file) && existsSync(join(root, file)))
      return reply.sendFile(file, { maxAge: '1d' });
    return reply
      .header('cache-control', 'no-cache')
      .sendFile('index.html', { cacheControl: false });
  };
  app.get('/', { config: access, schema: { hide: true } }, page);
  app.get('/*', { config: access, schema: { hide: true } }, page);
}
