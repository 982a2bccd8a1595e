import { folderPathsOf, normaliseDocumentPath } from '@designdoc/core';

/** A document as the listing gives it: what `export` needs to place it. */
export interface ListedDocument {
  id: string;
  path: string | null;
  title: string;
  createdAt: string;
}

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
 * or `..` segment, so it stays inside `--out`.
 */
export function planExport(documents: readonly ListedDocument[]): ExportPlan {
  const files = new Set<string>();
  const folders = new Set<string>();
  const isFree = (file: string) =>
    !files.has(file) && !folders.has(file) && !folderPathsOf(file).some((f) => files.has(f));
  const plan: ExportPlan = { files: [], warnings: [], unplaced: [] };
  const claim = (document: ListedDocument, file: string) => {
    files.add(file);
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
    else if (isFree(check.path)) claim(document, check.path);
    else moved.set(document, 'it clashes with an older document’s path');
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
      .flatMap((check) => (check.ok && isFree(check.path) ? [check.path] : []))[0];
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
