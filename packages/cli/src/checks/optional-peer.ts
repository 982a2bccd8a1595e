import { CliError } from '../io.js';

/**
 * Whether an import failed because the package `name` is not installed (rather than failing
 * inside it).
 */
export function isMissingPackage(error: unknown, name: string): boolean {
  const { code, message } = (error ?? {}) as { code?: unknown; message?: unknown };
  return (
    (code === 'ERR_MODULE_NOT_FOUND' || code === 'MODULE_NOT_FOUND') &&
    typeof message === 'string' &&
    message.includes(`'${name}'`)
  );
}

/**
 * Load an optional peer dependency of the CLI: the database drivers and the PostgreSQL parser
 * are native or WebAssembly, so a lint install does not carry them. Without it, say in one line
 * what needs it and how to get it (exit 2). `load` is a literal `import('name')`, so the bundle
 * keeps it as an import of that package.
 */
export async function loadPeer<T>(
  name: string,
  range: string,
  purpose: string,
  load: () => Promise<T>,
): Promise<T> {
  try {
    return await load();
  } catch (error) {
    if (isMissingPackage(error, name))
      throw new CliError(
        `${purpose} needs ${name}, which is not installed: npm install ${name}@${range}`,
      );
    throw error;
  }
}
