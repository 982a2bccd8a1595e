import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { START, STOP } from './search-query.js';
import { sqliteSnippet } from './sqlite-snippet.js';

/** A body of the shapes snippets meet: headings, sentences, colons, lists, links, diacritics. */
const BODY = `# Payments ledger

## Overview

The ledger records every captured payment, refund and chargeback. Refunds are reversals of
captured payments: they never delete a row. A chargeback reaches the ledger through the card
network's daily file, which the importer reads at 02:00 UTC.

## Goals

- Reconcile the ledger with the bank statement every night.
- Keep the café's naïve Über-merchant accounts apart: each gets its own sub-ledger.
- Export balances (see https://example.com/ledger/export?format=csv) for finance.

## Alternatives

We considered an event-sourced design. It makes audits easy, but replaying 40 million events
takes hours; snapshots would help. Running totals were rejected: a single bad import corrupts
them silently, and nobody notices until month end.
`;

/** FTS5's own snippet() of `body` for `q`, as search-sqlite.ts once asked for it. */
function fts5Snippet(body: string, q: string): string {
  const db = new Database(':memory:');
  try {
    db.exec(
      "create virtual table search_index using fts5(document_id unindexed, title, body, tokenize = 'porter unicode61')",
    );
    db.prepare('insert into search_index (document_id, title, body) values (?, ?, ?)').run(
      'd',
      'Title',
      body,
    );
    const match = (q.match(/[\p{L}\p{N}_]+/gu) ?? []).map((word) => `"${word}"`).join(' ');
    const row = db
      .prepare(
        `select snippet(search_index, 2, ?, ?, '…', 16) as snippet from search_index where search_index match ?`,
      )
      .get(START, STOP, match) as { snippet: string } | undefined;
    return row?.snippet ?? '';
  } finally {
    db.close();
  }
}

describe('sqliteSnippet', () => {
  it('gives what FTS5’s snippet() gives for every word of a text and every pair of neighbours', () => {
    const words = BODY.match(/[\p{L}\p{N}]+/gu) ?? [];
    const queries = [...new Set([...words, ...words.slice(1).map((w, i) => `${words[i]} ${w}`)])];
    expect(queries.length).toBeGreaterThan(200);
    for (const q of [...queries, 'ledger ledger import', 'uber cafe', 'Ledger'])
      expect(sqliteSnippet(BODY, q), q).toBe(fts5Snippet(BODY, q));
    // A text shorter than a snippet, and one with no match (the title matched): its start.
    expect(sqliteSnippet('Refunds are reversals.', 'refund')).toBe(
      fts5Snippet('Refunds are reversals.', 'refund'),
    );
    expect(sqliteSnippet(BODY, 'title')).toBe(fts5Snippet(BODY, 'title'));
  });

  it('costs little whatever a body holds, still showing a rare word of the query', () => {
    // FTS5 took 33 ms for 2,000 repeats, 0.5 s for 10,000 and 8.3 s for 40,000.
    const few = 'lantern '.repeat(2000);
    expect(sqliteSnippet(few, 'lantern')).toBe(fts5Snippet(few, 'lantern'));
    const started = performance.now();
    const many = sqliteSnippet('lantern '.repeat(600_000), 'lantern');
    const rare = sqliteSnippet(`${'lantern '.repeat(600_000)}zebra`, 'lantern zebra');
    // Words that start like the query's but are other words: checked up to a limit, then the
    // text's start is shown, unmarked.
    const decoys = sqliteSnippet(`${'lanternfish '.repeat(400_000)}lantern`, 'lantern');
    expect(performance.now() - started).toBeLessThan(1000);
    expect(many).toBe(`${START}lantern${STOP} `.repeat(16).replace(/ $/, '…'));
    expect(rare).toContain(`${START}lantern${STOP} ${START}zebra${STOP}`);
    expect(decoys).toBe(`${'lanternfish '.repeat(16).trim()}…`);
  });
});
