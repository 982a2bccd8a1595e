import { type FormEvent, useState } from 'react';
import { ApiProblem, api } from '../api/client';
import type { Comment, Thread } from '../api/review-types';
import { ProblemMessage } from '../components/ProblemMessage';
import { RelativeTime } from '../components/RelativeTime';
import { CommentBody } from './CommentBody';
import { MentionBox } from './MentionBox';

const OUTDATED_WORDS = {
  'section-removed': 'its section is no longer in the document',
  'quote-not-found': 'the quoted passage is no longer in its section',
} as const;

/**
 * One thread: its quote, its comments (Markdown, rendered safely: CommentBody), a reply box
 * with `@mention` suggestions,
 * editing your own comments, and resolve or reopen for the thread's author and authors and up.
 */
export function ThreadView({
  documentId,
  thread,
  me,
  mayResolve,
  onChanged,
}: {
  documentId: string;
  thread: Thread;
  me: string;
  mayResolve: boolean;
  onChanged: () => void;
}) {
  const [error, setError] = useState<ApiProblem | null>(null);
  const [editing, setEditing] = useState<string | null>(null);
  const base = `/api/v1/documents/${documentId}/comments`;
  const call = async (path: string, method: string, body?: unknown) => {
    setError(null);
    try {
      await api(path, { method, body });
      onChanged();
      return true;
    } catch (failure) {
      if (failure instanceof ApiProblem) setError(failure);
      return false;
    }
  };
  const reply = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = event.currentTarget;
    const body = String(new FormData(form).get('body'));
    const last = thread.comments[thread.comments.length - 1] as Comment;
    if (await call(`${base}/${last.id}/replies`, 'POST', { body })) form.reset();
  };
  const edit = async (event: FormEvent<HTMLFormElement>, comment: Comment) => {
    event.preventDefault();
    const body = String(new FormData(event.currentTarget).get('body'));
    if (await call(`${base}/${comment.id}`, 'PATCH', { body })) setEditing(null);
  };
  const starter = thread.comments[0]?.author.username;
  const canResolve = mayResolve || starter === me;
  return (
    <article
      className={`thread${thread.resolved ? ' resolved' : ''}`}
      aria-label={`Thread by ${thread.comments[0]?.author.displayName ?? 'someone'}`}
    >
      {thread.outdated && thread.outdatedReason && (
        <p className="small outdated-reason">Outdated: {OUTDATED_WORDS[thread.outdatedReason]}</p>
      )}
      {thread.quote && <blockquote className="thread-quote">{thread.quote}</blockquote>}
      <ol className="plain-list comments">
        {thread.comments.map((c) => (
          <li key={c.id} className="comment">
            <div className="small muted">
              <strong className="comment-author">
                {c.author.displayName || c.author.username}
              </strong>{' '}
              <RelativeTime iso={c.createdAt} />
              {c.editedAt && ' (edited)'}
              {c.author.username === me && editing !== c.id && (
                <>
                  {' '}
                  <button type="button" className="link" onClick={() => setEditing(c.id)}>
                    Edit<span className="visually-hidden"> your comment</span>
                  </button>
                </>
              )}
            </div>
            {editing === c.id ? (
              <form className="stacked" onSubmit={(e) => void edit(e, c)}>
                <MentionBox name="body" label="Edit your comment" defaultValue={c.body} />
                <div className="button-row">
                  <button type="submit">Save comment</button>
                  <button type="button" onClick={() => setEditing(null)}>
                    Cancel
                  </button>
                </div>
              </form>
            ) : (
              <CommentBody body={c.body} />
            )}
          </li>
        ))}
      </ol>
      {thread.resolved ? (
        <p className="small muted">
          Resolved{thread.resolvedBy ? ` by ${thread.resolvedBy.displayName}` : ''}
          {thread.resolvedAt && (
            <>
              {' '}
              <RelativeTime iso={thread.resolvedAt} />
            </>
          )}
          {canResolve && (
            <>
              {' · '}
              <button
                type="button"
                className="link"
                onClick={() => void call(`${base}/${thread.id}/reopen`, 'POST')}
              >
                Reopen
              </button>
            </>
          )}
        </p>
      ) : (
        <form className="reply-form" onSubmit={(e) => void reply(e)}>
          <MentionBox name="body" label="Reply" labelHidden rows={2} placeholder="Reply…" />
          <div className="button-row">
            <button type="submit">Reply</button>
            {canResolve && (
              <button
                type="button"
                onClick={() => void call(`${base}/${thread.id}/resolve`, 'POST')}
              >
                Resolve
              </button>
            )}
          </div>
        </form>
      )}
      {error && <ProblemMessage problem={error} />}
    </article>
  );
}
