import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { Database } from '../db/database.js';
import { prepareDocument, resolveTemplate } from '../documents/prepare-document.js';
import { insertDocument } from '../documents/repo.js';
import { workspaceTemplates } from '../templates/template-lookup.js';

/** A document to seed the demo workspace with: its Markdown and the template it is written in. */
export interface DemoDocument {
  markdown: string;
  template: string;
}

/**
 * On a first start (no workspace at all), create the `demo` workspace and import the given
 * documents into it; otherwise do nothing, so a restart never duplicates them. Returns how many
 * documents were imported.
 */
export async function importDemo(db: Kysely<Database>, documents: DemoDocument[]): Promise<number> {
  const any = await db.selectFrom('workspaces').select('id').limit(1).executeTakeFirst();
  if (any) return 0;
  const now = new Date().toISOString();
  const workspace = {
    id: randomUUID(),
    slug: 'demo',
    name: 'Demo',
    default_template: 'tdd',
    created_at: now,
    updated_at: now,
  };
  await db.insertInto('workspaces').values(workspace).execute();
  const templates = await workspaceTemplates(db, null);
  for (const document of documents) {
    const doc = prepareDocument(
      document.markdown,
      resolveTemplate(document.markdown, document.template, 'tdd', templates),
    );
    // Seeded documents keep the status their front matter gives, as if reviewed elsewhere.
    await insertDocument(db, { workspaceId: workspace.id, doc, status: doc.status });
  }
  return documents.length;
}
