import { PRESETS, type TemplateSpec } from '@designdoc/core';
import { type PreparedDocument, prepareDocument } from './prepare-document.js';

/** What the event loop sends: a preset by name, a workspace's own template as its spec. */
export interface PrepareTask {
  markdown: string;
  template: string | TemplateSpec;
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

/** A worker thread's task (see document-preparer.ts): prepare one document, less the Markdown it was sent. */
export default function prepareInWorker(task: PrepareTask): Omit<PreparedDocument, 'markdown'> {
  const { markdown: _, ...prepared } = prepareDocument(task.markdown, templateOf(task.template));
  return prepared;
}
