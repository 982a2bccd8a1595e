import { readdirSync } from 'node:fs';
import { join } from 'node:path';

/** A package's source files that ship: not tests, suites, test support or declarations. */
export function shippedSources(dir: string): string[] {
  return (readdirSync(dir, { recursive: true, encoding: 'utf8' }) as string[])
    .filter(
      (file) =>
        /\.(?:ts|tsx)$/.test(file) && !/\.(?:test|suite)\.tsx?$|test-support|\.d\.ts$/.test(file),
    )
    .map((file) => join(dir, file));
}
