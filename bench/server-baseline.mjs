// The stack's ceiling for "GET a document by id": a bare Fastify route that reads the head
// version's Markdown from the same SQLite file with better-sqlite3, nothing else (no schema,
// no logging, no rate limit, no ETag). Started by server.mjs: node server-baseline.mjs DB PORT
import Database from 'better-sqlite3';
import Fastify from 'fastify';

const [, , file, port] = process.argv;
const db = new Database(file, { readonly: true });
const read = db.prepare(
  'select v.markdown from documents d join versions v on v.document_id = d.id and v.number = d.head_version where d.id = ?',
);
const app = Fastify();
app.get('/doc/:id', (request, reply) => {
  const row = read.get(request.params.id);
  if (!row) return reply.code(404).send();
  return reply.type('text/markdown; charset=utf-8').send(row.markdown);
});
await app.listen({ host: '127.0.0.1', port: Number(port) });
console.log(`baseline on http://127.0.0.1:${port}/`);
