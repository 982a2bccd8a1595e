/**
 * A small technical design document that every rule passes against the `tdd` preset: rule tests
 * start from it and break one thing, so each finding they expect has a single cause.
 */
export const TDD_DOCUMENT = `---
title: Ledger
status: draft
---

# Ledger

## Overview

A double-entry ledger for card payments.

## Goals and Non-Goals

### Goals

- Post balanced transactions.

### Non-Goals

- Currency conversion.

## Context

Payments are recorded in three places today.

## Context Diagram

\`\`\`
client -> ledger -> postgres
\`\`\`

## Architecture

### High-Level Design

One service in front of PostgreSQL.

### Component Diagram

\`\`\`
api -> engine -> store
\`\`\`

### Data Flow

A client posts a transaction; the engine writes its entries.

## Key Design Decisions

| Decision | Rationale | Trade-offs |
|----------|-----------|------------|
| Immutable entries | Auditable | More rows |

## API Contracts

### REST Endpoints

\`\`\`yaml
POST /api/v1/transactions
  Input: TransactionCreate
  Output: Transaction
  Status: 201, 409
\`\`\`

## Data Model

### Entity Relationships

\`\`\`
Transaction 1 --- n Entry
\`\`\`

### Key Entities

- **Entry**: one leg of a transaction.

### Storage Strategy

PostgreSQL 16 with monthly partitions.

## Integration Points

| System | Protocol | Frequency | Failure Mode |
|--------|----------|-----------|--------------|
| Kafka | Producer | Real-time | Outbox retries |

## Security

- **Authentication**: mTLS.
- **Authorization**: Scopes per client.
- **Encryption**: TLS 1.3 and KMS.
- **PII Handling**: No personal data stored.
- **Rate Limiting**: Token buckets.

## Scalability

- **Expected Load**: 60 postings per second.
- **Horizontal Scaling**: Stateless pods.
- **Vertical Scaling**: Larger database class.
- **Caching Strategy**: None for balances.
- **Database Scaling**: Read replicas.

## Monitoring and Observability

- **Key Metrics**: Posting latency.
- **Logging**: Structured JSON.
- **Tracing**: OpenTelemetry.
- **Alerting**: Page on a non-zero trial balance.

## Deployment

- **Environment**: AWS.
- **Deployment Strategy**: Canary.
- **Rollback Plan**: Automatic on failed analysis.
- **Infrastructure as Code**: Terraform.

## Open Questions

- Should balances be computed on read? - Status: Resolved

## Future Considerations

- Sharding by account.

## References

- [PostgreSQL partitioning](https://www.postgresql.org/docs/16/ddl-partitioning.html)
`;

/**
 * Replace a whole section (its heading line down to the next heading of the same or a higher
 * level) with `replacement`; an empty replacement deletes the section. `heading` is the heading
 * line as written, e.g. "## Security".
 */
export function replaceSection(markdown: string, heading: string, replacement: string): string {
  const start = `\n${markdown}`.indexOf(`\n${heading}\n`);
  if (start === -1) throw new Error(`No heading “${heading}”`);
  const level = /^#+/.exec(heading)?.[0].length ?? 1;
  const rest = markdown.slice(start + heading.length + 1);
  const next = new RegExp(`^#{1,${level}} `, 'm').exec(rest);
  const end = next ? start + heading.length + 1 + next.index : markdown.length;
  return markdown.slice(0, start) + replacement + markdown.slice(end);
}
