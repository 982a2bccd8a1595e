/** How much of a comment events and notifications carry. */
const EXCERPT_LENGTH = 200;

/**
 * The start of a comment on one line, for events and notifications: whitespace collapsed, cut
 * at a word near 200 characters with an ellipsis.
 */
export function excerptOf(body: string): string {
  const text = body.replace(/\s+/g, ' ').trim();
  if (text.length <= EXCERPT_LENGTH) return text;
  const cut = text.slice(0, EXCERPT_LENGTH);
  const space = cut.lastIndexOf(' ');
  return `${(space > EXCERPT_LENGTH / 2 ? cut.slice(0, space) : cut).trimEnd()}…`;
}
