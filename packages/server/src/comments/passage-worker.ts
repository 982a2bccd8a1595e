import { readerText } from './section-anchors.js';

/** What the event loop sends to look for a quoted passage in a large section. */
export interface PassageTask {
  /** The section's Markdown, heading to end. */
  markdown: string;
  /** The passage as reader text (readerText of the quote). */
  passage: string;
}

/** A worker thread's task (see document-preparer.ts): whether a section holds a passage. */
export default function holdsPassageInWorker(task: PassageTask): boolean {
  return readerText(task.markdown).includes(task.passage);
}
