import { createHash } from 'node:crypto';
import { relative } from 'node:path';
import type { Formatter } from './formatter.js';

/**
 * A fingerprint GitLab matches issues by across pipelines: the file, the rule, the message and
 * which occurrence of that same message in that file it is — not the line, so that text moved
 * by an edit above a finding does not turn it into a "new" issue and its old self into a fixed one.
 */
function fingerprint(path: string, ruleId: string, message: string, occurrence: number): string {
  return createHash('sha256')
    .update([path, ruleId, message, String(occurrence)].join('\u0000'))
    .digest('hex');
}

/**
 * GitLab's Code Quality report (`artifacts:reports:codequality`): an array of issues, each with a
 * description, check name, fingerprint, severity (`minor` for a warning, `major` for an error)
 * and a location by path relative to the repository root (the working folder) and line.
 */
export const gitlab: Formatter = (results, { cwd }) => {
  const issues = results.flatMap((r) => {
    const path = (relative(cwd, r.filePath) || r.filePath).split('\\').join('/');
    const seen = new Map<string, number>();
    return r.diagnostics.map((d) => {
      const key = `${d.ruleId}\u0000${d.message}`;
      const occurrence = seen.get(key) ?? 0;
      seen.set(key, occurrence + 1);
      return {
        description: d.message,
        check_name: d.ruleId,
        fingerprint: fingerprint(path, d.ruleId, d.message, occurrence),
        severity: d.severity === 'error' ? 'major' : 'minor',
        location: { path, lines: { begin: d.place.start.line } },
      };
    });
  });
  return `${JSON.stringify(issues, null, 2)}\n`;
};
