import { type SectionBounds, sectionBounds } from './section-bounds.js';

/** What the event loop sends to read a version's sections. */
export interface SectionBoundsTask {
  modelJson: string;
  length: number;
}

/** A worker thread's task (see document-preparer.ts): the sections of a stored model. */
export default function sectionBoundsInWorker(task: SectionBoundsTask): SectionBounds {
  return sectionBounds(task.modelJson, task.length);
}
