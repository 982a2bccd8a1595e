import { createRequire } from 'node:module';

/** One example of the CommonMark spec: its number, the section it is in, and its Markdown. */
export interface SpecExample {
  number: number;
  section: string;
  markdown: string;
}

/**
 * The examples of the CommonMark spec (package `commonmark-spec`, the spec's own conformance
 * data), with their tabs restored: the spec prints a tab as `→`.
 */
export function commonMarkExamples(): SpecExample[] {
  const spec = createRequire(import.meta.url)('commonmark-spec') as { tests: SpecExample[] };
  return spec.tests.map(({ number, section, markdown }) => ({
    number,
    section,
    markdown: markdown.replaceAll('→', '\t'),
  }));
}
