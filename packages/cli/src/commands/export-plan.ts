import { folderPathsOf, normaliseDocumentPath } from '@designdoc/core';

/** A document as the listing gives it: what `export` needs to place it. */
export interface ListedDocument {
  id: string;
  path: string | null;
  title: string;
  createdAt: string;
}

/**
 * What a document's check-runs file is called: its Markdown file's name with this added
 * (`docs/ledger.md` → `docs/ledger.md.checks.json`), beside it, so the two travel together.
 */
export const CHECKS_FILE_SUFFIX = '.checks.json';

/** Where each document goes (a normalised path, relative to `--out`), what was moved and why. */
export interface ExportPlan {
  files: { document: ListedDocument; file: string }[];
  warnings: string[];
  /** Documents with no free file name at all (every candidate taken): not exported. */
  unplaced: ListedDocument[];
}

/** A file name for a document without a usable path: its title, lower-case and dashed. */
function fileNameFor(document: ListedDocument): string {
  const slug = document.title
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '')
    // Well under the 255 bytes a file name may have, however many bytes a letter takes.
    .slice(0, 60)
    .replace(/-+$/, '');
  return `${slug || document.id}.md`;
}

/**
 * Place every document under `--out` so that no two files are one, and no file is another's
 * folder: each path in its normal form (core's `normaliseDocumentPath`), the older document
 * first where two clash (as the server decides for new paths). A path the server would refuse
 * now, or one that clashes (stored before the server checked), is written at a name made from
 * the title instead, with a warning that says why. Every file is a relative path with no `.`
 * or `..` segment, so it stays inside `--out`. Each file's check-runs name (`CHECKS_FILE_SUFFIX`)
 * is kept free as well, whether or not the document has runs or `--no-checks` is given, so
 * where a document's Markdown lands never depends on its runs or on that flag.
 */
export function planExport(documents: readonly ListedDocument[]): ExportPlan {
  const files = new Set<string>();
  const checkFiles = new Set<string>();
  const folders = new Set<string>();
  /** Why a document cannot be written at `file` now, or undefined when it can. */
  const clashOf = (file: string): string | undefined => {
    const names = [file, ...folderPathsOf(file)];
    if (names.some((name) => checkFiles.has(name)))
      return 'it clashes with an older document’s check-runs file';
    if (folders.has(file) || names.some((name) => files.has(name)))
      return 'it clashes with an older document’s path';
    const checkFile = file + CHECKS_FILE_SUFFIX;
    if (files.has(checkFile) || folders.has(checkFile))
      return `its check-runs file ${checkFile} clashes with an older document’s path`;
    return undefined;
  };
  const plan: ExportPlan = { files: [], warnings: [], unplaced: [] };
  const claim = (document: ListedDocument, file: string) => {
    files.add(file);
    checkFiles.add(file + CHECKS_FILE_SUFFIX);
    for (const folder of folderPathsOf(file)) folders.add(folder);
    plan.files.push({ document, file });
  };
  const byAge = [...documents].sort(
    (a, b) => a.createdAt.localeCompare(b.createdAt) || a.id.localeCompare(b.id),
  );
  const moved = new Map<ListedDocument, string>();
  for (const document of byAge) {
    if (document.path === null) continue;
    const check = normaliseDocumentPath(document.path);
    if (!check.ok) moved.set(document, `it ${check.reason}`);
    else {
      const clash = clashOf(check.path);
      if (clash === undefined) claim(document, check.path);
      else moved.set(document, clash);
    }
  }
  for (const document of documents) {
    if (document.path !== null && !moved.has(document)) continue;
    const name = fileNameFor(document);
    const file = [
      name,
      name.replace(/\.md$/, `-${document.id.slice(0, 8)}.md`),
      `${document.id}.md`,
    ]
      .map((candidate) => normaliseDocumentPath(candidate))
      .flatMap((check) => (check.ok && clashOf(check.path) === undefined ? [check.path] : []))[0];
    const why = moved.get(document);
    if (file === undefined) {
      plan.unplaced.push(document);
      continue;
    }
    claim(document, file);
    if (why)
      plan.warnings.push(
        `“${document.title}” is stored at path ${JSON.stringify(document.path)}, but ${why}; exported as ${file}`,
      );
  }
  return plan;
}
