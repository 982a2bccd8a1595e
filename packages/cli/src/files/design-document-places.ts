/**
 * Folders where repositories conventionally keep design documents (ADRs, RFCs, design docs,
 * proposals), as paths of folder names, matched case-insensitively anywhere below the
 * repository root: `packages/api/docs/adr/` holds ADRs as much as `docs/adr/` does.
 */
export const CONVENTIONAL_FOLDERS = [
  'docs/design',
  'design',
  'designs',
  'docs/rfcs',
  'rfcs',
  'rfc',
  'docs/adr',
  'adr',
  'docs/decisions',
  'decisions',
  'docs/proposals',
  'proposals',
];

/** Folder names whose files are never read unless named: other people's code and packages. */
const VENDORED = new Set(['node_modules', 'vendor', 'third_party', 'third-party']);
/** What every repository has and no template describes: read only when named. */
const REPOSITORY_FILES =
  /^(?:readme|changelog|contributing|code_of_conduct|security)\.(?:md|markdown|mdx)$|^license/i;
/** A blank template (`TEMPLATE.md`, `0000-template.md`, `adr-template.md`) is not a document. */
const TEMPLATE_FILE = /^(?:.*[-_.])?template\.(?:md|markdown|mdx)$/i;

const segments = (relativePath: string) => relativePath.split(/[\\/]/);

/**
 * Why a file found without being named is left out of a run, or null when it is not: a
 * repository file (README, CHANGELOG, CONTRIBUTING, CODE_OF_CONDUCT, SECURITY, LICENSE), a
 * blank template, or anything under node_modules or a vendored folder. `relativePath` is
 * relative to the folder the search started in.
 */
export function leftOutByDefault(relativePath: string): string | null {
  const parts = segments(relativePath);
  const name = parts[parts.length - 1] ?? '';
  if (parts.slice(0, -1).some((part) => VENDORED.has(part.toLowerCase()))) return 'vendored';
  if (REPOSITORY_FILES.test(name)) return 'repository file';
  if (TEMPLATE_FILE.test(name) || parts.slice(0, -1).some((p) => p.toLowerCase() === 'templates'))
    return 'template';
  return null;
}

/**
 * The outermost conventional folder that holds a file, as the file's own path up to it
 * (`packages/api/docs/adr` for `packages/api/docs/adr/0001-x.md`), or null when none does.
 * `relativePath` is relative to the repository root.
 */
export function conventionalFolderOf(relativePath: string): string | null {
  const folders = segments(relativePath).slice(0, -1);
  const lower = folders.map((part) => part.toLowerCase());
  let end = Number.POSITIVE_INFINITY;
  for (const folder of CONVENTIONAL_FOLDERS) {
    const wanted = folder.split('/');
    for (let at = 0; at + wanted.length <= lower.length && at + wanted.length < end; at++)
      if (wanted.every((part, i) => lower[at + i] === part)) end = at + wanted.length;
  }
  return Number.isFinite(end) ? folders.slice(0, end).join('/') : null;
}
