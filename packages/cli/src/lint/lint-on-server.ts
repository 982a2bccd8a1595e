import type { Diagnostic } from '@designdoc/core';
import { templateNameForServer } from '../config/file-settings.js';
import type { ConfigFinder } from '../config/load-config.js';
import { readDocument } from '../files/read-document.js';
import { inOrder } from '../in-order.js';
import { CliError, type Io } from '../io.js';
import { problemDetail, serverClient } from '../server-client.js';
import { type FileResult, fileProblem } from './lint-file.js';

/** Requests in flight at once: enough to hide the round trips, few enough for a shared server. */
const IN_FLIGHT = 8;

interface ServerLint {
  errorCount: number;
  warningCount: number;
  diagnostics: Diagnostic[];
}

/**
 * `designdoc lint --server`: lint each file on a designdoc server (`POST /api/v1/lint`, with the
 * API key in DESIGNDOC_TOKEN) instead of here, so that a workspace's own templates and default
 * apply (`--workspace`). The template is asked for by name (`--template`, else the config's),
 * else the server decides (front matter, then the workspace default); the config's rule settings
 * do not travel (the server lints with its defaults). Files that
 * cannot be read are reported as locally; a server that refuses is a fault (exit 2).
 */
export async function lintOnServer(
  files: string[],
  options: { server?: string; workspace?: string; template?: string; cwd: string },
  finder: ConfigFinder,
  io: Io,
  onProgress: (done: number) => void,
): Promise<FileResult[]> {
  const client = serverClient(io, options.server);
  const results: FileResult[] = [];
  await inOrder(
    files,
    IN_FLIGHT,
    async (filePath): Promise<FileResult> => {
      const read = readDocument(filePath);
      if (!read.ok) return fileProblem(filePath, read.message, read.fatal);
      const template = templateNameForServer(filePath, finder, options.template);
      const query = [
        ...(template ? [`template=${encodeURIComponent(template)}`] : []),
        ...(options.workspace ? [`workspace=${encodeURIComponent(options.workspace)}`] : []),
      ].join('&');
      const response = await client.request('POST', `/api/v1/lint${query ? `?${query}` : ''}`, {
        body: read.text,
        contentType: 'text/markdown',
      });
      if (response.status !== 200)
        throw new CliError(
          `${problemDetail(response)}${response.status === 401 ? '; set DESIGNDOC_TOKEN to an API key' : ''}`,
        );
      const linted = JSON.parse(response.text) as ServerLint;
      return {
        filePath,
        diagnostics: linted.diagnostics,
        errorCount: linted.errorCount,
        warningCount: linted.warningCount,
        fixableCount: linted.diagnostics.filter((d) => d.fix).length,
      };
    },
    (result) => {
      results.push(result);
      onProgress(results.length);
    },
  );
  return results;
}
