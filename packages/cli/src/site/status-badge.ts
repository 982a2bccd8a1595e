import { escapeHtml } from './html.js';

/** A document status as a badge (its colour comes from the `status-…` class). */
export function statusBadge(status: string): string {
  return `<span class="badge status-${escapeHtml(status)}">${escapeHtml(status)}</span>`;
}

/** Lint state in a few words: "clean", "2 errors, 1 warning". */
export function lintSummary(errors: number, warnings: number): string {
  if (errors === 0 && warnings === 0) return 'clean';
  const parts = [];
  if (errors > 0) parts.push(`${errors} error${errors === 1 ? '' : 's'}`);
  if (warnings > 0) parts.push(`${warnings} warning${warnings === 1 ? '' : 's'}`);
  return parts.join(', ');
}

/** The lint summary as a badge: `lint-errors`, `lint-warnings` or `lint-clean`. */
export function lintBadge(errors: number, warnings: number): string {
  const kind = errors > 0 ? 'errors' : warnings > 0 ? 'warnings' : 'clean';
  return `<span class="badge lint-${kind}">${lintSummary(errors, warnings)}</span>`;
}
