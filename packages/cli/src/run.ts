import { DesignDocError } from '@designdoc/core';
import { Command, CommanderError } from 'commander';
import { choiceOption } from './choice-option.js';
import { checkApiCommand } from './commands/check-api.js';
import { checkSchemaCommand } from './commands/check-schema.js';
import { decisionsCommand } from './commands/decisions.js';
import { initCommand } from './commands/init.js';
import { lintCommand } from './commands/lint.js';
import { newCommand } from './commands/new.js';
import { questionsCommand } from './commands/questions.js';
import { schemaCommand } from './commands/schema.js';
import { showCommand } from './commands/show.js';
import { templateInfer, templateList, templateShow } from './commands/template.js';
import { FORMATTERS } from './formatters/index.js';
import { CliError, type Io } from './io.js';
import { loadServerCommand } from './server-commands.js';
import { VERSION } from './version.js';

const collect = (value: string, previous: string[] = []) => [...previous, value];

/** The top-level help's summary of lint's flags, named as ESLint names them. */
const LINT_FLAGS_HELP = `
Lint flags (designdoc lint --help for all):
  -f, --format <format>                stylish, json, eslint-json, sarif, github, gitlab, junit
  --fix, --fix-dry-run                 apply safe fixes, or print them as a diff
  --cache, --cache-location <path>     reuse results of unchanged files
  --stdin, --stdin-filename <path>     lint standard input as if it were that file
  --rule <id:severity>                 set a rule for this run (repeatable)
  --print-config <file>                print the settings that apply to a file
  --report-unused-disable-directives   report disable comments that do nothing
  --max-warnings <n>, --quiet          fail on too many warnings; errors only
  --debug, --watch                     explain each file and time the rules; lint on change
`;

/**
 * The designdoc command line: parse `argv`, run the command against `io`, return the exit code
 * (0 clean, 1 lint errors, 2 usage, configuration or I/O fault). Never throws.
 */
export async function run(argv: string[], io: Io): Promise<number> {
  let exitCode = 0;
  const program = new Command('designdoc')
    .description('Lint, fix, show and scaffold technical design documents.')
    .version(VERSION, '-v, --version')
    .exitOverride()
    .showHelpAfterError('(run designdoc --help for usage)')
    .configureOutput({ writeOut: (s) => io.stdout.write(s), writeErr: (s) => io.stderr.write(s) })
    .addHelpText('after', LINT_FLAGS_HELP);

  // lint, fix, build and preview choose documents and their settings the same way.
  const documentOptions = (command: Command) =>
    command
      .argument('[paths...]', 'files, folders or globs (default: the design documents here)')
      .option('-t, --template <name|path>', 'template for every file (preset name or spec path)')
      .option('-c, --config <file>', 'use this config file instead of searching for one')
      .option('--no-ignore', 'include files that .gitignore or the config ignores leave out');

  // lint, fix, check-api and check-schema print and judge their findings the same way.
  const reportOptions = (command: Command) =>
    documentOptions(command)
      .addOption(
        choiceOption('-f, --format <format>', 'output format', Object.keys(FORMATTERS)).default(
          'stylish',
        ),
      )
      .option('-o, --output-file <file>', 'write the report to a file instead of stdout')
      .option('--max-warnings <n>', 'exit 1 when there are more than n warnings')
      .option('--quiet', 'report errors only');

  const lintOptions = (command: Command) =>
    reportOptions(command)
      .option(
        '--report-unused-disable-directives',
        'report disable comments that switch nothing off, as errors',
      )
      .addOption(
        choiceOption(
          '--report-unused-disable-directives-severity <level>',
          'report disable comments that switch nothing off at this severity',
          ['off', 'warn', 'error'],
        ),
      )
      .option('--no-color', 'disable colours (also NO_COLOR)');

  // questions and decisions read documents and print rows: the same options.
  const listOptions = (command: Command) =>
    command
      .addOption(
        choiceOption('-f, --format <format>', 'output format', ['table', 'json', 'csv']).default(
          'table',
        ),
      )
      .option('-t, --template <name|path>', 'template (preset name or spec path)')
      .option('-c, --config <file>', 'config file');

  lintOptions(program.command('lint'))
    .description('lint design documents')
    .option('--fix', 'apply safe fixes to the files')
    .option('--fix-dry-run', 'print a unified diff of the fixes and write nothing (json: output)')
    .option(
      '-s, --server <url>',
      "lint on a designdoc server (API key in DESIGNDOC_TOKEN), with its workspace's templates",
    )
    .option('-w, --workspace <slug>', 'with --server: the workspace whose templates apply')
    .option('--stdin', 'lint the Markdown on standard input')
    .option(
      '--stdin-filename <path>',
      'with --stdin: lint it as this file (config, template, output)',
    )
    .option('--cache', 'reuse the results of unchanged files from the last --cache run')
    .option('--cache-location <file|dir>', 'the cache file, or a folder for it', '.designdoccache')
    .option(
      '--rule <id:severity>',
      'set a rule to off, warn or error for this run (repeatable)',
      collect,
    )
    .option(
      '--print-config <file>',
      'print the settings that apply to a file as JSON; lint nothing',
    )
    .option('--debug', 'say which config and template each file used, and time the rules (stderr)')
    .option('--watch', 'lint again whenever a file changes, until Ctrl+C')
    .action(async (paths: string[], options) => {
      exitCode = await lintCommand(paths, options, io);
    });

  // check-api and check-schema report like lint (formats, severities, exit codes) and can
  // report their run to a designdoc server.
  const checkOptions = (command: Command) =>
    reportOptions(command)
      .option(
        '--rule <id:severity>',
        'set a rule to off, warn or error for this run (repeatable)',
        collect,
      )
      .option(
        '--report-to <url>',
        'report the run to this designdoc server (API key in DESIGNDOC_TOKEN)',
      )
      .option('-w, --workspace <slug>', 'with --report-to: the workspace of the documents')
      .option(
        '--commit <sha>',
        'with --report-to: the commit checked (default: GITHUB_SHA, CI_COMMIT_SHA)',
      )
      .option('--run-url <url>', 'with --report-to: a link to the CI job')
      .option('--no-color', 'disable colours (also NO_COLOR)');

  checkOptions(program.command('check-api'))
    .description("compare documents' API contracts with an OpenAPI description")
    .requiredOption('--openapi <file|url>', 'the OpenAPI 3.0 or 3.1 description (JSON or YAML)')
    .action(async (paths: string[], options) => {
      exitCode = await checkApiCommand(paths, options, io);
    });

  checkOptions(program.command('check-schema'))
    .description("compare documents' Data Model with SQL DDL or a live database")
    .option('--ddl <file>', 'a SQL DDL file (repeatable)', collect)
    .addOption(
      choiceOption('--dialect <dialect>', "the DDL files' SQL dialect", [
        'postgres',
        'sqlite',
      ]).default('postgres'),
    )
    .option('--database <url>', 'a live database: postgres://…, sqlite:PATH or mysql://…')
    .action(async (paths: string[], options) => {
      exitCode = await checkSchemaCommand(paths, options, io);
    });

  lintOptions(program.command('fix'))
    .description('apply safe fixes, then report what is left (same as lint --fix)')
    .option('--dry-run', 'print a unified diff of the fixes and write nothing (lint --fix-dry-run)')
    .action(async (paths: string[], { dryRun, ...options }) => {
      exitCode = await lintCommand(
        paths,
        dryRun ? { ...options, fixDryRun: true } : { ...options, fix: true },
        io,
      );
    });

  program
    .command('show')
    .argument('<file>', 'a design document')
    .description('show the document model (outline, extracts, lint counts)')
    .option('--json', 'print the typed model as JSON')
    .option('-t, --template <name|path>', 'template (preset name or spec path)')
    .option('-c, --config <file>', 'config file')
    .option('--no-color', 'disable colours')
    .action(async (file: string, options) => {
      exitCode = await showCommand(file, options, io);
    });

  listOptions(
    program
      .command('questions')
      .argument('[paths...]', 'files, folders or globs (default: the design documents here)'),
  )
    .description('list open questions across documents')
    .option(
      '-s, --status <statuses>',
      'only these statuses, comma-separated (e.g. open,in-progress; unresolved)',
    )
    .action(async (paths: string[], options) => {
      exitCode = await questionsCommand(paths, options, io);
    });

  listOptions(
    program
      .command('decisions')
      .argument('[paths...]', 'files, folders or globs (default: the design documents here)'),
  )
    .description('list key design decisions across documents')
    .action(async (paths: string[], options) => {
      exitCode = await decisionsCommand(paths, options, io);
    });

  // build and preview make the same site from the same options.
  const siteOptions = (command: Command) =>
    documentOptions(command)
      .option('--title <title>', 'site title', 'Design documents')
      .option('--base-path <path>', 'URL path the site is served under', '/')
      .option('--diagnostics', "list each document's lint findings on its page");

  siteOptions(program.command('build'))
    .description('build a static site of the documents')
    .option('-o, --out <dir>', 'output folder', 'site')
    .action(async (paths: string[], options) => {
      // Loaded on use: the renderer and search indexer stay out of every lint run's start-up.
      const { buildCommand } = await import('./commands/build.js');
      exitCode = await buildCommand(paths, options, io);
    });

  siteOptions(program.command('preview'))
    .description('serve the site on 127.0.0.1 and rebuild and reload on every change')
    .option('-p, --port <port>', 'port (0: any free port)', '4000')
    .option('--host <host>', 'address to listen on', '127.0.0.1')
    .action(async (paths: string[], options) => {
      const { previewCommand } = await import('./commands/preview.js');
      exitCode = await previewCommand(paths, options, io);
    });

  program
    .command('serve')
    .description(
      'serve the designdoc API and web app (needs @designdoc/server; SQLite in DESIGNDOC_DATA_DIR, or DATABASE_URL)',
    )
    .option('-p, --port <port>', 'port (default: PORT, else 8080)')
    .option('--host <host>', 'address to listen on (default: HOST, else 127.0.0.1)')
    .option(
      '--no-demo',
      'do not import DESIGN.md and the examples into a demo workspace on first start',
    )
    .action(async (options) => {
      // Loaded on use: the server and its database drivers stay out of every lint run.
      const { serveCommand } = await loadServerCommand(
        'serve',
        () => import('./commands/serve.js'),
      );
      exitCode = await serveCommand(options, io);
    });

  program
    .command('migrate')
    .description(
      'apply database migrations (needs @designdoc/server; PostgreSQL before serve), or move an embedded instance to PostgreSQL (--from, --to)',
    )
    .option(
      '--from <sqlite:PATH>',
      'with --to: move the whole instance in this embedded database (designdoc.db or its folder)',
    )
    .option('--to <postgres://…>', 'with --from: into this empty PostgreSQL database')
    .action(async (options: { from?: string; to?: string }) => {
      if (options.from !== undefined || options.to !== undefined) {
        const { migrateFromSqliteCommand } = await loadServerCommand(
          'migrate',
          () => import('./commands/migrate-from-sqlite.js'),
        );
        exitCode = await migrateFromSqliteCommand(options, io);
        return;
      }
      const { migrateCommand } = await loadServerCommand(
        'migrate',
        () => import('./commands/migrate.js'),
      );
      exitCode = await migrateCommand(io);
    });

  program
    .command('backup')
    .description(
      'copy the embedded SQLite database while the server runs, and check the copy (needs @designdoc/server)',
    )
    .requiredOption('-o, --out <file>', 'the backup file to write')
    .option('--force', 'overwrite the file when it exists')
    .action(async (options) => {
      const { backupCommand } = await loadServerCommand(
        'backup',
        () => import('./commands/backup.js'),
      );
      exitCode = await backupCommand(options, io);
    });

  program
    .command('restore')
    .argument('<file>', 'a backup written by designdoc backup')
    .description(
      'put a backup in place of the embedded SQLite database; refuses while a server runs on it (needs @designdoc/server)',
    )
    .option(
      '--force',
      'replace the current database (it is kept as designdoc.db.before-restore-<time>)',
    )
    .action(async (file: string, options) => {
      const { restoreCommand } = await loadServerCommand(
        'restore',
        () => import('./commands/backup.js'),
      );
      exitCode = await restoreCommand(file, options, io);
    });

  const user = program
    .command('user')
    .description('manage local accounts in the database (needs @designdoc/server)');
  user
    .command('create')
    .argument('<username>', 'lower-case letters, digits and . _ -')
    .description('create a local account; prints a generated password once')
    .option('--admin', 'make it an instance admin')
    .option('--display-name <name>', 'the name people see')
    .option('--email <address>', 'email address')
    .option('--password-stdin', 'read the password from standard input instead of generating one')
    .action(async (username: string, options) => {
      const { userCreateCommand } = await loadServerCommand(
        'user',
        () => import('./commands/user.js'),
      );
      exitCode = await userCreateCommand(username, options, io);
    });
  user
    .command('reset-password')
    .argument('<username>', 'the account')
    .description("set a new password (printed once) and end the account's sessions")
    .option('--password-stdin', 'read the password from standard input instead of generating one')
    .action(async (username: string, options) => {
      const { userResetPasswordCommand } = await loadServerCommand(
        'user',
        () => import('./commands/user.js'),
      );
      exitCode = await userResetPasswordCommand(username, options, io);
    });
  user
    .command('list')
    .description('list the accounts')
    .action(async () => {
      const { userListCommand } = await loadServerCommand(
        'user',
        () => import('./commands/user.js'),
      );
      exitCode = await userListCommand(io);
    });

  documentOptions(program.command('push'))
    .description('import documents into a workspace of a designdoc server (idempotent)')
    .requiredOption('-w, --workspace <slug>', 'the workspace')
    .option(
      '-s, --server <url>',
      'server URL (default: DESIGNDOC_SERVER, else http://127.0.0.1:8080)',
    )
    .action(async (paths: string[], options) => {
      const { pushCommand } = await import('./commands/push.js');
      exitCode = await pushCommand(paths, options, io);
    });

  program
    .command('export')
    .description("write a workspace's documents back as Markdown files")
    .requiredOption('-w, --workspace <slug>', 'the workspace')
    .requiredOption('-o, --out <dir>', 'output folder')
    .option(
      '-s, --server <url>',
      'server URL (default: DESIGNDOC_SERVER, else http://127.0.0.1:8080)',
    )
    .option('--no-checks', 'leave out the check-runs files (<file>.checks.json)')
    .action(async (options) => {
      const { exportCommand } = await import('./commands/export.js');
      exitCode = await exportCommand(options, io);
    });

  program
    .command('init')
    .description('write designdoc.config.yaml for where this repository keeps its design documents')
    .option(
      '-t, --template <name|path>',
      'template: a preset, a spec, or a blank Markdown template to infer one from (default: detected)',
    )
    .option('--force', 'replace an existing config (and inferred spec)')
    .action(async (options) => {
      exitCode = await initCommand(options, io);
    });

  program
    .command('new')
    .argument('<title>', 'the document title')
    .description('create a document from a template')
    .option('-t, --template <name|path>', 'template (default: config, else tdd)')
    .option('-d, --dir <dir>', 'folder to create it in', '.')
    .option('-a, --author <name>', 'an author (repeatable; default DESIGNDOC_AUTHOR)', collect)
    .option('--force', 'overwrite an existing file')
    .option('-c, --config <file>', 'config file')
    .action((title: string, options) => {
      exitCode = newCommand(title, options, io);
    });

  const template = program.command('template').description('list, show and infer templates');
  template
    .command('list')
    .description('list the built-in templates')
    .action(() => {
      exitCode = templateList(io);
    });
  template
    .command('show')
    .argument('<name|path>', 'a preset name or a template spec file')
    .description('print a template spec as YAML')
    .action((ref: string) => {
      exitCode = templateShow(ref, io);
    });
  template
    .command('infer')
    .argument('<file>', 'a blank Markdown template')
    .description('derive a template spec from a Markdown template')
    .option('-n, --name <name>', 'template name (default: from the file name)')
    .option('--title <title>', 'display title when the template has no title heading')
    .option('-o, --output <file>', 'write the spec to a file')
    .action((file: string, options) => {
      exitCode = templateInfer(file, options, io);
    });

  program
    .command('schema')
    .argument('<name>', 'model, template or config')
    .description('print a JSON Schema')
    .action((name: string) => {
      exitCode = schemaCommand(name, io);
    });

  try {
    await program.parseAsync(argv, { from: 'user' });
    return exitCode;
  } catch (error) {
    if (error instanceof CommanderError) {
      if (
        error.code === 'commander.helpDisplayed' ||
        error.code === 'commander.version' ||
        error.code === 'commander.help'
      )
        return 0;
      return 2;
    }
    if (CliError.is(error)) {
      if (error.message) io.stderr.write(`designdoc: ${error.message}\n`);
      return error.exitCode;
    }
    // By name as well: a command bundled apart throws its own copy of core's class.
    if (error instanceof DesignDocError || (error as Error | null)?.name === 'DesignDocError') {
      io.stderr.write(`designdoc: ${(error as Error).message}\n`);
      return 2;
    }
    io.stderr.write(`designdoc: unexpected error: ${(error as Error).message}\n`);
    return 2;
  }
}
