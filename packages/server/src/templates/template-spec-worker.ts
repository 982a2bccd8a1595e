import { readSpec, type SpecReading } from './read-spec.js';

/** A worker thread's task (see document-preparer.ts): a template spec request body, checked. */
export default function readSpecInWorker(task: { body: unknown }): SpecReading {
  return readSpec(task.body);
}
