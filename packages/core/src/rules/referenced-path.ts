import { defineRule, type PathResolver } from '../lint/rule.js';
import { maskedLine, scanMatches } from '../lint/scan-lines.js';
import type { ParsedDocument } from '../model/parse.js';
import { isMarkedPlanned } from './planned-mark.js';

/**
 * A single-backtick code span with a slash and no space in it; `pathSpans` checks that the
 * backticks pair as CommonMark pairs them. The slash is in the pattern so that the scan stops
 * only at the few spans that can be paths: matching every span (40,000 in the Rust RFCs, 800
 * with a slash) and filtering after made the rule 230 ms of that corpus's lint, this 70–120.
 */
const CODE_SPAN = /`([^`\s/]*\/[^`\s]*)`/g;
/**
 * What a path in the repository looks like: `./` or `../` steps, then names of letters, digits
 * and `_ . @ + -` (not starting with `-`, which is a flag) joined by `/`, with an optional
 * trailing `/` for a folder. No scheme, no space, no `*`, `{}` or `<>` (globs and placeholders),
 * no leading `/` (a URL path or a path outside the repository), no `//`, and at least one `/`.
 */
const PATH_SHAPE =
  /^(?:\.\.?\/)*(?!\.\.?(?:\/|$))[\p{L}\p{N}_.@+][\p{L}\p{N}_.@+-]*(?:\/(?!\.\.?(?:\/|$))[\p{L}\p{N}_.@+-]+)*\/?$/u;
/** A line (and column) or GitHub line anchor after a path: `app.ts:42`, `app.ts#L10-L20`. */
const LINE_SUFFIX = /(?::\d+(?::\d+)?|#L\d+(?:-L?\d+)?)$/;
const HTML_COMMENT = /<!--[\s\S]*?-->/g;
/**
 * A name that by convention stands for any name, so the path is an example (`foo/bar.rs`,
 * `text/0000-my-feature.md`, `docs/x.md`): `foo`, `bar`, `baz`, `qux`, `x`, `y`, `z`, `n…`,
 * `0…`, `my…`, `your…`, `some…`, `example…`, alone or before `-`, `_` or `.`.
 */
const PLACEHOLDER_NAME = /^(?:foo|bar|baz|qux|x+|y|z|n+|0+|my|your|some|example)(?:[-_.].*)?$/i;

/**
 * Paths a document names in code spans (`deploy/alerts.yaml`, `packages/server/src/app.ts`)
 * exist in its repository. The host answers (the CLI from the document's git repository);
 * without one the rule is silent. Which spans are paths of the repository is `namesMissing`'s
 * to decide; the docs page gives the figures it was measured with.
 */
export const referencedPath = defineRule({
  meta: {
    id: 'referenced-path',
    description: 'Paths named in code spans exist in the repository, unless marked as planned.',
    defaultSeverity: 'error',
    fixable: false,
    messages: { missingPath: 'Missing path “{{path}}” (named as a path of this repository)' },
    optionsSchema: {
      type: 'object',
      properties: {
        roots: {
          type: 'array',
          items: { type: 'string', pattern: '^[^/]+/?$' },
          description:
            'Top-level folders whose paths are checked even while the folder does not exist.',
        },
        ignore: {
          type: 'array',
          items: { type: 'string' },
          description:
            'Globs of paths not to check (`*` and `?` within a name, `**` across folders, `{a,b}`).',
        },
      },
      additionalProperties: false,
    },
  },
  defaultOptions: { roots: [] as string[], ignore: [] as string[] },
  check({ doc, options, report, resolvePath }) {
    if (!resolvePath) return;
    const roots = new Set(options.roots.map((root) => root.replace(/\/$/, '')));
    const ignored = options.ignore.map(globPattern);
    for (const { path, line, column } of pathSpans(doc)) {
      const whole = path.replace(/\/$/, '');
      if (ignored.some((glob) => glob.test(whole))) continue;
      if (whole.split('/').some((name) => PLACEHOLDER_NAME.test(name))) continue;
      if (!namesMissing(whole, resolvePath, roots)) continue;
      const place = doc.lines.span(line, column, column + path.length);
      if (!isMarkedPlanned(doc, place)) report({ messageId: 'missingPath', data: { path }, place });
    }
  },
});

/**
 * Whether `path` (no trailing `/`) is a path of this repository that does not exist. It is one
 * when its first name is an entry of the repository root (after `./` and `../` steps, of the
 * document's folder): `src/main.rs` in a repository without `src/`, `io/fs`, `github.com/x/y`
 * are some other project's paths, or no paths. And it is missing when the folder it names is
 * there and the last name is not: a path whose folder is missing too is an example layout
 * (`docs/decisions/smar/0005-x.md` among a document's options) more often than a mistake. Under
 * one of `roots` that does not exist yet, every path is missing.
 */
function namesMissing(path: string, resolvePath: PathResolver, roots: Set<string>): boolean {
  const names = path.split('/');
  const steps = names.findIndex((name) => name !== '.' && name !== '..');
  const first = names.slice(0, steps + 1).join('/');
  const firstExists = resolvePath(first);
  if (firstExists !== true) return firstExists === false && steps === 0 && roots.has(first);
  if (first === path) return false;
  const folder = names.slice(0, -1).join('/');
  if (folder !== first && resolvePath(folder) !== true) return false;
  return resolvePath(path) === false;
}

/**
 * The path-shaped code spans in prose, each with the place of its text: not in code or HTML
 * blocks, HTML comments or front matter, and not the whole text of a link (`` [`x/y`](…) ``),
 * whose destination says where it is.
 */
function* pathSpans(
  doc: ParsedDocument,
): Generator<{ path: string; line: number; column: number }> {
  const { literalLines } = doc.tree;
  for (const { line, column, match } of scanMatches(doc, CODE_SPAN, { includeCode: true })) {
    const content = match[1] as string;
    if (literalLines[line] !== 0) continue;
    const path = content.replace(LINE_SUFFIX, '');
    if (!PATH_SHAPE.test(path)) continue;
    const raw = doc.lines.lineText(line);
    const start = column - 1;
    const end = start + match[0].length;
    if (!isWholeSpan(doc, raw, line, start, end)) continue;
    if (raw[start - 1] === '[' && raw[end] === ']' && /^[[(]/.test(raw[end + 1] ?? '')) continue;
    yield { path, line, column: column + 1 };
  }
}

/**
 * Whether `raw[start, end)` is a code span of its own, as CommonMark pairs backticks: blanked by
 * the line's masking, with the characters around it not (so not a piece of a longer span), and
 * not inside an HTML comment.
 */
function isWholeSpan(
  doc: ParsedDocument,
  raw: string,
  line: number,
  start: number,
  end: number,
): boolean {
  const masked = maskedLine(doc, line);
  if (masked.slice(start, end).trim() !== '') return false;
  const inside = (i: number) => i >= 0 && i < raw.length && raw[i] !== ' ' && masked[i] === ' ';
  if (inside(start - 1) || inside(end)) return false;
  if (!raw.includes('<!--')) return true;
  const comments = raw.replace(HTML_COMMENT, (m) => ' '.repeat(m.length));
  return comments[start] === '`';
}

/**
 * A glob as a regular expression over a whole path: `*` and `?` within a name, `**` across
 * names (a trailing `/**` matches the folder itself too), `{a,b}` either.
 */
function globPattern(glob: string): RegExp {
  let source = '';
  let braces = 0;
  for (let i = 0; i < glob.length; i++) {
    const char = glob[i] as string;
    if (glob.startsWith('/**', i) && i + 3 === glob.length) {
      source += '(?:/.*)?';
      i += 2;
    } else if (glob.startsWith('**/', i)) {
      source += '(?:.*/)?';
      i += 2;
    } else if (glob.startsWith('**', i)) {
      source += '.*';
      i += 1;
    } else if (char === '*') source += '[^/]*';
    else if (char === '?') source += '[^/]';
    else if (char === '{') {
      braces++;
      source += '(?:';
    } else if (char === '}' && braces > 0) {
      braces--;
      source += ')';
    } else if (char === ',' && braces > 0) source += '|';
    else source += char.replace(/[.+^${}()|[\]\\]/g, '\\$&');
  }
  // Unbalanced braces: the glob is taken as written.
  if (braces > 0) source = glob.replace(/[.*?+^${}()|[\]\\]/g, '\\$&');
  return new RegExp(`^${source}$`);
}
