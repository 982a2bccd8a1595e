import { describe, expect, it } from 'vitest';
import { safeReturnTo } from './return-to.js';

describe('safeReturnTo', () => {
  it('keeps a path on this server, with its query and fragment', () => {
    expect(safeReturnTo('/w/eng/documents?status=draft#top')).toBe(
      '/w/eng/documents?status=draft#top',
    );
    expect(safeReturnTo('/')).toBe('/');
  });

  it('sends anything that could leave the site to /', () => {
    for (const attempt of [
      undefined,
      '',
      'https://evil.example/',
      '//evil.example/',
      '/\\evil.example/',
      '/\t/evil.example',
      'javascript:alert(1)',
      '/.//evil.example',
      '/..//evil.example',
      '/%2e%2e//evil.example',
      'w/eng',
      `/${'a'.repeat(2001)}`,
    ])
      expect(safeReturnTo(attempt), String(attempt)).toBe('/');
  });
});
