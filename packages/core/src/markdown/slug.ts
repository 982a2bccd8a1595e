import GithubSlugger from 'github-slugger';
import { plainText } from './inline-text.js';

/**
 * GitHub-compatible heading anchors. One slugger per document, so repeated titles get the
 * `-1`, `-2` suffixes GitHub gives them.
 */
export function createSlugger(): (headingText: string) => string {
  const slugger = new GithubSlugger();
  return (headingText) => slugger.slug(plainText(headingText));
}
