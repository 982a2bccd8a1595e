import { expect } from 'vitest';

/** Case, spacing and a heading's level may change (a fix respells a status, moves a heading). */
const normalise = (line: string) =>
  line
    .toLowerCase()
    .replace(/^\s*#{1,6}\s+/, '')
    .replace(/\s+/g, ' ')
    .trim();

/** A table row with no text in any cell (`| | | |`): the one kind of line a fix may delete. */
export const isEmptyTableRow = (line: string) => /^\s*\|[\s|]*$/.test(line) && line.includes('|');

/**
 * Fixing never loses text: every non-blank line of `before`, other than an empty table row, is
 * still in `after`, perhaps respelled (case), re-levelled (a heading) or extended (a padded table row).
 */
export function expectNoTextLost(before: string, after: string): void {
  const afterLines = after.split(/\r?\n/).map(normalise);
  const lost = before
    .split(/\r?\n/)
    .filter((line) => line.trim() !== '' && !isEmptyTableRow(line))
    .filter((line) => !afterLines.some((candidate) => candidate.includes(normalise(line))));
  expect(lost).toEqual([]);
}
