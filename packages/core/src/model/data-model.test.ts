import { describe, expect, it } from 'vitest';
import { getPreset } from '../template/presets/index.js';
import { readDataModel } from './data-model.js';
import { parseDocument } from './parse.js';

const read = (markdown: string) => readDataModel(parseDocument(markdown, getPreset('tdd')));

describe('readDataModel', () => {
  it('reads each Key Entity’s tables and the columns its code spans name, and nothing of its prose', () => {
    const model = read(
      [
        '# Shop',
        '',
        '## Data Model',
        '',
        '### Key Entities',
        '',
        '- **Group**: a set of users (tables `groups`,',
        '  `group_members` and `group_roles`): name, created time.',
        '- **ApiKey**: a credential: `prefix`, `users.name`, `SECRETS_KEY`, `user:<id>`, "oidc".',
        '  - `expires_at`: when it stops working.',
      ].join('\n'),
    );
    expect(
      model.entities.map((e) => [
        e.name,
        e.tables,
        e.fields.map((f) => [f.table, f.name, f.place.start.line]),
      ]),
    ).toEqual([
      ['Group', ['groups', 'group_members', 'group_roles'], []],
      [
        'ApiKey',
        ['api_key', 'api_keys'],
        [
          [null, 'prefix', 9],
          ['users', 'name', 9],
          [null, 'expires_at', 10],
        ],
      ],
    ]);
    expect(model.entities[0]?.namedTables.map((t) => t.place.start.line)).toEqual([7, 8, 8]);
    expect(model.place?.start.line).toBe(5);
  });

  it('joins ER entities to the Key Entities of the same name, and keeps those only the diagram has', () => {
    const model = read(
      [
        '# Shop',
        '',
        '## Data Model',
        '',
        '### Entity Relationships',
        '',
        '```mermaid',
        'erDiagram',
        '    API_KEY }o--|| USER : "belongs to"',
        '    API_KEY {',
        '        string prefix UK',
        '    }',
        '```',
        '',
        '### Key Entities',
        '',
        '- **ApiKey**: a credential (table `api_keys`).',
      ].join('\n'),
    );
    expect(
      model.entities.map((e) => [
        e.name,
        e.tables,
        e.attributes?.map((a) => a.name) ?? null,
        e.inDiagram,
      ]),
    ).toEqual([
      ['ApiKey', ['api_keys'], ['prefix'], true],
      ['USER', ['user', 'users'], null, true],
    ]);
    expect(
      model.relationships.map((r) => [r.from.name, r.to.name, r.label, r.place.start.line]),
    ).toEqual([['ApiKey', 'USER', 'belongs to', 9]]);
    expect(model.diagramPlace?.start.line).toBe(8);
  });

  it('is empty for a document without a Data Model', () => {
    expect(read('# Shop\n\n## Overview\n\nA shop.\n')).toMatchObject({
      entities: [],
      relationships: [],
      place: null,
    });
  });
});
