import { describe, expect, it } from 'vitest';
import { inferTemplate } from './infer.js';
import { adr } from './presets/adr.js';
import { rfc } from './presets/rfc.js';
import { tdd } from './presets/tdd.js';
import type { SectionSpec } from './spec.js';
import { validateTemplate } from './validate-template.js';

describe('inferTemplate', () => {
  it('keeps every tdd section, column, field label and the question statuses', () => {
    const titles = (sections: SectionSpec[]): string[] =>
      sections.flatMap((s) => [s.title, ...titles(s.sections ?? [])]);
    expect(titles(tdd.sections)).toEqual([
      'Overview',
      'Goals and Non-Goals',
      'Goals',
      'Non-Goals',
      'Context',
      'Context Diagram',
      'Architecture',
      'High-Level Design',
      'Component Diagram',
      'Data Flow',
      'Key Design Decisions',
      'API Contracts',
      'REST Endpoints',
      'Data Model',
      'Entity Relationships',
      'Key Entities',
      'Storage Strategy',
      'Integration Points',
      'Security',
      'Scalability',
      'Monitoring and Observability',
      'Deployment',
      'Open Questions',
      'Future Considerations',
      'References',
    ]);
    const content = (id: string) => {
      const find = (sections: SectionSpec[]): SectionSpec | undefined =>
        sections.find((s) => s.id === id) ??
        sections.map((s) => find(s.sections ?? [])).find(Boolean);
      return find(tdd.sections)?.content;
    };
    expect(content('key-design-decisions')).toEqual([
      { kind: 'table', columns: ['Decision', 'Rationale', 'Trade-offs'] },
    ]);
    expect(content('integration-points')).toEqual([
      { kind: 'table', columns: ['System', 'Protocol', 'Frequency', 'Failure Mode'] },
    ]);
    expect(content('security')).toEqual([
      {
        kind: 'fields',
        fields: [
          'Authentication',
          'Authorization',
          'Encryption',
          'PII Handling',
          'Rate Limiting',
        ].map((label) => ({ label })),
      },
    ]);
    expect(content('open-questions')).toEqual([
      { kind: 'questions', statuses: ['Open', 'In Progress', 'Resolved'] },
    ]);
    expect(content('rest-endpoints')?.[0]).toEqual({
      kind: 'code',
      language: 'yaml',
      format: 'api-contract',
    });
    expect(content('key-entities')).toEqual([{ kind: 'fields', labels: 'any' }]);
    expect(content('context-diagram')).toEqual([{ kind: 'diagram' }]);
  });

  it('infers fields, questions, tables and placeholders from a small custom template', () => {
    const spec = inferTemplate(
      [
        '# Runbook',
        '',
        '## Owners',
        '- **Team**: [team name]',
        '- **Pager**: [rotation]',
        '',
        '## Risks',
        '| Risk | Likelihood | Mitigation |',
        '|---|---|---|',
        '| [risk] | [low/high] | [plan] |',
        '',
        '## Decisions Pending',
        '- [Decision 1 - Status: Proposed/Accepted/Rejected]',
        '',
        '### Notes',
        'Write anything else the on-call engineer should know here.',
      ].join('\n'),
      { name: 'runbook' },
    );
    expect(spec.title).toBe('Runbook');
    expect(spec.documentTitle).toEqual({ level: 1 });
    expect(spec.sections.map((s) => s.id)).toEqual(['owners', 'risks', 'decisions-pending']);
    expect(spec.sections[0]?.content).toEqual([
      { kind: 'fields', fields: [{ label: 'Team' }, { label: 'Pager' }] },
    ]);
    expect(spec.sections[1]?.content).toEqual([
      { kind: 'table', columns: ['Risk', 'Likelihood', 'Mitigation'] },
    ]);
    expect(spec.sections[2]?.content).toEqual([
      { kind: 'questions', statuses: ['Proposed', 'Accepted', 'Rejected'] },
    ]);
    expect(spec.sections[2]?.sections?.[0]?.templateText).toEqual([
      'Write anything else the on-call engineer should know here.',
    ]);
    expect(() => validateTemplate(spec)).not.toThrow();
  });

  it('makes valid specs of every preset', () => {
    for (const preset of [tdd, adr, rfc]) expect(validateTemplate(preset).name).toBe(preset.name);
  });
});
