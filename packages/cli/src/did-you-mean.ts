import { didYouMean } from '@designdoc/core';

export { didYouMean };

/**
 * The end of an "unknown value" message: the valid values, and the one a typo was most likely
 * meant to be — `, expected one of open, resolved; did you mean “open”?` — so every option that
 * takes a fixed set of values answers a mistake the same way.
 */
export function expectedOneOf(input: string, candidates: readonly string[]): string {
  const suggestion = didYouMean(input, candidates);
  return `, expected one of ${candidates.join(', ')}${suggestion ? `; did you mean “${suggestion}”?` : ''}`;
}
