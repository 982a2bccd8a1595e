import { existsSync, statSync } from 'node:fs';
import { relative, resolve } from 'node:path';
import { glob, isDynamicPattern } from 'tinyglobby';
import type { ConfigFinder, ScopedGlobs } from '../config/load-config.js';
import { CliError } from '../io.js';
import {
  CONVENTIONAL_FOLDERS,
  conventionalFolderOf,
  leftOutByDefault,
} from './design-document-places.js';
import { isMarkedDocument, readHead } from './document-marks.js';

export const MARKDOWN = '**/*.{md,markdown,mdx}';
const MARKDOWN_NAME = /\.(?:md|markdown|mdx)$/i;
export const ALWAYS_IGNORED = ['**/node_modules/**', '**/.git/**'];
/** Not even walked when looking for documents nobody named. */
const VENDORED = ['**/vendor/**', '**/third_party/**', '**/third-party/**'];

/** The one line said when a command with no paths finds nothing to read. */
export const NOTHING_FOUND =
  `No design documents found here: no config “documents”, no Markdown file with a front-matter template or status or a Status line, ` +
  `nothing under ${CONVENTIONAL_FOLDERS.slice(0, 4).join(', ')}, adr, … (README, CHANGELOG and the like are read only when named); ` +
  'run “designdoc init”, or name the files or folders to read';

const isUnder = (folder: string, file: string) => !relative(folder, file).startsWith('..');

/**
 * The design documents a command reads when it is given no paths, under the working folder:
 * the nearest config's `documents` globs when it has them; else every Markdown file that is
 * marked as a design document (front matter `template:` or `status:`, or a Status line in its
 * header) or sits in a conventional folder (docs/design, rfcs, adr, …). Never, unless named in
 * `documents`: README, CHANGELOG and the other repository files, blank templates, vendored
 * folders. `isIgnored` says what .gitignore and the config's ignores leave out. Finding
 * nothing is an error (exit 2) that says what to do.
 */
export async function defaultDocuments(
  cwd: string,
  finder: ConfigFinder,
  root: string,
  isIgnored: (file: string) => boolean,
): Promise<string[]> {
  const config = finder.forDirectory(cwd);
  if (config.documents) return configuredDocuments(config.documents, config.path, cwd, isIgnored);
  const candidates = await glob(MARKDOWN, {
    cwd,
    absolute: true,
    ignore: [...ALWAYS_IGNORED, ...VENDORED],
    dot: false,
  });
  const found = candidates
    .map((file) => resolve(file))
    .filter(
      (file) =>
        !leftOutByDefault(relative(cwd, file)) &&
        !isIgnored(file) &&
        (conventionalFolderOf(relative(root, file)) !== null ||
          isMarkedDocument(readHead(file) ?? '')),
    );
  if (found.length === 0) throw new CliError(NOTHING_FOUND);
  return found.sort();
}

/**
 * The files a config's `documents` globs match under the working folder. A glob that is a
 * plain path names its file (read whatever it is); other globs keep Markdown files only, and
 * leave out what a search without paths leaves out.
 */
async function configuredDocuments(
  documents: ScopedGlobs,
  configPath: string | null,
  cwd: string,
  isIgnored: (file: string) => boolean,
): Promise<string[]> {
  const found = new Set<string>();
  for (const pattern of documents.globs) {
    const named = resolve(documents.baseDir, pattern);
    if (!isDynamicPattern(pattern) && existsSync(named) && statSync(named).isFile()) {
      if (isUnder(cwd, named)) found.add(named);
      continue;
    }
    const matched = await glob(pattern, {
      cwd: documents.baseDir,
      absolute: true,
      ignore: ALWAYS_IGNORED,
      dot: false,
      onlyFiles: true,
    });
    for (const file of matched.map((f) => resolve(f)))
      if (
        MARKDOWN_NAME.test(file) &&
        isUnder(cwd, file) &&
        !leftOutByDefault(relative(documents.baseDir, file)) &&
        !isIgnored(file)
      )
        found.add(file);
  }
  if (found.size === 0) {
    const where = relative(cwd, configPath ?? '') || configPath;
    throw new CliError(
      `The documents of ${where} (${documents.globs.map((g) => `“${g}”`).join(', ')}) match no Markdown files${isUnder(documents.baseDir, cwd) && cwd !== documents.baseDir ? ' under this folder' : ''}; fix the globs, or name the files or folders to read`,
    );
  }
  return [...found].sort();
}
