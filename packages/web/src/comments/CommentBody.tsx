import { useEffect, useState } from 'react';
import { SafeHtml } from '../components/SafeHtml';

type Renderer = (markdown: string) => string;
let loaded: Renderer | null = null;

/**
 * A comment's body, Markdown rendered by the core (loaded on first use, shared with the editor's
 * chunk) and put in the page through SafeHtml's comment profile: only the tags Markdown makes,
 * no ids, no raw HTML beyond them. Until the renderer has loaded the body shows as plain text.
 */
export function CommentBody({ body }: { body: string }) {
  const [render, setRender] = useState<Renderer | null>(() => loaded);
  useEffect(() => {
    if (render) return;
    let live = true;
    void import('./render-comment').then((m) => {
      loaded = m.renderComment;
      if (live) setRender(() => m.renderComment);
    });
    return () => {
      live = false;
    };
  }, [render]);
  if (!render) return <p className="comment-body plain">{body}</p>;
  return <SafeHtml html={render(body)} className="comment-body" profile="comment" />;
}
