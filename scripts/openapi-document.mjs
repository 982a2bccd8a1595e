// The OpenAPI document the server serves at /api/v1/openapi.json, from an app built in this
// process that never listens (its database an empty in-memory SQLite one). It loads the built
// server (packages/server/dist): run `npx tsc -b` first. Used by generate-api-types.mjs and
// write-openapi.mjs.
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../', import.meta.url));

/** The built server's API, or a one-line answer saying to build it. */
async function loadServer(script) {
  try {
    return await import('@designdoc/server');
  } catch (error) {
    console.error(
      `${script}: cannot load the built server (${error.message.split('\n')[0]}): run \`npx tsc -b\` first`,
    );
    process.exit(2);
  }
}

/** The OpenAPI document as a client gets it; `script` names the caller in a failure. */
export async function openApiDocument(script) {
  const { buildApp, loadServerConfig, migrateToLatest, openSqlite } = await loadServer(script);
  const connection = openSqlite(':memory:');
  try {
    await migrateToLatest(connection.db);
    const config = loadServerConfig({}, ROOT, { demo: false });
    const app = await buildApp({ config, database: connection });
    try {
      const response = await app.inject({ method: 'GET', url: '/api/v1/openapi.json' });
      if (response.statusCode !== 200)
        throw new Error(`GET /api/v1/openapi.json answered ${response.statusCode}`);
      return response.json();
    } finally {
      await app.close();
    }
  } finally {
    await connection.db.destroy();
  }
}
