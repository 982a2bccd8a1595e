import { dirname, resolve } from 'node:path';

/**
 * The folders whose changes can change what a command read from `files`: each file's folder and
 * every folder above it up to the working directory (new files, new folders, the config file),
 * each to be watched on its own. Never a recursive watch of the working directory, which may
 * hold node_modules.
 */
export function watchedFolders(files: readonly string[], cwd: string): Set<string> {
  const root = resolve(cwd);
  const folders = new Set<string>([root]);
  for (const file of files) {
    let folder = dirname(file);
    while (!folders.has(folder)) {
      folders.add(folder);
      const parent = dirname(folder);
      if (parent === folder || !folder.startsWith(root)) break;
      folder = parent;
    }
  }
  return folders;
}
