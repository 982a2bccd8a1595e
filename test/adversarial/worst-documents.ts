// The largest documents the server accepts, each built to be the worst case of one kind of work:
// plain text to index and snip, headings to anchor, lines to compare, nesting to descend, rows
// to denormalise. Every one is ASCII and at most `limit` bytes (the body limit, BODY_LIMIT).

/** The word every document repeats, and that searches and quotes look for. */
export const WORD = 'lorem';

/** Fill with `line(i)` for i = 0, 1, … while the total stays within `limit` bytes. */
function fill(head: string, limit: number, line: (i: number) => string, tail = ''): string {
  const parts = [head];
  let size = head.length + tail.length;
  for (let i = 0; ; i++) {
    const next = line(i);
    if (size + next.length > limit) break;
    parts.push(next);
    size += next.length;
  }
  parts.push(tail);
  return parts.join('');
}

/**
 * A title, one section (`## lorem lorem`, anchor `lorem-lorem`) and one paragraph of one word
 * repeated to the limit: a 5 MiB line.
 */
export function oneWordDocument(limit: number): string {
  return fill(`# ${WORD}\n\n## ${WORD} ${WORD}\n\n`, limit, () => `${WORD} `);
}

/** `count` headings, all with the same text (so every anchor is a de-duplicated `lorem-N`). */
export function headingsDocument(count: number): string {
  return `# Headings\n\n${`## ${WORD}\n`.repeat(count)}`;
}

/** Numbered lines starting with `prefix`, to the limit: two prefixes differ on every line. */
export function linesDocument(limit: number, prefix: string): string {
  return fill(`# Lines\n\n`, limit, (i) => `${prefix} ${WORD} ${i}\n\n`);
}

/**
 * Deep nesting everywhere a parser descends: nested front matter (a block mapping 500 deep and a
 * flow sequence 5,000 deep), a block quote 50,000 deep, a list 400 deep, then brackets and
 * emphasis openers that never close, to the limit.
 */
export function nestedDocument(limit: number): string {
  const mapping = Array.from({ length: 500 }, (_, i) => `${'  '.repeat(i)}k${i}:\n`).join('');
  const flow = `${'['.repeat(5000)}${']'.repeat(5000)}`;
  const frontMatter = `---\ntitle: Nested\nnested:\n${mapping.replace(/^/gm, '  ')}  leaf: ${WORD}\nflow: ${flow}\n---\n`;
  const quote = `${'> '.repeat(50_000)}${WORD}\n\n`;
  const list = Array.from({ length: 400 }, (_, i) => `${'  '.repeat(i)}- ${WORD}\n`).join('');
  return fill(`${frontMatter}# Nested\n\n${quote}${list}\n`, limit, (i) =>
    i % 2 === 0 ? '[' : '*',
  );
}

/** The Open Questions and Key Design Decisions sections, one short line each, to the limit. */
export function questionsDocument(limit: number): string {
  const questions = fill(
    `# Questions\n\n## Open Questions\n\n`,
    Math.floor(limit / 2),
    (i) => `- Is ${WORD} ${i} right? - Status: Open\n`,
  );
  return fill(
    `${questions}\n## Key Design Decisions\n\n| Decision | Rationale | Trade-offs |\n|---|---|---|\n`,
    limit,
    (i) => `| ${WORD} ${i} | ${WORD} | ${WORD} |\n`,
  );
}

/** A small document that mentions the word, for a workspace with many search hits. */
export function smallDocument(i: number): string {
  return `# ${WORD} ${i}\n\n## Overview\n\n${`${WORD} `.repeat(50)}\n`;
}

/** A document of `sections` sections, for a long comment thread spread over them. */
export function sectionsDocument(sections: number, prefix: string): string {
  return `# Commented\n\n${Array.from(
    { length: sections },
    (_, i) => `## ${prefix} section ${i}\n\n${WORD} ${prefix} ${i}\n\n`,
  ).join('')}`;
}
