import type { Io } from '../io.js';
import { loadDocuments } from './load-documents.js';
import { printRows } from './tables.js';

/** `designdoc decisions`: the decision log across documents (tdd decision tables, ADR outcomes). */
export async function decisionsCommand(
  patterns: string[],
  options: { format: string; template?: string; config?: string },
  io: Io,
): Promise<number> {
  const { documents, failed } = await loadDocuments(patterns, options, io);
  const rows = documents.flatMap(({ file, parsed }) =>
    parsed.model.extracts.decisions.map((d) => ({
      file,
      line: d.place.start.line,
      location: `${file}:${d.place.start.line}`,
      document: parsed.model.title ?? file,
      status: parsed.model.status,
      decision: d.decision,
      rationale: d.rationale,
      tradeOffs: d.tradeOffs,
    })),
  );
  printRows(
    io,
    options.format,
    [
      ['Location', 'location'],
      ['Decision', 'decision'],
      ['Rationale', 'rationale'],
      ['Trade-offs', 'tradeOffs'],
    ],
    rows,
  );
  return failed ? 2 : 0;
}
