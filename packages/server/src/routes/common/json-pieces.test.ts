import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { jsonItemsInPieces, jsonPieces } from './json-pieces.js';

async function text(answer: string | Readable): Promise<string> {
  if (typeof answer === 'string') return answer;
  const chunks: Buffer[] = [];
  for await (const chunk of answer) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

describe('jsonPieces', () => {
  it('keeps a short answer one string', () => {
    expect(jsonPieces(['{"a":', '1', '}'])).toBe('{"a":1}');
  });

  it('streams a long answer in pieces that join to the same text, never cutting a surrogate pair', async () => {
    const piece = 1024 * 1024;
    // An emoji (two UTF-16 units) straddles every piece boundary.
    const model = `"${'a'.repeat(piece - 2)}😀${'é'.repeat(piece)}😀${'b'.repeat(piece)}"`;
    const parts = ['{"id":"x","model":', model, ',"diagnostics":[]}'];
    const answer = jsonPieces(parts);
    expect(answer).toBeInstanceOf(Readable);
    const got = await text(answer);
    expect(got).toBe(parts.join(''));
    expect(JSON.parse(got).model).toBe(JSON.parse(model));
  });
});

describe('jsonItemsInPieces', () => {
  it('keeps a short list one string, with the other fields after the items', () => {
    expect(jsonItemsInPieces({ items: [{ a: 1 }, 'b'], next: null, count: 2 })).toBe(
      '{"items":[{"a":1},"b"],"next":null,"count":2}',
    );
    expect(jsonItemsInPieces({ items: [] })).toBe('{"items":[]}');
  });

  it('streams a long list in pieces that parse to the same answer', async () => {
    const items = Array.from({ length: 300 }, (_, i) => ({
      id: i,
      body: `😀 ${'x'.repeat(20_000)}`,
    }));
    const answer = jsonItemsInPieces({ items, sections: { intro: 3 }, unresolvedOutdated: 0 });
    expect(answer).toBeInstanceOf(Readable);
    const chunks: Buffer[] = [];
    for await (const chunk of answer as Readable) chunks.push(chunk as Buffer);
    expect(chunks.length).toBeGreaterThan(10);
    expect(Math.max(...chunks.map((c) => c.length))).toBeLessThan(300 * 1024);
    expect(JSON.parse(Buffer.concat(chunks).toString('utf8'))).toEqual({
      items,
      sections: { intro: 3 },
      unresolvedOutdated: 0,
    });
  });
});
