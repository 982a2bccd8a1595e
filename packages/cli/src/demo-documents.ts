import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { DemoDocument } from '@designdoc/server';
import { settingsForFile } from './config/file-settings.js';
import { ConfigFinder } from './config/load-config.js';
import { findFiles } from './files/find-files.js';

// This module sits at the top of src/ so that, compiled (dist/) or bundled (bundle/), the
// repository is three folders up: packages/cli/<dist|bundle>/ → the root.
const REPOSITORY = fileURLToPath(new URL('../../../', import.meta.url));

/**
 * The documents the demo workspace starts with: the repository's own DESIGN.md and the
 * examples (their config picks each one's template), or none when designdoc runs from an
 * installed package without the repository around it.
 */
export async function demoDocuments(): Promise<DemoDocument[]> {
  const design = join(REPOSITORY, 'DESIGN.md');
  const examples = join(REPOSITORY, 'examples');
  if (!existsSync(design) || !existsSync(examples) || readdirSync(examples).length === 0) return [];
  const finder = new ConfigFinder(null, REPOSITORY);
  const files = [design, ...(await findFiles([examples], REPOSITORY, finder))];
  return files.map((file) => {
    const markdown = readFileSync(file, 'utf8');
    return {
      markdown,
      template: settingsForFile(file, markdown, finder, { cwd: REPOSITORY }).template.name,
    };
  });
}
