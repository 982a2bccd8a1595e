import { relative } from 'node:path';
import { type ParsedDocument, parseDocument } from '@designdoc/core';
import { type FileSettings, settingsForFile } from '../config/file-settings.js';
import { ConfigFinder } from '../config/load-config.js';
import { findFiles } from '../files/find-files.js';
import { readDocument } from '../files/read-document.js';
import { CliError, type Io } from '../io.js';

/** A parsed document, the path to show for it, and the settings it is linted with. */
export interface LoadedDocument {
  file: string;
  path: string;
  parsed: ParsedDocument;
  settings: FileSettings;
}

/**
 * Parse the documents matched by some paths/globs with the template each one is configured
 * for. Files that cannot be read are reported on stderr and skipped (exit code 2 at the end).
 */
export async function loadDocuments(
  patterns: string[],
  options: { template?: string; config?: string },
  io: Io,
): Promise<{ documents: LoadedDocument[]; failed: boolean }> {
  const finder = new ConfigFinder(options.config ?? null, io.cwd);
  const files = await findFiles(patterns, io.cwd, finder);
  const documents: LoadedDocument[] = [];
  let failed = false;
  for (const file of files) {
    const shown = relative(io.cwd, file) || file;
    const read = readDocument(file);
    if (!read.ok) {
      io.stderr.write(`designdoc: ${shown}: ${read.message}\n`);
      failed = true;
      continue;
    }
    const settings = settingsForFile(file, read.text, finder, {
      cwd: io.cwd,
      ...(options.template ? { template: options.template } : {}),
    });
    documents.push({
      file: shown,
      path: file,
      parsed: parseDocument(read.text, settings.template),
      settings,
    });
  }
  // Each unreadable file has had its one-line message; nothing more to say before exit 2.
  if (documents.length === 0 && failed) throw new CliError('');
  return { documents, failed };
}
