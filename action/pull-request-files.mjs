import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { ActionError } from './inputs.mjs';

/**
 * The base and head commits of the pull request the workflow runs for, from the event payload
 * (`pull_request.base.sha`, `pull_request.head.sha`); null for any other event (push, schedule…).
 */
export function pullRequestCommits(eventPath) {
  if (!eventPath) return null;
  let event;
  try {
    event = JSON.parse(readFileSync(eventPath, 'utf8'));
  } catch (error) {
    throw new ActionError(`Cannot read the event payload ${eventPath}: ${error.message}`);
  }
  const base = event?.pull_request?.base?.sha;
  const head = event?.pull_request?.head?.sha;
  return typeof base === 'string' && typeof head === 'string' ? { base, head } : null;
}

/**
 * The files the pull request adds, changes or renames, as GitHub's "Files changed" tab lists
 * them (`git diff base...head`, from their merge base), relative to `cwd` and with `/`
 * separators; files outside `cwd` are left out (`--relative`). Both commits must be in the
 * clone: actions/checkout fetches one commit unless told `fetch-depth: 0`.
 */
export function pullRequestFiles(cwd, { base, head }) {
  let listed;
  try {
    listed = execFileSync(
      'git',
      ['diff', '--name-only', '-z', '--relative', '--diff-filter=ACMR', `${base}...${head}`, '--'],
      { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], maxBuffer: 64 * 1024 * 1024 },
    );
  } catch (error) {
    const reason = String(error.stderr ?? error.message)
      .trim()
      .split('\n')[0];
    throw new ActionError(
      `Cannot list the files the pull request changed (git diff ${base.slice(0, 12)}...${head.slice(0, 12)}: ${reason}); check out with “fetch-depth: 0” so that both commits are in the clone, or set changed-only: false`,
    );
  }
  return listed.split('\0').filter(Boolean);
}
