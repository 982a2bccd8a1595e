import { lintParsed, type Section } from '@designdoc/core';
import pc from 'picocolors';
import { CliError, type Io } from '../io.js';
import { linkResolverFor } from '../lint/lint-file.js';
import { pathResolverFor } from '../lint/path-resolver.js';
import { useColor } from '../lint/report-results.js';
import { loadDocuments } from './load-documents.js';

/** `designdoc show FILE`: the model as JSON (`--json`), or a readable outline of it. */
export async function showCommand(
  file: string,
  options: { json?: boolean; template?: string; config?: string; color: boolean },
  io: Io,
): Promise<number> {
  const { documents } = await loadDocuments([file], options, io);
  const document = documents[0];
  if (!document) throw new CliError(`${file}: could not be read`);
  const { model, template } = document.parsed;
  if (options.json) {
    io.stdout.write(`${JSON.stringify(model, null, 2)}\n`);
    return 0;
  }
  const c = pc.createColors(useColor(io, options.color));
  // The same rules and link checks as `designdoc lint`, so the counts agree with it.
  const { rules, docsUrl, root } = document.settings;
  const resolvePath = pathResolverFor(root, document.path);
  const result = lintParsed(document.parsed, {
    template,
    rules,
    resolveLink: linkResolverFor(document.path, io.cwd),
    ...(resolvePath ? { resolvePath } : {}),
    ...(docsUrl ? { docsUrl } : {}),
  });
  const lines = [
    `${c.bold(model.title ?? document.file)}  ${c.dim(`(${model.status}, template ${template.name})`)}`,
  ];
  const fm = model.frontMatter;
  if (fm.authors?.length) lines.push(`Authors: ${fm.authors.join(', ')}`);
  if (fm.reviewers?.length) lines.push(`Reviewers: ${fm.reviewers.join(', ')}`);
  if (fm.updated ?? fm.created) lines.push(`Updated: ${fm.updated ?? fm.created}`);
  lines.push('', 'Sections:');
  const present = new Set<string>();
  const walk = (sections: Section[], depth: number) => {
    for (const section of sections) {
      if (section.id) present.add(section.id);
      const mark = section.id ? c.green('✓') : c.yellow('?');
      lines.push(
        `${'  '.repeat(depth + 1)}${mark} ${section.title}${section.id ? '' : c.dim(' (not in template)')}`,
      );
      walk(section.sections, depth + 1);
    }
  };
  walk(model.sections, 0);
  const missing: string[] = [];
  const collect = (specs: typeof template.sections) => {
    for (const spec of specs) {
      if (!present.has(spec.id) && spec.required !== false) missing.push(spec.title);
      collect(spec.sections ?? []);
    }
  };
  collect(template.sections);
  for (const title of missing) lines.push(`  ${c.red('✗')} ${title} ${c.dim('(missing)')}`);
  const x = model.extracts;
  const unresolved = x.openQuestions.filter(
    (q) => (q.status ?? '').toLowerCase() !== 'resolved',
  ).length;
  const counts = [
    [x.goals.length, 'goal'],
    [x.nonGoals.length, 'non-goal'],
    [x.decisions.length, 'decision'],
    [x.endpoints.length, 'endpoint'],
    [x.entities.length, 'entity'],
    [x.integrations.length, 'integration'],
    [x.openQuestions.length, 'question'],
    [x.references.length, 'reference'],
  ]
    .filter(([n]) => (n as number) > 0)
    .map(([n, word]) => `${n} ${n === 1 ? word : word === 'entity' ? 'entities' : `${word}s`}`);
  lines.push(
    '',
    `Extracts: ${counts.length > 0 ? counts.join(', ') : 'none'}${x.openQuestions.length > 0 ? ` (${unresolved} unresolved)` : ''}`,
  );
  lines.push(
    `Lint: ${result.errorCount} error${result.errorCount === 1 ? '' : 's'}, ${result.warningCount} warning${result.warningCount === 1 ? '' : 's'}`,
  );
  io.stdout.write(`${lines.join('\n')}\n`);
  return 0;
}
