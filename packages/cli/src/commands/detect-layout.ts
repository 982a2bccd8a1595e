import { relative, resolve, sep } from 'node:path';
import { glob } from 'tinyglobby';
import { ALWAYS_IGNORED, MARKDOWN } from '../files/default-documents.js';
import { conventionalFolderOf, leftOutByDefault } from '../files/design-document-places.js';
import { documentMarks, readHead } from '../files/document-marks.js';
import { gitIgnored } from '../files/find-files.js';

/** A conventional folder (docs/adr, rfcs, …) and the documents in it. */
export interface DocumentFolder {
  /** Relative to the working folder, `/`-separated. */
  path: string;
  documents: string[];
}

/** Where a repository keeps its design documents, as `designdoc init` finds it. */
export interface Layout {
  folders: DocumentFolder[];
  /** Documents outside those folders, found by their front matter or Status line. */
  marked: string[];
  /** Documents whose front matter names a template, with what it names. */
  frontMatterTemplates: { file: string; template: string }[];
  /** Blank templates: TEMPLATE.md, 0000-template.md, *-template.md, templates/*.md. */
  blankTemplates: string[];
  /** Every Markdown file directly in each folder that holds a marked document (by folder). */
  markdownByFolder: Map<string, string[]>;
}

const posix = (path: string) => path.split(sep).join('/');
const folderOf = (file: string) => (file.includes('/') ? file.slice(0, file.lastIndexOf('/')) : '');

/**
 * Look at the Markdown files under `cwd` (skipping what .gitignore leaves out, node_modules and
 * vendored folders) and sort them into the conventional folders, the documents marked as design
 * documents elsewhere, and the blank templates. Repository files (README, CHANGELOG, …) count
 * for nothing.
 */
export async function detectLayout(cwd: string): Promise<Layout> {
  const ignored = gitIgnored(cwd);
  const files = (
    await glob(MARKDOWN, {
      cwd,
      absolute: true,
      ignore: [...ALWAYS_IGNORED, '**/vendor/**', '**/third_party/**', '**/third-party/**'],
      dot: false,
    })
  )
    .map((file) => resolve(file))
    .filter((file) => !ignored(file))
    .sort();
  const layout: Layout = {
    folders: [],
    marked: [],
    frontMatterTemplates: [],
    blankTemplates: [],
    markdownByFolder: new Map(),
  };
  const folders = new Map<string, string[]>();
  for (const file of files) {
    const path = posix(relative(cwd, file));
    const why = leftOutByDefault(path);
    if (why === 'template') {
      layout.blankTemplates.push(path);
      continue;
    }
    if (why) continue;
    const listed = layout.markdownByFolder.get(folderOf(path)) ?? [];
    layout.markdownByFolder.set(folderOf(path), [...listed, path]);
    const marks = documentMarks(readHead(file) ?? '');
    if (marks.template) layout.frontMatterTemplates.push({ file: path, template: marks.template });
    const folder = conventionalFolderOf(path);
    if (folder !== null) folders.set(folder, [...(folders.get(folder) ?? []), path]);
    else if (marks.template || marks.status) layout.marked.push(path);
  }
  layout.folders = [...folders].map(([path, documents]) => ({ path, documents }));
  return layout;
}
