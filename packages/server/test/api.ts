import type { FastifyInstance } from 'fastify';
import type { Kysely } from 'kysely';
import { expect } from 'vitest';
import type { Database } from '../src/db/database.js';

/** Create a workspace through the API, expecting 201. */
export async function createWorkspace(
  app: FastifyInstance,
  slug = 'demo',
  defaultTemplate = 'tdd',
): Promise<void> {
  const response = await app.inject({
    method: 'POST',
    url: '/api/v1/workspaces',
    payload: { slug, name: slug, defaultTemplate },
  });
  expect(response.statusCode).toBe(201);
}

/** Post a Markdown document into a workspace, expecting 201; its id and ETag. */
export async function createDocument(
  app: FastifyInstance,
  markdown: string,
  ws = 'demo',
): Promise<{ id: string; etag: string }> {
  const response = await app.inject({
    method: 'POST',
    url: `/api/v1/workspaces/${ws}/documents`,
    headers: { 'content-type': 'text/markdown' },
    payload: markdown,
  });
  expect(response.statusCode).toBe(201);
  return { id: response.json().id as string, etag: response.headers.etag as string };
}

/**
 * Put a document in a review status straight in the database: for tests about what reads
 * filter by status (the workflow's own tests go through the transitions API).
 */
export async function setReviewStatus(
  db: Kysely<Database>,
  id: string,
  status: string,
): Promise<void> {
  await db.updateTable('documents').set({ status }).where('id', '=', id).execute();
}
