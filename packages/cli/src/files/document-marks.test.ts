import { describe, expect, it } from 'vitest';
import { documentMarks } from './document-marks.js';

describe('documentMarks', () => {
  it.each([
    ['front matter status', '---\ntitle: A\nstatus: draft\n---\n# A\n'],
    ['a Status line', '# A\n\nStatus: Accepted\n'],
    ['a MADR bullet', '# A\n\n* Status: **Implemented**\n* Date: 2026-01-01\n'],
    ['a dash bullet', '# A\n\n- Status: Accepted\n'],
    ['a bold label', '# A\n\n**Status:** Draft\n'],
    ['a metadata table', '# A\n\n| Status | Draft |\n|---|---|\n'],
    [
      'a Nygard ADR Status section',
      '# 1. Record decisions\n\nDate: 2026-01-01\n\n## Status\n\nAccepted\n',
    ],
  ])('finds a status in %s', (_, text) => {
    expect(documentMarks(text)).toEqual({ template: null, status: true });
  });

  it('reads the front matter template', () => {
    expect(documentMarks('---\ntemplate: "./t/ours.yaml"\n---\n')).toEqual({
      template: './t/ours.yaml',
      status: false,
    });
  });

  it.each([
    ['no marks', '# Notes\n\nSome text.\n'],
    ['a Status line after the first section', '# A\n\n## Context\n\nStatus: Accepted\n'],
    ['a Status line past the first 30 lines', `# A\n${'\ntext'.repeat(30)}\nStatus: Accepted\n`],
    ['the word in a sentence', '# A\n\nStatus quo is fine.\n'],
    ['an empty status', '---\nstatus:\n---\n# A\n'],
  ])('finds nothing with %s', (_, text) => {
    expect(documentMarks(text)).toEqual({ template: null, status: false });
  });
});
