const FRONT_MATTER = /^(?:\uFEFF)?---[ \t]*\r?\n([\s\S]*?)\r?\n(?:---|\.\.\.)[ \t]*(?:\r?\n|$)/;
const TEMPLATE_KEY = /^template:[ \t]*["']?([^"'\r\n#]+?)["']?[ \t]*(?:#.*)?$/m;

/**
 * The `template:` named in a document's front matter, read without parsing the document, so a
 * host can choose the template before it parses. Null when there is none.
 */
export function peekTemplateName(source: string): string | null {
  if (!source.startsWith('---') && !source.startsWith('\uFEFF---')) return null;
  const block = FRONT_MATTER.exec(source.slice(0, 64 * 1024));
  const match = block ? TEMPLATE_KEY.exec(block[1] ?? '') : null;
  return match?.[1]?.trim() || null;
}

/**
 * Whether a template reference is a path to a spec file (`./templates/brief.yaml`) rather than a
 * name: it has a slash or a spec file's extension.
 */
export function isTemplatePath(ref: string): boolean {
  return /[\\/]/.test(ref) || /\.(?:ya?ml|json)$/i.test(ref);
}
