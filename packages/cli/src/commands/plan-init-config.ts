import { resolve } from 'node:path';
import { PRESETS, validateConfig } from '@designdoc/core';
import picomatch from 'picomatch';
import { parse, stringify } from 'yaml';
import { conventionalFolderOf } from '../files/design-document-places.js';
import type { Layout } from './detect-layout.js';
import { inferTemplateFile, templateNameOf } from './template.js';

/** A setting and the reason `init` chose it, written beside it as a YAML comment. */
interface Reasoned {
  value: string;
  why: string;
}

/** A template spec `init` infers from a blank template and writes beside the config. */
export interface InferredSpec {
  /** File name beside the config, such as `designdoc.0000-template.yaml`. */
  file: string;
  /** The blank template it came from, relative to the working folder. */
  source: string;
  yaml: string;
  sections: number;
}

/** What `designdoc init` writes: the config (as commented YAML) and the specs it infers. */
export interface InitPlan {
  config: string;
  specs: InferredSpec[];
  /** Whether any design document was found (else the config names where to keep them). */
  found: boolean;
}

const EXTENSIONS = /\.md$/i;
const globFor = (folder: string, files: string[], deep: boolean) =>
  `${folder ? `${folder}/` : ''}${deep ? '**/' : ''}${files.every((f) => EXTENSIONS.test(f)) ? '*.md' : '*.{md,markdown,mdx}'}`;
const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

/**
 * The name of a spec inferred from a blank template: its file name as `template infer` makes
 * it, unless that says no more than "template" (`0000-template.md`, `TEMPLATE.md`): then its
 * folder's (`rfcs`), else `design`. Never a preset's name, which would shadow the spec.
 */
export function specName(source: string): string {
  let name = templateNameOf(source).replace(/^[\d-]+/, '');
  if (name === '' || name === 'template') {
    const folder = source.includes('/') ? source.slice(0, source.lastIndexOf('/')) : '';
    const last = folder
      .split('/')
      .filter((part) => part.toLowerCase() !== 'templates')
      .pop();
    name = (last && templateNameOf(last)) || 'design';
  }
  return Object.hasOwn(PRESETS, name) || name === 'config' ? `${name}-template` : name;
}

/** The preset a conventional folder's name suggests: ADRs and decisions, RFCs; else none. */
function presetForFolder(folder: string): string | null {
  const name = folder.split('/').pop()?.toLowerCase() ?? '';
  if (name === 'adr' || name === 'decisions') return 'adr';
  if (name === 'rfc' || name === 'rfcs') return 'rfc';
  return null;
}

/** A blank template the user chose, or the one outside the conventional folders to prefer. */
function defaultBlankTemplate(layout: Layout): string | undefined {
  const outside = layout.blankTemplates.filter((t) => conventionalFolderOf(t) === null);
  const rank = (t: string) => (!t.includes('/') ? 0 : /(^|\/)templates\//i.test(t) ? 2 : 1);
  return [...outside].sort((a, b) => rank(a) - rank(b) || a.localeCompare(b))[0];
}

/**
 * Decide the config `init` writes for a layout, and why: `documents` globs for the
 * conventional folders and the marked documents found elsewhere; the template (`chosen` when
 * given, else a spec inferred from a blank template, else the preset the folders suggest, else
 * tdd) with overrides for folders that need another; `ignores` for blank templates that a
 * documents glob or a named folder would otherwise read. `cwd` is where the config goes.
 */
export function planInitConfig(
  layout: Layout,
  cwd: string,
  chosen: { ref: string; why: string } | null,
): InitPlan {
  const specs: InferredSpec[] = [];
  const usedNames = new Set<string>();
  const inferFrom = (source: string): string => {
    let name = specName(source);
    if (usedNames.has(name)) name = templateNameOf(source.replace(/\//g, '-'));
    usedNames.add(name);
    const { spec, yaml } = inferTemplateFile(resolve(cwd, source), source, { name });
    const file = `designdoc.${name}.yaml`;
    specs.push({ file, source, yaml, sections: spec.sections.length });
    return `./${file}`;
  };

  const documents: Reasoned[] = [];
  for (const folder of layout.folders)
    documents.push({
      value: globFor(folder.path, folder.documents, true),
      why: `${folder.path}: ${plural(folder.documents.length, 'document')} (a conventional folder)`,
    });
  const markedByFolder = new Map<string, string[]>();
  for (const file of layout.marked) {
    const folder = file.includes('/') ? file.slice(0, file.lastIndexOf('/')) : '';
    markedByFolder.set(folder, [...(markedByFolder.get(folder) ?? []), file]);
  }
  for (const [folder, marked] of markedByFolder) {
    const all = layout.markdownByFolder.get(folder) ?? [];
    const why = 'front matter names a template or status, or a Status line';
    if (marked.length > 1 && marked.length === all.length)
      documents.push({
        value: globFor(folder, marked, false),
        why: `${plural(marked.length, 'document')}: ${why}`,
      });
    else for (const file of marked) documents.push({ value: file, why });
  }
  const blankFolders = layout.blankTemplates
    .map((t) => conventionalFolderOf(t))
    .filter((f): f is string => f !== null && !layout.folders.some((d) => d.path === f));
  for (const folder of [...new Set(blankFolders)])
    documents.push({
      value: `${folder}/**/*.md`,
      why: `${folder}: holds a blank template, no document yet`,
    });
  const found = documents.length > 0;
  if (!found)
    documents.push({
      value: 'docs/design/**/*.md',
      why: 'no design documents found: keep them here (designdoc new "Title" --dir docs/design)',
    });

  let template: Reasoned;
  const overrides: { files: string; template: Reasoned }[] = [];
  if (chosen) template = { value: chosen.ref, why: chosen.why };
  else {
    const blank = defaultBlankTemplate(layout);
    const folderTemplates = [...layout.folders.map((f) => f.path), ...new Set(blankFolders)].map(
      (folder) => {
        const own = layout.blankTemplates.find((t) => conventionalFolderOf(t) === folder);
        if (own)
          return { folder, template: { value: inferFrom(own), why: `inferred from ${own}` } };
        const preset = presetForFolder(folder);
        return {
          folder,
          template: preset
            ? { value: preset, why: `${folder} suggests the ${preset} preset` }
            : null,
        };
      },
    );
    if (blank) template = { value: inferFrom(blank), why: `inferred from ${blank}` };
    else {
      const kinds = new Set(folderTemplates.map((f) => f.template?.value ?? 'tdd'));
      const only = folderTemplates[0]?.template;
      template =
        kinds.size === 1 && only
          ? only
          : { value: 'tdd', why: 'the default: no blank template found' };
    }
    for (const { folder, template: own } of folderTemplates)
      if (own && own.value !== template.value)
        overrides.push({ files: `${folder}/**`, template: own });
  }

  const inDocuments = picomatch(
    documents.map((d) => d.value),
    { dot: true },
  );
  const ignores: Reasoned[] = layout.blankTemplates
    .filter((t) => inDocuments(t) || conventionalFolderOf(t) !== null)
    .map((t) => ({ value: t, why: 'a blank template, not a document' }));

  const config = renderConfig(documents, template, overrides, ignores, layout);
  // What init writes must load: a bad glob or name here would break every later run.
  validateConfig(parse(config), 'the configuration designdoc init made');
  return { config, specs, found };
}

/** Commented YAML: each setting with its reason, aligned. */
function renderConfig(
  documents: Reasoned[],
  template: Reasoned,
  overrides: { files: string; template: Reasoned }[],
  ignores: Reasoned[],
  layout: Layout,
): string {
  const scalar = (value: string) => stringify(value).trimEnd();
  const block = (rows: [string, string][]) => {
    const width = Math.max(...rows.map(([line]) => line.length));
    return rows.map(([line, why]) => `${line.padEnd(width)}  # ${why}`);
  };
  const lines = [
    '# Written by designdoc init; each setting says why. The keys: `designdoc schema config`, or',
    '# https://github.com/designdoc/designdoc/blob/main/docs/configuration.md',
    'documents:',
    ...block(documents.map((d) => [`  - ${scalar(d.value)}`, d.why])),
    ...block([[`template: ${scalar(template.value)}`, template.why]]),
  ];
  if (overrides.length > 0) {
    lines.push('overrides:');
    for (const o of overrides)
      lines.push(
        `  - files: ${scalar(o.files)}`,
        ...block([[`    template: ${scalar(o.template.value)}`, o.template.why]]),
      );
  }
  if (ignores.length > 0)
    lines.push('ignores:', ...block(ignores.map((i) => [`  - ${scalar(i.value)}`, i.why])));
  const named = layout.frontMatterTemplates;
  if (named.length > 0) {
    const names = [...new Set(named.map((n) => n.template))].join(', ');
    lines.push(
      `# ${named.length === 1 ? '1 document names its' : `${named.length} documents name their`} template in front matter (${names}); that wins over this file.`,
    );
  }
  return `${lines.join('\n')}\n`;
}
