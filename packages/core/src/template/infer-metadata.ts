import type { FrontMatterBlock } from '../markdown/front-matter.js';
import { lifecycleOf } from '../model/document-status.js';
import { KNOWN_FRONT_MATTER_KEYS } from '../model/front-matter-values.js';
import type { FrontMatterSpec, StatusSpec } from './spec.js';

/** A value the template leaves for the author to fill in, rather than one to copy as it is. */
const PLACEHOLDER_VALUE = /^\s*$|\{[^}]*\}|\[[^\]]*\]|\bTBD\b|\byyyy-mm-dd\b|<[^>]+>|\.\.\.|…/i;

/** A key written commented out in the template's front matter: `# status: "{proposed | …}"`. */
const COMMENTED_KEY = /^#\s*([A-Za-z][\w-]*)\s*:\s*(.*)$/;

/**
 * What a template's front matter asks of documents. A key whose value is a stand-in (`{…}`,
 * `[…]`, empty) is required; a key with a fixed value (site configuration such as MADR's
 * `parent: Decisions`) and a key written commented out (MADR's optional elements) are accepted
 * but not required. A commented or filled `status` gives the template's status vocabulary.
 */
export function inferFrontMatter(
  block: FrontMatterBlock | null,
  yamlText: string,
): { frontMatter?: FrontMatterSpec; statusValues?: string } {
  const required: string[] = [];
  const allowed: string[] = [];
  let statusValues: string | undefined;
  for (const [key, value] of Object.entries(block?.data ?? {})) {
    const text = typeof value === 'string' ? value : value === null ? '' : JSON.stringify(value);
    if (PLACEHOLDER_VALUE.test(text)) required.push(key);
    else allowed.push(key);
    if (key === 'status' && typeof value === 'string') statusValues = value;
  }
  for (const line of yamlText.split('\n')) {
    const commented = COMMENTED_KEY.exec(line.trim());
    if (!commented) continue;
    const key = commented[1] as string;
    if (!required.includes(key) && !allowed.includes(key)) allowed.push(key);
    if (key === 'status') statusValues = (commented[2] as string).replace(/^["']|["']$/g, '');
  }
  const extraKeys = [...required, ...allowed].filter(
    (key) => !KNOWN_FRONT_MATTER_KEYS.includes(key),
  );
  if (required.length === 0 && extraKeys.length === 0) return statusValues ? { statusValues } : {};
  const frontMatter: FrontMatterSpec = {};
  if (required.length > 0) frontMatter.required = required;
  if (extraKeys.length > 0) frontMatter.extraKeys = extraKeys;
  return statusValues ? { frontMatter, statusValues } : { frontMatter };
}

/**
 * A status vocabulary from how the template writes it: `{proposed | rejected | … | superseded
 * by ADR-0123}`, `**Awaiting implementation** or **Awaiting review**`, `Draft/Accepted`. An
 * ellipsis among the values means others are accepted too.
 */
export function inferStatusVocabulary(written: string, field?: string): StatusSpec | undefined {
  const bold = [...written.matchAll(/\*\*([^*]+)\*\*|__([^_]+)__/g)].map((m) => m[1] ?? m[2] ?? '');
  const parts =
    bold.length > 1
      ? bold
      : written
          .replace(/^[\s"'{[(]+|[\s"'}\])]+$/g, '')
          .split(/\s*(?:\||\/|,|\bor\b)\s*/)
          .map((part) => part.replace(/[*_`]/g, '').trim());
  const open = parts.some((part) => part === '…' || part === '...');
  const values = parts
    .filter((part) => part !== '' && part !== '…' && part !== '...' && /[A-Za-z]/.test(part))
    .map((value) => ({ value, lifecycle: lifecycleOf(value) }));
  if (values.length < 2 && !field) return undefined;
  const spec: StatusSpec = {};
  if (field) spec.field = field;
  if (values.length > 0) spec.values = values;
  if (open) spec.open = true;
  return spec;
}
