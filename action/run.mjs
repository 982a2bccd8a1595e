import { appendFileSync } from 'node:fs';
import { isAbsolute, relative, sep } from 'node:path';
import { parseJsonOutput, runDesignDoc } from './designdoc-process.mjs';
import { ActionError, readInputs } from './inputs.mjs';
import { jobSummary, plural } from './job-summary.mjs';
import { pullRequestCommits, pullRequestFiles } from './pull-request-files.mjs';

// The GitHub Action's entry (action.yml runs it once the CLI is installed): lint the design
// documents, or on a pull request those it changed; print the problems as annotations; write
// the step outputs, the job summary and SARIF when asked; exit with lint's exit code (0 clean,
// 1 errors or too many warnings, 2 a fault). Plain Node with no dependencies: it runs from the
// action's checkout, which has no node_modules.

const toPosix = (path) => path.split(sep).join('/');
const escapeData = (text) => text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
const escapeProperty = (text) => escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');

/** The first line designdoc wrote on stderr, without its `designdoc: ` prefix. */
const firstMessage = (stderr) =>
  stderr
    .trim()
    .split('\n')[0]
    .replace(/^designdoc: /, '');

/**
 * Annotations name files relative to the repository root; designdoc names them relative to the
 * working directory, so in a subfolder each `file=` gets the folder in front.
 */
function annotationsFromRoot(text, folder) {
  if (!folder) return text;
  return text.replace(
    /^(::(?:error|warning) file=)/gm,
    (start) => `${start}${escapeProperty(`${folder}/`)}`,
  );
}

function writeOutputs(file, outputs) {
  if (!file) return;
  appendFileSync(
    file,
    Object.entries(outputs)
      .map(([name, value]) => `${name}=${value}\n`)
      .join(''),
  );
}

/**
 * Which of the documents to lint, and the sentence that says so in the summary: all of them, or
 * on a pull request (unless changed-only is false) those it added, changed or renamed.
 */
function chooseDocuments(inputs, results) {
  const all = { selected: results, targets: inputs.paths };
  const commits = inputs.changedOnly === false ? null : pullRequestCommits(inputs.eventPath);
  if (inputs.changedOnly && !commits)
    return {
      ...all,
      note: `Every design document here (${plural(results.length, 'document')}): changed-only needs a pull request event.`,
    };
  if (!commits || inputs.changedOnly === false)
    return { ...all, note: `Every design document here: ${plural(results.length, 'document')}.` };
  const changed = new Set(pullRequestFiles(inputs.workingDirectory, commits));
  const selected = results.filter((r) => changed.has(toPosix(r.filePath)));
  return {
    selected,
    targets: selected.map((r) => r.filePath),
    note:
      selected.length > 0
        ? `The design documents this pull request changed: ${selected.length} of ${results.length}.`
        : `No design document changed in this pull request: none of its ${plural(changed.size, 'changed file')} is one of the ${plural(results.length, 'design document')} designdoc reads here, so there was nothing to lint.`,
  };
}

function lint(inputs) {
  const cwd = inputs.workingDirectory;
  const run = (args) => runDesignDoc(inputs.bin, args, cwd);
  const config = inputs.config ? ['--config', inputs.config] : [];
  const fromRoot = relative(inputs.workspace, cwd);
  const folder = fromRoot.startsWith('..') || isAbsolute(fromRoot) ? '' : toPosix(fromRoot);

  // Every document the inputs name (with no paths, the config's documents): the numbers, and on
  // a pull request the set the changed files are matched against (so README.md is never linted).
  // `--` ends the options: a file may be called `-x.md`.
  const everything = run(['lint', '--format', 'json', ...config, '--', ...inputs.paths]);
  const results = parseJsonOutput(everything.stdout);
  if (!Array.isArray(results)) {
    process.stderr.write(everything.stderr);
    throw new ActionError(firstMessage(everything.stderr) || 'designdoc lint printed no results');
  }
  const { selected, targets, note } = chooseDocuments(inputs, results);
  if (selected.length === 0) {
    writeOutputs(inputs.outputFile, {
      errors: 0,
      warnings: 0,
      documents: 0,
      'open-questions': 0,
      'sarif-file': '',
    });
    if (inputs.summaryFile)
      appendFileSync(inputs.summaryFile, jobSummary({ documents: [], note }).markdown);
    process.stdout.write(`${note}\n`);
    return 0;
  }

  const maxWarnings = inputs.maxWarnings ? ['--max-warnings', inputs.maxWarnings] : [];
  const annotations = run([
    'lint',
    '--format',
    'github',
    ...config,
    ...maxWarnings,
    '--',
    ...targets,
  ]);
  process.stdout.write(annotationsFromRoot(annotations.stdout, folder));
  process.stderr.write(annotations.stderr);
  let exitCode = annotations.status;
  // The other runs read the same files: a fault there is one the annotations run has explained.
  const alsoFailed = (other) => {
    if (other.status !== 2 || annotations.status === 2) return;
    process.stderr.write(other.stderr);
    exitCode = 2;
  };

  const questions = run([
    'questions',
    '--format',
    'json',
    '--status',
    'unresolved',
    ...config,
    '--',
    ...targets,
  ]);
  alsoFailed(questions);
  const openByFile = new Map();
  for (const row of parseJsonOutput(questions.stdout) ?? [])
    openByFile.set(row.file, (openByFile.get(row.file) ?? 0) + 1);

  if (inputs.sarifFile)
    alsoFailed(
      run([
        'lint',
        '--format',
        'sarif',
        '--output-file',
        inputs.sarifFile,
        ...config,
        '--',
        ...targets,
      ]),
    );

  const documents = selected
    .map((r) => ({
      file: folder ? `${folder}/${toPosix(r.filePath)}` : toPosix(r.filePath),
      errors: r.errorCount,
      warnings: r.warningCount,
      openQuestions: openByFile.get(r.filePath) ?? 0,
    }))
    .sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
  const { markdown, total } = jobSummary({ documents, note });
  writeOutputs(inputs.outputFile, {
    errors: total.errors,
    warnings: total.warnings,
    documents: documents.length,
    'open-questions': total.openQuestions,
    'sarif-file': inputs.sarifFile,
  });
  if (inputs.summaryFile) appendFileSync(inputs.summaryFile, markdown);
  return exitCode;
}

try {
  process.exitCode = lint(readInputs(process.env));
} catch (error) {
  if (!(error instanceof ActionError)) process.stderr.write(`${error.stack ?? error}\n`);
  process.stdout.write(`::error title=designdoc::${escapeData(error.message)}\n`);
  process.exitCode = 2;
}
