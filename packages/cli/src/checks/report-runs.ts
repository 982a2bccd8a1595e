import { relative } from 'node:path';
import type { ReadResult } from '../files/read-document.js';
import { CliError, type Io } from '../io.js';
import type { FileResult } from '../lint/lint-file.js';
import { reportCheckRun } from './report-check-run.js';

/** `--report-to` and the flags that go with it, as commander parses them. */
export interface ReportToOptions {
  /** The designdoc server to report each document's run to. */
  reportTo?: string;
  /** The workspace the documents were pushed to. */
  workspace?: string;
  /** The commit checked; default GITHUB_SHA or CI_COMMIT_SHA. */
  commit?: string;
  /** A link to the CI job. */
  runUrl?: string;
}

/** What `--report-to` sends with every run, checked before anything runs. */
export interface ReportTarget {
  server: string;
  workspace: string;
  commit?: string;
  url?: string;
}

/**
 * The report target the flags name, or null without `--report-to`; a missing workspace, a
 * commit that is not 7 to 64 hex digits or a job link that is not http(s) is a usage error
 * before any document is read.
 */
export function reportTarget(options: ReportToOptions, io: Io): ReportTarget | null {
  if (!options.reportTo) {
    for (const flag of ['workspace', 'commit', 'runUrl'] as const)
      if (options[flag] !== undefined)
        throw new CliError(
          `--${flag === 'runUrl' ? 'run-url' : flag} needs --report-to: it describes the run reported to a designdoc server`,
        );
    return null;
  }
  if (!options.workspace)
    throw new CliError('--report-to needs --workspace: the workspace the documents were pushed to');
  const commit = options.commit ?? io.env.GITHUB_SHA ?? io.env.CI_COMMIT_SHA;
  if (commit !== undefined && !/^[0-9a-f]{7,64}$/i.test(commit))
    throw new CliError(`Invalid --commit “${commit}”, expected 7 to 64 hexadecimal digits`);
  if (options.runUrl !== undefined && !/^https?:\/\/\S+$/i.test(options.runUrl))
    throw new CliError(
      `Invalid --run-url “${options.runUrl}”, expected an http:// or https:// URL`,
    );
  return {
    server: options.reportTo,
    workspace: options.workspace,
    ...(commit ? { commit: commit.toLowerCase() } : {}),
    ...(options.runUrl ? { url: options.runUrl } : {}),
  };
}

/**
 * Report each document's run of check `name` to the server (on the version holding the text
 * that was checked, as `reads` holds it), saying on stderr what was stored; a file that could not
 * be read is not reported. A failure stops with a CliError naming the document.
 */
export async function reportRuns(
  name: string,
  results: readonly FileResult[],
  reads: ReadonlyMap<string, ReadResult>,
  target: ReportTarget,
  io: Io,
): Promise<void> {
  for (const result of results) {
    const read = reads.get(result.filePath);
    if (!read?.ok) continue;
    const documentPath = relative(io.cwd, result.filePath);
    const stored = await reportCheckRun({
      server: target.server,
      token: io.env.DESIGNDOC_TOKEN,
      workspace: target.workspace,
      documentPath,
      markdown: read.text,
      run: {
        name,
        result: result.errorCount > 0 ? 'failed' : 'passed',
        diagnostics: result.diagnostics,
        errorCount: result.errorCount,
        warningCount: result.warningCount,
        ...(target.commit ? { commit: target.commit } : {}),
        ...(target.url ? { url: target.url } : {}),
      },
    });
    io.stderr.write(
      `designdoc: reported ${name} for ${documentPath} (version ${stored.version}): ${stored.result}\n`,
    );
  }
}
