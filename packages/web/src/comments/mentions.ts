/** A workspace member, as `@mention` suggestions show them. */
export interface MentionCandidate {
  username: string;
  displayName: string;
}

/** The `@word` being typed just before the caret: where its `@` is and what follows it. */
export interface MentionQuery {
  start: number;
  prefix: string;
}

/**
 * The mention the caret is in, if any: an `@` at the start or after a space or opening
 * punctuation (not inside an e-mail address, as the server reads mentions), followed by the
 * username characters typed so far.
 */
export function mentionAt(text: string, caret: number): MentionQuery | null {
  const before = text.slice(0, caret);
  const match = /(^|[\s([{"'])@([A-Za-z0-9._-]{0,40})$/.exec(before);
  if (!match) return null;
  const prefix = match[2] ?? '';
  return { start: caret - prefix.length - 1, prefix };
}

/** Members whose username or display name starts (or has a word starting) with `prefix`. */
export function suggestMembers(
  members: readonly MentionCandidate[],
  prefix: string,
  limit = 6,
): MentionCandidate[] {
  const p = prefix.toLowerCase();
  const score = (m: MentionCandidate) => {
    const user = m.username.toLowerCase();
    if (user.startsWith(p)) return 0;
    if (
      m.displayName
        .toLowerCase()
        .split(/\s+/)
        .some((w) => w.startsWith(p))
    )
      return 1;
    return user.includes(p) ? 2 : 3;
  };
  return members
    .map((m) => ({ m, s: score(m) }))
    .filter((x) => x.s < 3)
    .sort((a, b) => a.s - b.s || a.m.username.localeCompare(b.m.username))
    .slice(0, limit)
    .map((x) => x.m);
}

/** `text` with the mention at `query` replaced by `@username ` and where the caret goes then. */
export function insertMention(
  text: string,
  caret: number,
  query: MentionQuery,
  username: string,
): { text: string; caret: number } {
  const inserted = `@${username} `;
  const after = text.slice(caret).replace(/^[A-Za-z0-9._-]*/, '');
  return {
    text: text.slice(0, query.start) + inserted + after.replace(/^ /, ''),
    caret: query.start + inserted.length,
  };
}
