import { CLEAN_TDD } from './paths.js';

export { CLEAN_TDD };

/**
 * The clean tdd document plus a second level-1 heading the template does not know: one
 * heading-level warning (and no fix, since the section is the author's own).
 */
export const TDD_WITH_WARNING = `${CLEAN_TDD}\n# Random Thoughts\n\nSome notes.\n`;

/** The clean tdd document with a bracketed placeholder left in: one unfilled-placeholder error. */
export const TDD_WITH_ERROR = CLEAN_TDD.replace(
  '- SMS as a third channel.',
  '- SMS as a third channel, [TODO].',
);

/** One error and one warning. */
export const TDD_WITH_ERROR_AND_WARNING = `${TDD_WITH_ERROR}\n# Random Thoughts\n\nSome notes.\n`;

/** The 1-based line of the first line of `text` containing `needle`. */
export function lineOf(text: string, needle: string): number {
  const index = text.split('\n').findIndex((line) => line.includes(needle));
  if (index < 0) throw new Error(`“${needle}” is not in the text`);
  return index + 1;
}
