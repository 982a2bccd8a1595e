import { CliError } from './io.js';
import { VERSION } from './version.js';

/**
 * Whether an import failed because `@designdoc/server` is not installed. The server is a package
 * of its own (an optional peer dependency of the CLI), so a lint install does not carry Fastify,
 * the database drivers and the web app.
 */
export function isMissingServer(error: unknown): boolean {
  const { code, message } = (error ?? {}) as { code?: unknown; message?: unknown };
  return (
    (code === 'ERR_MODULE_NOT_FOUND' || code === 'MODULE_NOT_FOUND') &&
    typeof message === 'string' &&
    /['"]@designdoc\/server['"]/.test(message)
  );
}

/**
 * Load a command that runs the server's code (`serve`, `migrate`, `user`); without the server
 * package, say in one line how to get it (exit 2).
 */
export async function loadServerCommand<T>(command: string, load: () => Promise<T>): Promise<T> {
  try {
    return await load();
  } catch (error) {
    if (isMissingServer(error))
      throw new CliError(
        `designdoc ${command} needs the server, which is not installed: npm install @designdoc/server@${VERSION}`,
      );
    throw error;
  }
}
