import type { ServerClient } from '../server-client.js';

/** The most runs one page of `GET …/checks` gives (its `limit` maximum). */
const CHECK_RUNS_PAGE = 100;

/**
 * Every check run of a document, of every version, newest reported first, as the API gives
 * them (`GET /api/v1/documents/{id}/checks` without `?version`, paged to the end). The runs
 * are kept as the server wrote them, so an export holds whatever a run says, fields to come
 * included.
 */
export async function fetchCheckRuns(client: ServerClient, documentId: string): Promise<unknown[]> {
  const runs: unknown[] = [];
  let cursor: string | null = null;
  do {
    const page: { runs: unknown[]; next: string | null } = await client.json(
      'GET',
      `/api/v1/documents/${encodeURIComponent(documentId)}/checks?limit=${CHECK_RUNS_PAGE}${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`,
    );
    runs.push(...page.runs);
    cursor = page.next;
  } while (cursor);
  return runs;
}

/**
 * A document's check-runs file: its id (the file names the Markdown beside it, which may be
 * renamed; the id does not change) and its runs, indented and ending in a newline so that a
 * second export of the same runs gives the same bytes.
 */
export function checkRunsFileText(documentId: string, runs: readonly unknown[]): string {
  return `${JSON.stringify({ document: documentId, runs }, null, 2)}\n`;
}
