import { describe, expect, it } from 'vitest';
import { parseErDiagram } from './er-diagram.js';

describe('parseErDiagram', () => {
  it('reads entities, attribute blocks with keys and comments, and relationships, with where each is', () => {
    const diagram = parseErDiagram(
      [
        '---',
        'title: Orders',
        '---',
        '%% the shop',
        'erDiagram',
        '    CUSTOMER ||--o{ ORDER : places',
        '    ORDER }|..|{ "LINE-ITEM" : contains',
        '    CUSTOMER {',
        '        string email PK, UK "sign-in name"',
        '        varchar(80) name',
        '        %% not an attribute',
        '        int[] tags',
        '    }',
        '    p[Person]',
      ].join('\n'),
    );
    expect(diagram?.relationships).toEqual([
      {
        from: 'CUSTOMER',
        to: 'ORDER',
        label: 'places',
        identifying: true,
        span: { line: 5, column: 4, length: 30 },
      },
      {
        from: 'ORDER',
        to: 'LINE-ITEM',
        label: 'contains',
        identifying: false,
        span: { line: 6, column: 4, length: 35 },
      },
    ]);
    const customer = diagram?.entities.find((e) => e.name === 'CUSTOMER');
    expect(customer?.attributes).toEqual([
      {
        type: 'string',
        name: 'email',
        keys: ['PK', 'UK'],
        comment: 'sign-in name',
        span: { line: 8, column: 8, length: 34 },
      },
      {
        type: 'varchar(80)',
        name: 'name',
        keys: [],
        comment: null,
        span: { line: 9, column: 8, length: 16 },
      },
      {
        type: 'int[]',
        name: 'tags',
        keys: [],
        comment: null,
        span: { line: 11, column: 8, length: 10 },
      },
    ]);
    expect(customer?.blockSpan).toEqual({ line: 7, column: 4, length: 10 });
    expect(diagram?.entities.find((e) => e.name === 'LINE-ITEM')?.span).toEqual({
      line: 6,
      column: 17,
      length: 11,
    });
    expect(diagram?.entities.find((e) => e.name === 'p')?.alias).toBe('Person');
  });

  it('reads the word form of relationships', () => {
    const diagram = parseErDiagram(
      'erDiagram\n  A one or more optionally to zero or one B : has\n  C 1 to 0+ D',
    );
    expect(diagram?.relationships.map((r) => [r.from, r.to, r.identifying, r.label])).toEqual([
      ['A', 'B', false, 'has'],
      ['C', 'D', true, ''],
    ]);
  });

  it('is null for a diagram of another kind', () => {
    expect(parseErDiagram('flowchart LR\n  a --> b')).toBeNull();
    expect(parseErDiagram('')).toBeNull();
  });
});
