import { setImmediate } from 'node:timers/promises';
import { PRESETS, type TemplateSpec } from '@designdoc/core';
import { Piscina } from 'piscina';
import type { PassageTask } from '../comments/passage-worker.js';
import { readerText } from '../comments/section-anchors.js';
import { readSpec, type SpecReading } from '../templates/read-spec.js';
import { diffVersions, type VersionDiff } from './diff-versions.js';
import type { DiffTask } from './diff-worker.js';
import {
  type DocumentLimits,
  refuseOversizedDocument,
  tooManyHeadings,
  UNLIMITED,
} from './document-limits.js';
import { lintResultJson } from './lint-result.js';
import type { LintTask } from './lint-worker.js';
import {
  DECISION_FIELDS,
  type PreparedDocument,
  prepareWithin,
  QUESTION_FIELDS,
  type TooManyHeadings,
} from './prepare-document.js';
import type { PreparedForTransfer, PrepareTask } from './prepare-worker.js';
import { fromColumns } from './row-columns.js';
import { type SectionBounds, sectionBounds } from './section-bounds.js';
import type { SectionBoundsTask } from './section-bounds-worker.js';

/** A version as the diff reads it. */
type VersionText = { number: number; markdown: string };

/**
 * Parses, lints and compares documents, on worker threads or on the calling one. `prepare` and
 * `lint` refuse a document over the limits (a ProblemError: 413 over DOCUMENT_LIMIT, checked
 * before any parsing; 422 over DOCUMENT_MAX_HEADINGS, checked right after the parse).
 */
export interface DocumentPreparer {
  /** Everything a save stores. */
  prepare(markdown: string, template: TemplateSpec): Promise<PreparedDocument>;
  /** The `POST /lint` answer, as JSON (lint-result.ts). */
  lint(markdown: string, template: TemplateSpec): Promise<string>;
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
  /** Whether a section's Markdown holds a passage of reader text (a comment's quote). */
  holdsPassage(markdown: string, passage: string): Promise<boolean>;
  /** A template spec request body, parsed (YAML) and checked (templates/read-spec.ts). */
  readTemplateSpec(body: unknown): Promise<SpecReading>;
  close(): Promise<void>;
}

/** A worker module: when this module runs from source (under Vitest) the build's copy is used. */
const workerUrl = (name: string) =>
  import.meta.url.endsWith('.ts')
    ? new URL(`../../dist/documents/${name}.js`, import.meta.url)
    : new URL(`./${name}.js`, import.meta.url);

const PREPARE_WORKER = workerUrl('prepare-worker').href;
const LINT_WORKER = workerUrl('lint-worker').href;
const DIFF_WORKER = workerUrl('diff-worker').href;
const SECTION_BOUNDS_WORKER = workerUrl('section-bounds-worker').href;
const PASSAGE_WORKER = workerUrl('../comments/passage-worker').href;
const TEMPLATE_SPEC_WORKER = workerUrl('../templates/template-spec-worker').href;

/**
 * Sections up to this size are searched for a quote on the event loop (reducing Markdown to
 * reader text takes about 10 ms for 256 KiB), larger ones on a worker: 5 MiB took 200 ms.
 */
const PASSAGE_ON_LOOP = 256 * 1024;
const holdsPassage = (markdown: string, passage: string) => readerText(markdown).includes(passage);

/**
 * Models up to this size are read on the event loop (about 3 ms for 256 KiB, a document of some
 * 700 headings), larger ones on a worker: 80,000 headings make a 30 MB model. At 1 MiB each read
 * held the loop 10–14 ms, and listing the comments of such a document reads it twice.
 */
const SECTION_BOUNDS_ON_LOOP = 256 * 1024;

/** A preset by name (the worker has its own copy), any other template as its spec. */
function templateForWorker(template: TemplateSpec): string | TemplateSpec {
  return PRESETS[template.name] === template ? template.name : template;
}

/** A prepared document or lint answer, or the 422 when it had too many headings. */
function withinHeadings<T>(outcome: T | TooManyHeadings, limit: number): T {
  if (typeof outcome === 'object' && outcome !== null && 'tooManyHeadings' in outcome)
    throw tooManyHeadings(outcome.tooManyHeadings, limit);
  return outcome as T;
}

/**
 * A preparer with `threads` worker threads (0: on the calling thread), refusing documents over
 * `limits`. Parse and lint are most
 * of a save's CPU time (about 1.5 of 5 ms for a 20 KB document) and need no database, so on
 * worker threads they run beside the event loop, which meanwhile serves requests and writes
 * other saves. The workers return plain data with the model and diagnostics already as JSON (and
 * a lint answer as its JSON): a string crosses threads far cheaper than the object graph it came
 * from, and is stored or sent as it is; open questions and decisions cross as columns. Presets are sent by name.
 * Diffs run on the same threads (their two parses and the line diff grow with the documents),
 * and so does reading the sections of a large stored model for comments.
 */
export function createDocumentPreparer(
  threads: number,
  limits: DocumentLimits = UNLIMITED,
): DocumentPreparer {
  const maxHeadings = limits.headings;
  if (threads === 0)
    return {
      async prepare(markdown, template) {
        refuseOversizedDocument(markdown, limits);
        return withinHeadings(prepareWithin(markdown, template, maxHeadings), maxHeadings);
      },
      async lint(markdown, template) {
        refuseOversizedDocument(markdown, limits);
        return withinHeadings(lintResultJson(markdown, template, maxHeadings), maxHeadings);
      },
      diff: async (from, to, template) => diffVersions(from, to, template),
      sectionBounds: async (modelJson, length) => sectionBounds(modelJson, length),
      holdsPassage: async (markdown, passage) => holdsPassage(markdown, passage),
      readTemplateSpec: async (body) => readSpec(body),
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
      refuseOversizedDocument(markdown, limits);
      const task: PrepareTask = { markdown, template: templateForWorker(template), maxHeadings };
      const outcome: PreparedForTransfer | TooManyHeadings = await pool.run(task);
      const prepared = withinHeadings(outcome, maxHeadings);
      // Receiving a large document's answer (its model can be several MB) and rebuilding its
      // rows take some 10–20 ms each: the event loop turns between them and before the save.
      await setImmediate();
      const openQuestions = fromColumns(prepared.openQuestions, QUESTION_FIELDS);
      const decisions = fromColumns(prepared.decisions, DECISION_FIELDS);
      await setImmediate();
      return { markdown, ...prepared, openQuestions, decisions };
    },
    async lint(markdown, template) {
      refuseOversizedDocument(markdown, limits);
      const task: LintTask = { markdown, template: templateForWorker(template), maxHeadings };
      const outcome: string | TooManyHeadings = await pool.run(task, { filename: LINT_WORKER });
      return withinHeadings(outcome, maxHeadings);
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
    async holdsPassage(markdown, passage) {
      if (markdown.length <= PASSAGE_ON_LOOP) return holdsPassage(markdown, passage);
      const task: PassageTask = { markdown, passage };
      return pool.run(task, { filename: PASSAGE_WORKER });
    },
    // A spec at its limits takes up to 30 ms to check, and its YAML up to 350 ms to parse.
    readTemplateSpec: (body) => pool.run({ body }, { filename: TEMPLATE_SPEC_WORKER }),
    close: () => pool.close(),
  };
}
