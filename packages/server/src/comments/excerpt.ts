/** How much of a comment events and notifications carry. */
const EXCERPT_LENGTH = 200;

/**
 * The start of a comment on one line, for events and notifications: whitespace collapsed, cut
 * at a word near 200 characters with an ellipsis. Only as much of the body is read as the
 * excerpt needs: collapsing the whole of 200 comments of 20,000 characters held the event loop
 * about 45 ms for one page of notifications.
 */
export function excerptOf(body: string): string {
  // Collapsing never lengthens text, so a prefix that collapses past the excerpt's length (and
  // one more character, to know whether to cut) gives the same excerpt as the whole body.
  let read = EXCERPT_LENGTH * 4;
  let text = collapse(body.slice(0, read));
  while (text.length <= EXCERPT_LENGTH && read < body.length) {
    read *= 4;
    text = collapse(body.slice(0, read));
  }
  if (text.length <= EXCERPT_LENGTH) return text;
  const cut = text.slice(0, EXCERPT_LENGTH);
  const space = cut.lastIndexOf(' ');
  return `${(space > EXCERPT_LENGTH / 2 ? cut.slice(0, space) : cut).trimEnd()}…`;
}

const collapse = (text: string) => text.replace(/\s+/g, ' ').trim();
