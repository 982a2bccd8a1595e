import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { documentPathsClash, folderPathsOf, normaliseDocumentPath } from './document-path.js';

/** Paths made of the pieces that break exports: separators, dots, blanks, controls, drives. */
const piece = fc.constantFrom(
  'docs',
  'adr',
  'x.md',
  'a',
  '.',
  '..',
  '...',
  '.md',
  '',
  ' ',
  ' x',
  'é',
  '東京',
  '\u0000',
  '\n',
  '\u007f',
  '\u0085',
  '\\',
  'C:',
  'a'.repeat(300),
);
const pathLike = fc.oneof(
  fc.array(piece, { maxLength: 6 }).map((parts) => parts.join('/')),
  fc.array(fc.oneof(piece, fc.constantFrom('/', '//')), { maxLength: 8 }).map((p) => p.join('')),
  fc.string({ maxLength: 40 }),
);

describe('normaliseDocumentPath', () => {
  it('makes runs of “/” one and refuses what escapes, names a folder or hides characters', () => {
    const reason = (input: string) => {
      const check = normaliseDocumentPath(input);
      return check.ok ? `ok ${check.path}` : check.reason;
    };
    expect(reason('docs//adr///0001.md')).toBe('ok docs/adr/0001.md');
    expect(reason('docs/x.md')).toBe('ok docs/x.md');
    expect(reason('')).toBe('is empty');
    expect(reason('.')).toBe('has a “.” segment; name the folders');
    expect(reason('docs/../x.md')).toBe('has a “..” segment; name the folders');
    expect(reason(' ')).toBe('has a blank segment');
    expect(reason('docs/ x.md')).toBe(
      'has a segment that starts or ends with white space (“ x.md”)',
    );
    expect(reason('/etc/passwd')).toBe('starts with “/”; a document path is relative');
    expect(reason('dir/')).toBe('ends with “/”; a document path names a file');
    expect(reason('C:/x.md')).toBe('starts with a drive; a document path is relative');
    expect(reason('docs\\x.md')).toBe('contains a backslash; separate folders with “/”');
    expect(reason('docs/\u001bx.md')).toBe('contains the control character U+001B');
    expect(reason(`${'a'.repeat(256)}.md`)).toBe('has a segment longer than 255 bytes');
    expect(reason(`${'a/'.repeat(250)}x`)).toBe('is longer than 500 characters');
  });

  it('is idempotent: an accepted path is accepted unchanged', () => {
    fc.assert(
      fc.property(pathLike, (input) => {
        const first = normaliseDocumentPath(input);
        if (!first.ok) return;
        expect(normaliseDocumentPath(first.path)).toEqual(first);
      }),
      { numRuns: 2000 },
    );
  });

  it('accepts only relative paths of named segments without “//”, dots, controls or backslashes', () => {
    fc.assert(
      fc.property(pathLike, (input) => {
        const check = normaliseDocumentPath(input);
        if (!check.ok) return;
        const { path } = check;
        expect(path).not.toMatch(/\/\/|^\/|\/$|\\|^[A-Za-z]:/);
        // biome-ignore lint/suspicious/noControlCharactersInRegex: what must never pass
        expect(path).not.toMatch(/[\u0000-\u001f\u007f-\u009f]/);
        for (const segment of path.split('/')) {
          expect(['', '.', '..']).not.toContain(segment.trim());
          expect(segment.trim()).toBe(segment);
        }
        expect(path.length).toBeLessThanOrEqual(500);
        // Only runs of "/" change: the accepted path is the input with them made one.
        expect(path).toBe(input.replace(/\/+/g, '/'));
      }),
      { numRuns: 2000 },
    );
  });

  it('finds a clash exactly when one path is the other or one of its folders', () => {
    expect(documentPathsClash('dir', 'dir/file.md')).toBe(true);
    expect(documentPathsClash('dir/file.md', 'dir')).toBe(true);
    expect(documentPathsClash('dir.md', 'dir/file.md')).toBe(false);
    expect(documentPathsClash('dir/a.md', 'dir/b.md')).toBe(false);
    fc.assert(
      fc.property(pathLike, pathLike, (x, y) => {
        const a = normaliseDocumentPath(x);
        const b = normaliseDocumentPath(y);
        if (!a.ok || !b.ok) return;
        const expected =
          a.path === b.path ||
          folderPathsOf(a.path).includes(b.path) ||
          folderPathsOf(b.path).includes(a.path);
        expect(documentPathsClash(a.path, b.path)).toBe(expected);
        expect(documentPathsClash(b.path, a.path)).toBe(expected);
      }),
      { numRuns: 2000 },
    );
  });
});
