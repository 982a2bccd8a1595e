import type { SectionSpec } from '@designdoc/core';
import { expectedOneOf } from '../did-you-mean.js';
import { CliError, type Io } from '../io.js';
import { type LoadedDocument, loadDocuments } from './load-documents.js';
import { printRows } from './tables.js';

export interface QuestionsOptions {
  status?: string;
  format: string;
  template?: string;
  config?: string;
}

/**
 * `designdoc questions`: the open-questions board across documents. `--status open,in-progress`
 * keeps those statuses (case- and punctuation-insensitive); `unresolved` means anything not Resolved.
 */
export async function questionsCommand(
  patterns: string[],
  options: QuestionsOptions,
  io: Io,
): Promise<number> {
  const { documents, failed } = await loadDocuments(patterns, options, io);
  const wanted = options.status ? wantedStatuses(options.status, documents) : null;
  const rows = documents.flatMap(({ file, parsed }) =>
    parsed.model.extracts.openQuestions
      .filter((q) => {
        if (!wanted) return true;
        if (wanted.has('unresolved') && key(q.status) !== 'resolved') return true;
        return wanted.has(key(q.status));
      })
      .map((q) => ({
        file,
        line: q.place.start.line,
        location: `${file}:${q.place.start.line}`,
        document: parsed.model.title ?? file,
        status: q.status ?? 'none',
        question: q.text,
        note: q.note,
      })),
  );
  printRows(
    io,
    options.format,
    [
      ['Location', 'location'],
      ['Status', 'status'],
      ['Question', 'question'],
    ],
    rows,
  );
  return failed ? 2 : 0;
}

/** A status as `--status` compares it: case, spaces and punctuation do not matter. */
const key = (text: string | null) => (text ?? 'none').toLowerCase().replace(/[^a-z0-9]+/g, '');

/** A status as `--status` lists it: `In Progress` → `in-progress`. */
const spelled = (text: string) =>
  text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');

/**
 * The statuses `--status` asks for, by key. Each must be one the documents can have — a status
 * of their templates' question vocabularies (tdd: Open, In Progress, Resolved), one a listed
 * question carries, `unresolved` or `none` — else the command stops (exit 2) naming the valid
 * ones, as a typo would otherwise print an empty board that looks like good news.
 */
function wantedStatuses(statuses: string, documents: readonly LoadedDocument[]): Set<string> {
  const known = new Map<string, string>();
  const add = (status: string) => {
    if (!known.has(key(status))) known.set(key(status), spelled(status));
  };
  for (const { parsed } of documents) {
    const visit = (sections: readonly SectionSpec[]) => {
      for (const section of sections) {
        for (const content of section.content ?? [])
          if (content.kind === 'questions') content.statuses.forEach(add);
        visit(section.sections ?? []);
      }
    };
    visit(parsed.template.sections);
    for (const question of parsed.model.extracts.openQuestions)
      if (question.status) add(question.status);
  }
  add('unresolved');
  add('none');
  const wanted = statuses
    .split(',')
    .map((status) => status.trim())
    .filter(Boolean);
  const valid = [...known.values()];
  if (wanted.length === 0) throw new CliError(`Empty --status${expectedOneOf('', valid)}`);
  for (const status of wanted)
    if (!known.has(key(status)))
      throw new CliError(`Unknown status “${status}” for --status${expectedOneOf(status, valid)}`);
  return new Set(wanted.map(key));
}
