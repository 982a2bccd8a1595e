import { describe, expect, it } from 'vitest';
import { getPreset } from '../template/presets/index.js';
import type { TemplateSpec } from '../template/spec.js';
import { parseDocument } from './parse.js';
import type { Section } from './schema.js';

/** The section tree as `id|title|slug|level` lines, indented by depth. */
function outline(markdown: string, template = 'tdd'): string[] {
  const lines = (sections: Section[], depth: number): string[] =>
    sections.flatMap((s) => [
      `${'  '.repeat(depth)}${s.id}|${s.title}|${s.slug}|${s.level}`,
      ...lines(s.sections, depth + 1),
    ]);
  return lines(parseDocument(markdown, getPreset(template)).model.sections, 0);
}

const titleOf = (markdown: string, template = 'tdd') =>
  parseDocument(markdown, getPreset(template)).model.title;

describe('parseDocument matches headings to the template’s sections', () => {
  it('by title, whatever the case, punctuation, numbering or “&”', () => {
    expect(outline('# T\n\n## 1. overview\n\n## Goals & Non-Goals\n\n### goals\n')).toEqual([
      'overview|1. overview|1-overview|2',
      'goals-and-non-goals|Goals & Non-Goals|goals--non-goals|2',
      '  goals|goals|goals|3',
    ]);
  });

  it('by the aliases the template gives (an older RFC’s “Detailed design”)', () => {
    expect(outline('# T\n\n## Detailed design\n\n## Alternatives considered\n', 'rfc')).toEqual([
      'reference-level-explanation|Detailed design|detailed-design|2',
      'rationale-and-alternatives|Alternatives considered|alternatives-considered|2',
    ]);
  });

  it('a subsection only under its own section, and an unknown heading as null', () => {
    expect(outline('# T\n\n## Context\n\n### Goals\n\n## Misc notes\n')).toEqual([
      'context|Context|context|2',
      '  null|Goals|goals|3',
      'null|Misc notes|misc-notes|2',
    ]);
  });

  it('a subsection one level too deep, still where the template puts it', () => {
    expect(outline('# T\n\n## Goals and Non-Goals\n\n### Goals\n\n#### Non-Goals\n')).toEqual([
      'goals-and-non-goals|Goals and Non-Goals|goals-and-non-goals|2',
      '  goals|Goals|goals|3',
      '  non-goals|Non-Goals|non-goals|4',
    ]);
  });

  it('a top-level section written under an unknown heading, as itself', () => {
    expect(outline('# T\n\n## Misc\n\n### Security\n')).toEqual([
      'null|Misc|misc|2',
      '  security|Security|security|3',
    ]);
  });
});

describe('parseDocument reads the document title', () => {
  it('from the heading at the template’s title level', () => {
    expect(titleOf('# Rate Limiter\n\n## Overview\n')).toBe('Rate Limiter');
  });

  it('from front matter before the heading', () => {
    expect(titleOf('---\ntitle: From Front Matter\n---\n# From the Heading\n')).toBe(
      'From Front Matter',
    );
  });

  it('as null when the first heading names a section (RFCs with `# Summary`)', () => {
    expect(titleOf('# Summary\n\nx\n\n# Motivation\n', 'rfc')).toBeNull();
    expect(outline('# Summary\n\nx\n\n# Motivation\n', 'rfc')).toEqual([
      'summary|Summary|summary|1',
      'motivation|Motivation|motivation|1',
    ]);
  });

  it('from a heading the template does not know, right before its sections', () => {
    expect(titleOf('# My decision\n\n## Context\n\n## Options\n', 'adr')).toBe('My decision');
  });
});

describe('parseDocument reads the status', () => {
  const withStatusField: TemplateSpec = {
    name: 'evolution',
    title: 'Evolution proposal',
    preamble: [{ kind: 'fields', fields: [{ label: 'Status' }, { label: 'Author' }] }],
    status: { field: 'Status', open: true },
    sections: [{ id: 'introduction', title: 'Introduction', level: 2 }],
  };

  it('from the header field the template names, as a lifecycle stage', () => {
    const doc = parseDocument(
      '# Typed throws\n\n* Status: **Implemented (Swift 6.0)**\n* Author: Doug\n\n## Introduction\n',
      withStatusField,
    );
    expect([doc.model.status, doc.model.statusText]).toEqual([
      'approved',
      'Implemented (Swift 6.0)',
    ]);
  });

  it('from front matter first, and as a draft when there is none', () => {
    const fromFrontMatter = parseDocument(
      '---\nstatus: rejected\n---\n# T\n\n* Status: Accepted\n',
      withStatusField,
    );
    expect(fromFrontMatter.model.status).toBe('rejected');
    const none = parseDocument('# T\n\n## Introduction\n', withStatusField).model;
    expect([none.status, none.statusText]).toEqual(['draft', null]);
  });
});

describe('parseDocument reads front matter', () => {
  it.each([
    ['LF', '---\ntitle: A\n---\n# T\n'],
    ['CR LF', '---\r\ntitle: A\r\n---\r\n# T\r\n'],
    ['a byte order mark', '\uFEFF---\ntitle: A\n---\n# T\n'],
    ['a byte order mark and CR LF', '\uFEFF---\r\ntitle: A\r\n---\r\n# T\r\n'],
  ])('after %s', (_name, source) => {
    const doc = parseDocument(source, getPreset('tdd'));
    expect(doc.model.frontMatter).toEqual({ title: 'A' });
    expect(doc.frontMatterBlock?.place.start.line).toBe(1);
    expect(doc.model.sections).toEqual([]);
  });
});

describe('parseDocument places', () => {
  it('count a byte order mark as one column, so offsets index the text as read', () => {
    const source = '\uFEFF# T\n\n## Overview\n';
    const doc = parseDocument(source, getPreset('tdd'));
    const place = doc.model.sections[0]?.place;
    expect(place?.start).toEqual({ line: 3, column: 1, offset: 6 });
    expect(source.slice(place?.start.offset, place?.end.offset)).toBe('## Overview');
  });
});
