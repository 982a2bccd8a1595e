import type { Diagnostic, Fix } from './diagnostic.js';

/**
 * Apply the fixes of some diagnostics to a source, in order, skipping any fix that overlaps one
 * already taken (the next pass picks it up). Pure: returns the new text and what was applied.
 */
export function applyFixes(
  source: string,
  diagnostics: readonly Diagnostic[],
): { output: string; applied: number } {
  const fixes = diagnostics
    .map((d) => d.fix)
    .filter((fix): fix is Fix => fix !== undefined)
    .sort((a, b) => a.range[0] - b.range[0] || a.range[1] - b.range[1]);
  let output = '';
  let last = 0;
  let applied = 0;
  for (const fix of fixes) {
    const [start, end] = fix.range;
    if (start < last || start > end || end > source.length) continue;
    output += source.slice(last, start) + fix.text;
    last = end;
    applied++;
  }
  output += source.slice(last);
  return { output, applied };
}
