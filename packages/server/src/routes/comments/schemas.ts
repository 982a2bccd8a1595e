import { Type } from '@fastify/type-provider-typebox';
import { NO_NUL, NOT_BLANK_NO_NUL } from '../text-patterns.js';

export const CommentParams = Type.Object({
  id: Type.String({ format: 'uuid' }),
  commentId: Type.String({ format: 'uuid' }),
});

/** A comment's Markdown: not blank, at most 20,000 characters. */
const CommentText = Type.String({ minLength: 1, maxLength: 20_000, pattern: NOT_BLANK_NO_NUL });

export const NewThread = Type.Object(
  {
    section: Type.String({
      minLength: 1,
      maxLength: 300,
      pattern: NO_NUL,
      description: 'The section: its heading anchor (`data-flow`, `#data-flow`) or heading text',
    }),
    quote: Type.Optional(
      Type.String({
        minLength: 1,
        maxLength: 2_000,
        pattern: NOT_BLANK_NO_NUL,
        description: 'A passage of that section, as a reader sees it on the page',
      }),
    ),
    body: CommentText,
  },
  { additionalProperties: false },
);

export const NewReply = Type.Object({ body: CommentText }, { additionalProperties: false });
export const CommentEdit = Type.Object({ body: CommentText }, { additionalProperties: false });

export const ThreadQuery = Type.Object(
  {
    state: Type.Optional(
      Type.Union([Type.Literal('open'), Type.Literal('resolved'), Type.Literal('all')], {
        description: 'Which threads: open (unresolved), resolved, or all (default)',
      }),
    ),
  },
  { additionalProperties: false },
);

const UserRef = Type.Object({
  id: Type.String(),
  username: Type.String(),
  displayName: Type.String(),
});

const Time = Type.String({ format: 'date-time' });
const NullableTime = Type.Union([Time, Type.Null()]);

export const CommentSchema = Type.Object({
  id: Type.String(),
  threadId: Type.String(),
  /** The comment this one answers; null for a thread's first comment. */
  parentId: Type.Union([Type.String(), Type.Null()]),
  author: UserRef,
  body: Type.String(),
  /** The users it notified: mentioned, and allowed to read the document. */
  mentions: Type.Array(Type.String()),
  version: Type.Integer({ description: 'The head version when it was written' }),
  createdAt: Time,
  editedAt: NullableTime,
});

export const ThreadSchema = Type.Object({
  id: Type.String(),
  section: Type.Object({ anchor: Type.String(), title: Type.String() }),
  quote: Type.Union([Type.String(), Type.Null()]),
  version: Type.Integer({ description: 'The head version when the thread was started' }),
  outdated: Type.Boolean(),
  outdatedReason: Type.Union([
    Type.Literal('section-removed'),
    Type.Literal('quote-not-found'),
    Type.Null(),
  ]),
  resolved: Type.Boolean(),
  resolvedAt: NullableTime,
  resolvedBy: Type.Union([UserRef, Type.Null()]),
  createdAt: Time,
  /** The thread's comments, oldest (its first) first. */
  comments: Type.Array(CommentSchema),
});

export const ThreadList = Type.Object({
  version: Type.Integer({ description: 'The head version threads are compared with' }),
  sections: Type.Record(Type.String(), Type.Integer(), {
    description:
      'Unresolved threads per section of the head, by anchor (those whose quote is gone included)',
  }),
  unresolvedOutdated: Type.Integer({
    description: 'Unresolved threads whose section the head no longer has',
  }),
  items: Type.Array(ThreadSchema),
});
