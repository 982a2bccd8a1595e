import { PRESETS, type TemplateSpec } from '@designdoc/core';
import {
  DECISION_FIELDS,
  type DecisionRow,
  type PreparedDocument,
  prepareWithin,
  QUESTION_FIELDS,
  type QuestionRow,
  type TooManyHeadings,
} from './prepare-document.js';
import { type Columns, toColumns } from './row-columns.js';

/** What the event loop sends: a preset by name, a workspace's own template as its spec. */
export interface PrepareTask {
  markdown: string;
  template: string | TemplateSpec;
  maxHeadings: number;
}

/**
 * The core caches what it derives from a template by object identity; a spec that crossed
 * threads is a new object every time, so specs are kept here by content (a workspace has a handful).
 */
const specs = new Map<string, TemplateSpec>();
const MAX_SPECS = 64;

/** The template a task names: a preset by its name, else the spec sent, kept by content. */
export function templateOf(sent: string | TemplateSpec): TemplateSpec {
  if (typeof sent === 'string') {
    if (!Object.hasOwn(PRESETS, sent)) throw new Error(`not a preset: ${sent}`);
    return PRESETS[sent] as TemplateSpec;
  }
  const key = JSON.stringify(sent);
  let spec = specs.get(key);
  if (!spec) {
    if (specs.size >= MAX_SPECS) specs.delete(specs.keys().next().value as string);
    spec = sent;
    specs.set(key, spec);
  }
  return spec;
}

/** A prepared document as it crosses back: without the Markdown sent, its rows as columns. */
export type PreparedForTransfer = Omit<
  PreparedDocument,
  'markdown' | 'openQuestions' | 'decisions'
> & {
  openQuestions: Columns<QuestionRow>;
  decisions: Columns<DecisionRow>;
};

/**
 * A worker thread's task (see document-preparer.ts): prepare one document, or say that it has
 * too many headings.
 */
export default function prepareInWorker(task: PrepareTask): PreparedForTransfer | TooManyHeadings {
  const outcome = prepareWithin(task.markdown, templateOf(task.template), task.maxHeadings);
  if ('tooManyHeadings' in outcome) return outcome;
  const { markdown: _, openQuestions, decisions, ...prepared } = outcome;
  return {
    ...prepared,
    openQuestions: toColumns(openQuestions, QUESTION_FIELDS),
    decisions: toColumns(decisions, DECISION_FIELDS),
  };
}
