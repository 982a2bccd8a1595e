import { useEffect } from 'react';

/** Set the window title while the screen shows (screen readers announce it on navigation). */
export function useTitle(title: string | undefined): void {
  useEffect(() => {
    document.title = title ? `${title} · designdoc` : 'designdoc';
  }, [title]);
}
