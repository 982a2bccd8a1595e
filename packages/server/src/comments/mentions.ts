import type { Kysely } from 'kysely';
import type { Database } from '../db/database.js';
import { isRole } from '../identity/policy.js';
import { mayReadRestricted } from '../identity/visibility.js';

/**
 * `@name` in a comment, by the username pattern (users.ts): not inside a word or an e-mail
 * address (`a@b.org`), and a name's final dot or dash is the sentence's, not the name's.
 */
const MENTION = /(?<![\w@./-])@([a-z0-9](?:[a-z0-9._-]{0,38}[a-z0-9])?)(?![\w@])/gi;

/** At most this many people are notified by one comment: a list of names is not a broadcast. */
export const MAX_MENTIONS = 50;

/**
 * The usernames a comment's Markdown mentions, lower-cased, once each, in order, the first
 * MAX_MENTIONS of them; mentions in code (fenced blocks, inline spans) are text, not mentions.
 */
export function mentionedUsernames(markdown: string): string[] {
  const prose = markdown
    .replace(/^(`{3,}|~{3,})[^\n]*\n[\s\S]*?(?:^\1[ \t]*$|(?![\s\S]))/gm, ' ')
    .replace(/(`+)[\s\S]*?\1/g, ' ');
  const names = [...prose.matchAll(MENTION)].map((m) => (m[1] as string).toLowerCase());
  return [...new Set(names)].slice(0, MAX_MENTIONS);
}

/** A user a comment may notify. */
export interface Reader {
  id: string;
  username: string;
}

/**
 * Of the users named, those who may read the document: existing, enabled accounts that are
 * members of its workspace (or instance admins), and for a confidential document also allowed
 * to read it. Anyone else is left out without a word, so that a mention tells the commenter
 * nothing about who exists or who may read what.
 */
export async function readersAmong(
  db: Kysely<Database>,
  document: { id: string; workspace_id: string; restricted: number },
  usernames: string[],
): Promise<Reader[]> {
  if (usernames.length === 0) return [];
  const rows = await db
    .selectFrom('users')
    .leftJoin('memberships', (join) =>
      join
        .onRef('memberships.user_id', '=', 'users.id')
        .on('memberships.workspace_id', '=', document.workspace_id),
    )
    .select(['users.id', 'users.username', 'users.instance_admin', 'memberships.role'])
    .where('users.username', 'in', usernames)
    .where('users.disabled_at', 'is', null)
    .execute();
  const readers: Reader[] = [];
  for (const name of usernames) {
    const row = rows.find((r) => r.username === name);
    if (!row) continue;
    const instanceAdmin = row.instance_admin === 1;
    const role = row.role !== null && isRole(row.role) ? row.role : null;
    if (!instanceAdmin && role === null) continue;
    const caller = { userId: row.id, username: row.username, instanceAdmin, scopes: null };
    if (document.restricted === 1 && !(await mayReadRestricted(db, caller, role, document.id)))
      continue;
    readers.push({ id: row.id, username: row.username });
  }
  return readers;
}
