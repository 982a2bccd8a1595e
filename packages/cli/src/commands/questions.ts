import type { Io } from '../io.js';
import { loadDocuments } from './load-documents.js';
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
  const key = (text: string | null) => (text ?? 'none').toLowerCase().replace(/[^a-z0-9]+/g, '');
  const wanted = options.status
    ? new Set(options.status.split(',').map((s) => key(s.trim())))
    : null;
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
