import { placeholderPatterns } from '../placeholders.js';
import type { TemplateSpec } from '../spec.js';

/**
 * The technical design document template (shared/templates/technical-design-document.md), section
 * for section, column for column, field for field. Equal to what `inferTemplate` makes of that
 * file, plus hand-written descriptions (a test keeps the two in step).
 */
export const tdd: TemplateSpec = {
  name: 'tdd',
  title: 'Technical Design Document',
  description:
    'A technical design document: goals, context, architecture, decisions, API, data, integrations, security, scalability, operations and open questions.',
  documentTitle: {
    level: 1,
  },
  placeholders: placeholderPatterns(['bracket']),
  sections: [
    {
      id: 'overview',
      title: 'Overview',
      level: 2,
      description: 'Executive summary: what is being built, why, and for whom.',
      content: [
        {
          kind: 'prose',
        },
      ],
      templateText: [
        '[Executive summary of the system/feature. What is being built and why? Who are the primary users?]',
      ],
    },
    {
      id: 'goals-and-non-goals',
      title: 'Goals and Non-Goals',
      level: 2,
      description: 'What the design sets out to achieve, and what it deliberately leaves out.',
      sections: [
        {
          id: 'goals',
          title: 'Goals',
          level: 3,
          description: 'Outcomes the design must achieve, one per bullet.',
          content: [
            {
              kind: 'list',
            },
          ],
        },
        {
          id: 'non-goals',
          title: 'Non-Goals',
          level: 3,
          description: 'What is explicitly out of scope for this phase.',
          content: [
            {
              kind: 'list',
            },
          ],
          templateText: [
            '[What is explicitly out of scope]',
            "[What we're not solving in this phase]",
          ],
        },
      ],
    },
    {
      id: 'context',
      title: 'Context',
      level: 2,
      description: 'Background: the problem domain, existing systems, constraints and history.',
      content: [
        {
          kind: 'prose',
        },
      ],
      templateText: [
        '[Background on the problem domain, existing systems, constraints, and any relevant history or decisions]',
      ],
    },
    {
      id: 'context-diagram',
      title: 'Context Diagram',
      level: 2,
      description: 'The system among the external systems it talks to.',
      content: [
        {
          kind: 'diagram',
        },
      ],
      templateText: [
        '[ASCII art or reference to diagram showing external systems and integrations]',
      ],
    },
    {
      id: 'architecture',
      title: 'Architecture',
      level: 2,
      description: 'How the system is built.',
      sections: [
        {
          id: 'high-level-design',
          title: 'High-Level Design',
          level: 3,
          description: 'The overall architecture and its major components.',
          content: [
            {
              kind: 'prose',
            },
          ],
          templateText: ['[Description of the overall architecture and major components]'],
        },
        {
          id: 'component-diagram',
          title: 'Component Diagram',
          level: 3,
          description: 'The major components and their interactions.',
          content: [
            {
              kind: 'diagram',
            },
          ],
          templateText: [
            '[ASCII art or reference showing major components and their interactions]',
          ],
        },
        {
          id: 'data-flow',
          title: 'Data Flow',
          level: 3,
          description: 'How data moves through the system.',
          content: [
            {
              kind: 'prose',
            },
          ],
          templateText: ['[Describe how data flows through the system]'],
        },
      ],
    },
    {
      id: 'key-design-decisions',
      title: 'Key Design Decisions',
      level: 2,
      description: 'Each significant decision with why it was taken and what it costs.',
      content: [
        {
          kind: 'table',
          columns: ['Decision', 'Rationale', 'Trade-offs'],
        },
      ],
      templateText: ['[What we sacrifice]'],
    },
    {
      id: 'api-contracts',
      title: 'API Contracts',
      level: 2,
      description: 'The interfaces the system exposes.',
      sections: [
        {
          id: 'rest-endpoints',
          title: 'REST Endpoints',
          level: 3,
          description: 'Endpoints as METHOD /path with Input, Output and Status lines.',
          content: [
            {
              kind: 'code',
              language: 'yaml',
              format: 'api-contract',
            },
            {
              kind: 'prose',
            },
          ],
          templateText: [
            'POST /api/v1/resource\n  Input: ResourceRequest\n  Output: ResourceResponse\n  Status: 201',
            '[Additional endpoint specifications or reference to OpenAPI specification]',
          ],
        },
      ],
    },
    {
      id: 'data-model',
      title: 'Data Model',
      level: 2,
      description: 'What the system stores and how.',
      sections: [
        {
          id: 'entity-relationships',
          title: 'Entity Relationships',
          level: 3,
          description: 'How the entities relate (ER diagram or text).',
          content: [
            {
              kind: 'diagram',
            },
          ],
          templateText: ['[ER Diagram or text representation]'],
        },
        {
          id: 'key-entities',
          title: 'Key Entities',
          level: 3,
          description: 'Each entity with its purpose and key fields.',
          content: [
            {
              kind: 'fields',
              labels: 'any',
            },
          ],
          templateText: [
            '**Entity1**: [Purpose and key fields]',
            '**Entity2**: [Purpose and key fields]',
          ],
        },
        {
          id: 'storage-strategy',
          title: 'Storage Strategy',
          level: 3,
          description: 'Database choice, schema, indexing and partitioning.',
          content: [
            {
              kind: 'prose',
            },
          ],
          templateText: [
            '[Database choice, schema, indexing strategy, partitioning if applicable]',
          ],
        },
      ],
    },
    {
      id: 'integration-points',
      title: 'Integration Points',
      level: 2,
      description:
        'External systems, how and how often they are called, and what happens when they fail.',
      content: [
        {
          kind: 'table',
          columns: ['System', 'Protocol', 'Frequency', 'Failure Mode'],
        },
      ],
      templateText: ['[How do we handle failures]'],
    },
    {
      id: 'security',
      title: 'Security',
      level: 2,
      description: 'Authentication, authorization, encryption, PII handling and rate limiting.',
      content: [
        {
          kind: 'fields',
          fields: [
            {
              label: 'Authentication',
            },
            {
              label: 'Authorization',
            },
            {
              label: 'Encryption',
            },
            {
              label: 'PII Handling',
            },
            {
              label: 'Rate Limiting',
            },
          ],
        },
      ],
      templateText: [
        '**Authentication**: [Mechanism - OAuth2, mTLS, API Keys, etc.]',
        '**Authorization**: [RBAC, ABAC, etc.]',
        '**Encryption**: [In-transit and at-rest strategies]',
        '**PII Handling**: [How sensitive data is protected]',
        '**Rate Limiting**: [Strategy if applicable]',
      ],
    },
    {
      id: 'scalability',
      title: 'Scalability',
      level: 2,
      description: 'Expected load and how the system scales.',
      content: [
        {
          kind: 'fields',
          fields: [
            {
              label: 'Expected Load',
            },
            {
              label: 'Horizontal Scaling',
            },
            {
              label: 'Vertical Scaling',
            },
            {
              label: 'Caching Strategy',
            },
            {
              label: 'Database Scaling',
            },
          ],
        },
      ],
      templateText: [
        '**Expected Load**: [Requests/sec, data volume, concurrent users]',
        '**Horizontal Scaling**: [How the system scales across multiple instances]',
        '**Vertical Scaling**: [Resource limits and upgrade path]',
        '**Caching Strategy**: [Where caching is used]',
        '**Database Scaling**: [Replication, sharding, read replicas]',
      ],
    },
    {
      id: 'monitoring-and-observability',
      title: 'Monitoring and Observability',
      level: 2,
      description: 'Metrics, logs, traces and alerts.',
      content: [
        {
          kind: 'fields',
          fields: [
            {
              label: 'Key Metrics',
            },
            {
              label: 'Logging',
            },
            {
              label: 'Tracing',
            },
            {
              label: 'Alerting',
            },
          ],
        },
      ],
      templateText: [
        '**Key Metrics**: [Latency, throughput, error rates, etc.]',
        '**Logging**: [Centralized logging strategy]',
        '**Tracing**: [Distributed tracing if applicable]',
        '**Alerting**: [Critical alerts and thresholds]',
      ],
    },
    {
      id: 'deployment',
      title: 'Deployment',
      level: 2,
      description: 'Where and how the system is deployed and rolled back.',
      content: [
        {
          kind: 'fields',
          fields: [
            {
              label: 'Environment',
            },
            {
              label: 'Deployment Strategy',
            },
            {
              label: 'Rollback Plan',
            },
            {
              label: 'Infrastructure as Code',
            },
          ],
        },
      ],
      templateText: [
        '**Environment**: [Cloud provider, Kubernetes, serverless, etc.]',
        '**Deployment Strategy**: [Blue-green, canary, rolling]',
        '**Rollback Plan**: [How to revert in case of issues]',
        '**Infrastructure as Code**: [Terraform, CloudFormation, etc.]',
      ],
    },
    {
      id: 'open-questions',
      title: 'Open Questions',
      level: 2,
      description: 'Questions still being decided, each with a status.',
      content: [
        {
          kind: 'questions',
          statuses: ['Open', 'In Progress', 'Resolved'],
        },
      ],
      templateText: [
        '[Question 1 - Status: Open/In Progress/Resolved]',
        '[Question 2 - Status: Open/In Progress/Resolved]',
      ],
    },
    {
      id: 'future-considerations',
      title: 'Future Considerations',
      level: 2,
      description: 'Possible extensions and known limitations.',
      content: [
        {
          kind: 'list',
        },
      ],
      templateText: [
        '[Potential improvements or extensions]',
        '[Known limitations and workarounds]',
      ],
    },
    {
      id: 'references',
      title: 'References',
      level: 2,
      description: 'Related ADRs, documentation and prototypes.',
      content: [
        {
          kind: 'list',
        },
      ],
      templateText: [
        '[Link to related ADRs]',
        '[Links to external documentation]',
        '[Links to prototype or PoC code]',
      ],
    },
  ],
};
