import { maskInlineCode } from '../markdown/inline-text.js';
import { PLACEHOLDER_PATTERNS } from './placeholders.js';
import type { PlaceholderSpec } from './spec.js';

/**
 * The placeholder patterns a template uses: a pattern is kept when the template's own body
 * has a match for it outside inline code (a template written with `{…}` stand-ins gets the
 * brace pattern, one with `[…]` the bracket pattern). Markers (TBD, TODO) are never inferred: in
 * a document they mark an open point, which the model records as an open question.
 */
export function inferPlaceholders(body: string): PlaceholderSpec[] {
  const text = body
    .split('\n')
    .map((line) => maskInlineCode(line))
    .join('\n')
    .replace(/<!--[\s\S]*?-->/g, ' ');
  return PLACEHOLDER_PATTERNS.filter(
    (p) => p.id !== 'marker' && new RegExp(p.pattern, p.flags ?? '').test(text),
  ).map((p) => ({ ...p }));
}
