import { PRESETS, type TemplateSpec } from '@designdoc/core';
import { Piscina } from 'piscina';
import { diffVersions, type VersionDiff } from './diff-versions.js';
import type { DiffTask } from './diff-worker.js';
import { type PreparedDocument, prepareDocument } from './prepare-document.js';
import type { PrepareTask } from './prepare-worker.js';
import { type SectionBounds, sectionBounds } from './section-bounds.js';
import type { SectionBoundsTask } from './section-bounds-worker.js';

/** A version as the diff reads it. */
type VersionText = { number: number; markdown: string };

/** Parses, lints and compares documents, on worker threads or on the calling one. */
export interface DocumentPreparer {
  prepare(markdown: string, template: TemplateSpec): Promise<PreparedDocument>;
  /**
   * The diff of two versions (diff-versions.ts). When `signal` aborts (the client went away)
   * the diff is dropped from the queue, or its worker stopped and replaced, and it rejects with
   * an AbortError.
   */
  diff(
    from: VersionText,
    to: VersionText,
    template: TemplateSpec,
    signal?: AbortSignal,
  ): Promise<VersionDiff>;
  /** The sections of a stored model (section-bounds.ts), for Markdown of `length` characters. */
  sectionBounds(modelJson: string, length: number): Promise<SectionBounds>;
  close(): Promise<void>;
}

/** A worker module: when this module runs from source (under Vitest) the build's copy is used. */
const workerUrl = (name: string) =>
  import.meta.url.endsWith('.ts')
    ? new URL(`../../../dist/routes/documents/${name}.js`, import.meta.url)
    : new URL(`./${name}.js`, import.meta.url);

const PREPARE_WORKER = workerUrl('prepare-worker').href;
const DIFF_WORKER = workerUrl('diff-worker').href;
const SECTION_BOUNDS_WORKER = workerUrl('section-bounds-worker').href;

/**
 * Models up to this size are read on the event loop (about 10 ms for 1 MB, a document of some
 * 2,900 headings), larger ones on a worker: 80,000 headings make a 30 MB model.
 */
const SECTION_BOUNDS_ON_LOOP = 1024 * 1024;

/** A preset by name (the worker has its own copy), any other template as its spec. */
function templateForWorker(template: TemplateSpec): string | TemplateSpec {
  return PRESETS[template.name] === template ? template.name : template;
}

/**
 * A preparer with `threads` worker threads (0: on the calling thread). Parse and lint are most
 * of a save's CPU time (about 1.5 of 5 ms for a 20 KB document) and need no database, so on
 * worker threads they run beside the event loop, which meanwhile serves requests and writes
 * other saves. The workers return plain data with the model already as JSON: a 60 KB string
 * crosses threads far cheaper than the object graph it came from. Presets are sent by name.
 * Diffs run on the same threads (their two parses and the line diff grow with the documents),
 * and so does reading the sections of a large stored model for comments.
 */
export function createDocumentPreparer(threads: number): DocumentPreparer {
  if (threads === 0)
    return {
      prepare: async (markdown, template) => prepareDocument(markdown, template),
      diff: async (from, to, template) => diffVersions(from, to, template),
      sectionBounds: async (modelJson, length) => sectionBounds(modelJson, length),
      close: async () => {},
    };
  const pool = new Piscina({
    filename: PREPARE_WORKER,
    minThreads: threads,
    maxThreads: threads,
    // Never let an idle worker go: starting one again costs more than a save.
    idleTimeout: Number.POSITIVE_INFINITY,
  });
  return {
    async prepare(markdown, template) {
      const task: PrepareTask = { markdown, template: templateForWorker(template) };
      const prepared: Omit<PreparedDocument, 'markdown'> = await pool.run(task);
      return { markdown, ...prepared };
    },
    diff(from, to, template, signal) {
      // Only what the diff reads crosses threads, not the rest of a version row.
      const task: DiffTask = {
        from: { number: from.number, markdown: from.markdown },
        to: { number: to.number, markdown: to.markdown },
        template: templateForWorker(template),
      };
      return pool.run(task, { filename: DIFF_WORKER, signal: signal ?? null });
    },
    async sectionBounds(modelJson, length) {
      if (modelJson.length <= SECTION_BOUNDS_ON_LOOP) return sectionBounds(modelJson, length);
      const task: SectionBoundsTask = { modelJson, length };
      return pool.run(task, { filename: SECTION_BOUNDS_WORKER });
    },
    close: () => pool.close(),
  };
}
