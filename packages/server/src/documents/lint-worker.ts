import type { TemplateSpec } from '@designdoc/core';
import { lintResultJson } from './lint-result.js';
import type { TooManyHeadings } from './prepare-document.js';
import { templateOf } from './prepare-worker.js';

/** What the event loop sends to lint a document without saving it. */
export interface LintTask {
  markdown: string;
  template: string | TemplateSpec;
  maxHeadings: number;
}

/** A worker thread's task (see document-preparer.ts): the `POST /lint` answer as JSON. */
export default function lintInWorker(task: LintTask): string | TooManyHeadings {
  return lintResultJson(task.markdown, templateOf(task.template), task.maxHeadings);
}
