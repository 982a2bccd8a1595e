import type { TemplateSpec } from '@designdoc/core';
import { diffVersions, type VersionDiff } from './diff-versions.js';
import { templateOf } from './prepare-worker.js';

/** What the event loop sends to diff two versions; the template as in a prepare task. */
export interface DiffTask {
  from: { number: number; markdown: string };
  to: { number: number; markdown: string };
  template: string | TemplateSpec;
}

/** A worker thread's task (see document-preparer.ts): the diff of two versions. */
export default function diffInWorker(task: DiffTask): VersionDiff {
  return diffVersions(task.from, task.to, templateOf(task.template));
}
