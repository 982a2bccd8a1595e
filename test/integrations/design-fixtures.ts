/**
 * A small repository of design documents for the CI integration tests: a config whose
 * `documents` are docs/design/*.md, a two-section template (short documents that still have open
 * questions), and documents that are clean, broken (two errors, one warning) or broken only in
 * ways `designdoc fix` repairs.
 */
export const CONFIG_FILES = {
  'designdoc.config.yaml': 'documents:\n  - docs/design/*.md\ntemplate: ./designdoc.brief.yaml\n',
  'designdoc.brief.yaml': `name: brief
title: Design brief
documentTitle:
  level: 1
sections:
  - id: summary
    title: Summary
    level: 2
    content:
      - kind: prose
  - id: open-questions
    title: Open Questions
    level: 2
    content:
      - kind: questions
        statuses: [Open, In Progress, Resolved]
`,
};

function designDocument(title: string, frontMatter: string, questions: string[]): string {
  return `---
title: ${title}
status: draft
${frontMatter}---

# ${title}

## Summary

What ${title.toLowerCase()} does, and for whom.

## Open Questions

${questions.map((q) => `- ${q}`).join('\n')}
`;
}

/** No findings; one open question. */
export const CLEAN = designDocument('Cache warmer', '', [
  'Which regions go first? - Status: Open',
  'Do we need a kill switch? - Status: Resolved (yes)',
]);

/**
 * Two errors (an unknown question status on line 15, a status in the wrong case on line 16) and
 * a warning (an unknown front matter key on line 4); one open question (status “Maybe”).
 */
export const BROKEN = designDocument('Search indexer', 'owner: search-team\n', [
  'Do we index archived documents? - Status: Maybe',
  'Who owns the runbook? - Status: resolved (platform)',
]);

/** One error, which `designdoc fix` repairs: a question status written in lower case. */
export const FIXABLE = designDocument('Billing export', '', [
  'Which file format? - Status: resolved (CSV)',
]);

/** Markdown that is not a design document: linted against the template, it would fail. */
export const README = '# The project\n\nHow to build it.\n';
