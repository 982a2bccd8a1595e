import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { jsonPieces } from './json-pieces.js';

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
