import { PRESETS, type TemplateSpec } from '@designdoc/core';
import { Piscina } from 'piscina';
import { type PreparedDocument, prepareDocument } from './prepare-document.js';
import type { PrepareTask } from './prepare-worker.js';

/** Parses and lints documents for saving, on worker threads or on the calling one. */
export interface DocumentPreparer {
  prepare(markdown: string, template: TemplateSpec): Promise<PreparedDocument>;
  close(): Promise<void>;
}

/** The compiled worker; when this module runs from source (under Vitest) the build's copy is used. */
const WORKER_URL = import.meta.url.endsWith('.ts')
  ? new URL('../../../dist/routes/documents/prepare-worker.js', import.meta.url)
  : new URL('./prepare-worker.js', import.meta.url);

/**
 * A preparer with `threads` worker threads (0: on the calling thread). Parse and lint are most
 * of a save's CPU time (about 1.5 of 5 ms for a 20 KB document) and need no database, so on
 * worker threads they run beside the event loop, which meanwhile serves requests and writes
 * other saves. The workers return plain data with the model already as JSON: a 60 KB string
 * crosses threads far cheaper than the object graph it came from. Presets are sent by name.
 */
export function createDocumentPreparer(threads: number): DocumentPreparer {
  if (threads === 0)
    return {
      prepare: async (markdown, template) => prepareDocument(markdown, template),
      close: async () => {},
    };
  const pool = new Piscina({
    filename: WORKER_URL.href,
    minThreads: threads,
    maxThreads: threads,
    // Never let an idle worker go: starting one again costs more than a save.
    idleTimeout: Number.POSITIVE_INFINITY,
  });
  return {
    async prepare(markdown, template) {
      const task: PrepareTask = {
        markdown,
        template: PRESETS[template.name] === template ? template.name : template,
      };
      const prepared: Omit<PreparedDocument, 'markdown'> = await pool.run(task);
      return { markdown, ...prepared };
    },
    close: () => pool.close(),
  };
}
