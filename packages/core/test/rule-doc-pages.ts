import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parse as parseYaml } from 'yaml';
import type { ApiDescription } from '../src/checks/api-description.js';
import type { DatabaseSchema } from '../src/checks/database-schema.js';
import { openApiOperations } from '../src/checks/openapi-operations.js';
import type { RuleSettings } from '../src/lint/config.js';
import { mergeRuleSettings, validateConfig } from '../src/lint/config.js';
import type { Severity } from '../src/lint/diagnostic.js';
import type { Block, CodeBlock } from '../src/markdown/blocks.js';
import { type ParsedDocument, parseDocument } from '../src/model/parse.js';
import type { TemplateSpec } from '../src/template/spec.js';
import { validateTemplate } from '../src/template/validate-template.js';
import { readExampleSchema } from './example-schema.js';
import type { RunRuleOptions } from './rule-tester.js';

/** docs/rules/, where every rule has its page. */
export const RULE_DOCS_DIR = fileURLToPath(new URL('../../../docs/rules/', import.meta.url));

/** The rule pages (every Markdown file but the index). */
export const RULE_PAGES = readdirSync(RULE_DOCS_DIR)
  .filter((file) => file.endsWith('.md') && file !== 'README.md')
  .sort();

export const readRulePage = (page: string) => readFileSync(`${RULE_DOCS_DIR}${page}`, 'utf8');

/** The outline of a rule page, as docs/rules/designdoc.config.yaml names it. */
export const RULE_DOC_TEMPLATE: TemplateSpec = validateTemplate(
  parseYaml(readRulePage('rule-doc.template.yaml')),
  'docs/rules/rule-doc.template.yaml',
);

const CONFIG = validateConfig(
  parseYaml(readRulePage('designdoc.config.yaml')),
  'docs/rules/designdoc.config.yaml',
);

/**
 * The rule settings `designdoc lint docs/rules` uses for a page: the config's, with the
 * overrides that name the page. Overrides here name pages, not globs (a glob fails the test).
 */
export function rulePageSettings(page: string): RuleSettings {
  const layers = (CONFIG.overrides ?? []).flatMap((override) => {
    const files = Array.isArray(override.files) ? override.files : [override.files];
    for (const file of files)
      if (/[*?[{]/.test(file)) throw new Error(`Name rule pages in overrides, not globs: ${file}`);
    return files.includes(page) ? [override.rules] : [];
  });
  return mergeRuleSettings(CONFIG.rules, ...layers);
}

/** An example of a rule page: a Markdown block under Incorrect or Correct. */
export interface RuleExample {
  kind: 'incorrect' | 'correct';
  /** The line of its opening fence in the page. */
  line: number;
  markdown: string;
  /** The preset it is linted against (`tdd` unless its info string says `template=…`). */
  template: string;
  run: RunRuleOptions;
  /** The template the paragraph before it names ("With the `adr` template:"), if it names one. */
  leadTemplate?: string;
  /** What the `text` block right after it says the rule reports, when it lists `line:column`s. */
  reported?: ReportedLine[];
}

/** One line of a page's `line:column  message` listing. */
export interface ReportedLine {
  line: number;
  column: number;
  message: string;
  /** Marked `(warning)`: a warning of a rule that is an error by default. */
  warning: boolean;
}

const REPORTED = /^(\d+):(\d+)\s+(.+?)(\s+\(warning\))?$/;
const OPENAPI_FENCE = /^\s*(?:`{3,}|~{3,})\s*yaml\s+openapi\b/;
const LEAD_TEMPLATE = /\bwith the `([a-z0-9-]+)` template\b/i;

/** The page parsed against its outline. */
export const parseRulePage = (source: string): ParsedDocument =>
  parseDocument(source, RULE_DOC_TEMPLATE);

/** The Incorrect and Correct examples of a rule page, in page order. */
export function ruleExamples(source: string): RuleExample[] {
  const doc = parseRulePage(source);
  const examples: RuleExample[] = [];
  // A ```yaml openapi block is the API description the examples after it are checked against.
  let api: ApiDescription | undefined;
  let schema: DatabaseSchema | undefined;
  for (const section of doc.model.sections) {
    const kind = section.id;
    section.blocks.forEach((block, i) => {
      if (block.type === 'code' && OPENAPI_FENCE.test(doc.lines.lineText(block.place.start.line)))
        api = openApiOperations(parseYaml(block.value), 'openapi.yaml');
      // A ```sql block is the database the examples after it are compared with (`schema-*`).
      if (block.type === 'code' && block.lang === 'sql') schema = readExampleSchema(block.value);
      if (kind !== 'incorrect' && kind !== 'correct') return;
      if (block.type !== 'code' || block.lang !== 'markdown') return;
      const line = block.place.start.line;
      const example: RuleExample = {
        kind,
        line,
        markdown: block.value.endsWith('\n') ? block.value : `${block.value}\n`,
        ...exampleSettings(doc.lines.lineText(line), line),
      };
      if (api) example.run.checks = { api };
      if (schema) example.run.checks = { ...example.run.checks, schema };
      const lead = section.blocks[i - 1];
      const named = lead?.type === 'paragraph' ? LEAD_TEMPLATE.exec(lead.text) : null;
      if (named) example.leadTemplate = named[1] as string;
      const reported = reportedLines(nextCodeBlock(section.blocks, i));
      if (reported) example.reported = reported;
      examples.push(example);
    });
  }
  return examples;
}

/**
 * What an example's info string sets: ```markdown template=adr options={"closed":true}
 * reportUnusedDisableDirectives=warn files=./a.md,./b.svg,deploy/ (the files that exist, from
 * the repository root the page stands in: what its relative links and the paths it names find,
 * with the folders they are in; a name ending in `/` is a folder).
 */
function exampleSettings(fence: string, line: number): Pick<RuleExample, 'template' | 'run'> {
  const words = fence.replace(/^\s*(`{3,}|~{3,})\s*markdown/, '').trim();
  let template = 'tdd';
  const files = new Set<string>();
  const run: RunRuleOptions = {
    resolveLink: (target) => files.has(target.replace(/^\.\//, '')),
    resolvePath: (path) => {
      if (path.startsWith('../')) return undefined;
      const name = path.replace(/^\.\//, '');
      return [...files].some((file) => file === name || file.startsWith(`${name}/`));
    },
  };
  for (const word of words === '' ? [] : words.split(/\s+/)) {
    const [key, value = ''] = [word.slice(0, word.indexOf('=')), word.slice(word.indexOf('=') + 1)];
    if (key === 'template') template = value;
    else if (key === 'options') run.options = JSON.parse(value);
    else if (key === 'files')
      for (const file of value.split(',')) files.add(file.replace(/^\.\//, '').replace(/\/$/, ''));
    else if (key === 'reportUnusedDisableDirectives')
      run.reportUnusedDisableDirectives = value as 'off' | 'warn' | 'error';
    else throw new Error(`Line ${line}: unknown example setting “${word}”`);
  }
  run.template = template;
  return { template, run };
}

/** The first code block after block `i`, past the paragraphs that introduce it. */
function nextCodeBlock(blocks: Block[], i: number): Block | undefined {
  return blocks.slice(i + 1).find((block) => block.type !== 'paragraph');
}

/** The `line:column  message` lines of a `text` block, or undefined if it is not such a listing. */
function reportedLines(block: Block | undefined): ReportedLine[] | undefined {
  if (block?.type !== 'code' || (block as CodeBlock).lang !== 'text') return undefined;
  const lines = block.value.split('\n').filter((text) => text.trim() !== '');
  if (!REPORTED.test(lines[0] ?? '')) return undefined;
  return lines.map((text) => {
    const match = REPORTED.exec(text);
    if (!match) throw new Error(`Not “line:column  message”: ${text}`);
    return {
      line: Number(match[1]),
      column: Number(match[2]),
      message: match[3] as string,
      warning: match[4] !== undefined,
    };
  });
}

/** The severity a `line:column  message` line claims, for a rule of this default severity. */
export const claimedSeverity = (reported: ReportedLine, ruleDefault: Severity | 'off') =>
  reported.warning ? 'warning' : ruleDefault;
