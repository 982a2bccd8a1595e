import { resolve } from 'node:path';

/** A problem with how the action is set up: the entry reports it in one line and exits 2. */
export class ActionError extends Error {}

const BOOLEANS = new Map([
  ['true', true],
  ['false', false],
]);

/**
 * The action's settings, read once from the environment. action.yml maps each `inputs.<name>` to
 * `INPUT_<NAME>` (upper case, hyphens kept): the variable the runner itself sets for JavaScript
 * actions, which composite actions do not get (actions/runner#665). `changedOnly` is null when
 * the input is empty: the entry then decides from the event (true on pull requests).
 */
export function readInputs(env) {
  const input = (name) => (env[`INPUT_${name.toUpperCase()}`] ?? '').trim();
  const changedOnly = input('changed-only').toLowerCase();
  if (changedOnly !== '' && !BOOLEANS.has(changedOnly))
    throw new ActionError(`Invalid input changed-only “${changedOnly}”, expected true or false`);
  if (!env.DESIGNDOC_BIN)
    throw new ActionError(
      'DESIGNDOC_BIN is not set: run action/run.mjs through action.yml, which installs designdoc',
    );
  const workspace = resolve(env.GITHUB_WORKSPACE || process.cwd());
  const sarifFile = input('sarif-file');
  return {
    bin: env.DESIGNDOC_BIN,
    paths: input('paths')
      .split(/\r?\n/)
      .map((line) => line.trim())
      .filter(Boolean),
    changedOnly: changedOnly === '' ? null : BOOLEANS.get(changedOnly),
    config: input('config'),
    // Relative to the workspace, where github/codeql-action/upload-sarif looks for it too.
    sarifFile: sarifFile ? resolve(workspace, sarifFile) : '',
    maxWarnings: input('max-warnings'),
    workspace,
    workingDirectory: resolve(workspace, input('working-directory') || '.'),
    eventPath: env.GITHUB_EVENT_PATH ?? '',
    outputFile: env.GITHUB_OUTPUT ?? '',
    summaryFile: env.GITHUB_STEP_SUMMARY ?? '',
  };
}
