import type { Static } from '@fastify/type-provider-typebox';
import type { CommentSchema, ThreadList, ThreadSchema } from '../routes/comments/schemas.js';
import type { CommentWithNames } from './repo.js';
import { type AnchorSection, outdatedReason } from './section-anchors.js';

type Thread = Static<typeof ThreadSchema>;
type Comment = Static<typeof CommentSchema>;

/** A comment's ids of mentioned users (stored as JSON). */
export function mentionIds(row: { mentions: string }): string[] {
  return JSON.parse(row.mentions) as string[];
}

function commentOf(row: CommentWithNames, usernames: ReadonlyMap<string, string>): Comment {
  return {
    id: row.id,
    threadId: row.thread_id,
    parentId: row.parent_id,
    author: {
      id: row.author_id,
      username: row.author_username,
      displayName: row.author_display_name,
    },
    body: row.body,
    mentions: mentionIds(row).flatMap((id) => usernames.get(id) ?? []),
    version: row.version,
    createdAt: row.created_at,
    editedAt: row.edited_at,
  };
}

/**
 * Comments grouped into threads and compared with the head's sections: a thread applies while
 * the head has its section (and its quote), and is outdated — still shown, with the section
 * title it was on — when not. Threads come in the head's section order, outdated ones last,
 * each section's oldest first. `sections` counts the unresolved threads of each head section.
 */
export function assembleThreads(
  rows: CommentWithNames[],
  head: { version: number; sections: AnchorSection[] },
  usernames: ReadonlyMap<string, string>,
): Static<typeof ThreadList> {
  const byAnchor = new Map(head.sections.map((s) => [s.anchor, s]));
  const order = new Map(head.sections.map((s, i) => [s.anchor, i]));
  const threads = new Map<string, Thread>();
  const counts: Record<string, number> = {};
  let unresolvedOutdated = 0;
  for (const row of rows) {
    if (row.id !== row.thread_id) continue;
    const anchor = row.section_anchor ?? '';
    const reason = outdatedReason(byAnchor, anchor, row.quote);
    if (row.resolved_at === null) {
      if (reason === 'section-removed') unresolvedOutdated++;
      else counts[anchor] = (counts[anchor] ?? 0) + 1;
    }
    threads.set(row.id, {
      id: row.id,
      // A section that is still there under a retouched title ("Data flow") shows it as it is now.
      section: { anchor, title: byAnchor.get(anchor)?.title ?? row.section_title ?? '' },
      quote: row.quote,
      version: row.version,
      outdated: reason !== null,
      outdatedReason: reason,
      resolved: row.resolved_at !== null,
      resolvedAt: row.resolved_at,
      resolvedBy:
        row.resolved_by === null
          ? null
          : {
              id: row.resolved_by,
              username: row.resolver_username ?? '',
              displayName: row.resolver_display_name ?? '',
            },
      createdAt: row.created_at,
      comments: [],
    });
  }
  for (const row of rows) threads.get(row.thread_id)?.comments.push(commentOf(row, usernames));
  const place = (t: Thread) =>
    t.outdatedReason === 'section-removed'
      ? head.sections.length
      : (order.get(t.section.anchor) ?? head.sections.length);
  // A stable sort: within a section, threads stay in the order they were written.
  const items = [...threads.values()].sort((a, b) => place(a) - place(b));
  return { version: head.version, sections: counts, unresolvedOutdated, items };
}
