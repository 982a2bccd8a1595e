#!/usr/bin/env node
// Generates a deterministic corpus of realistic technical design documents in the `tdd`
// template (../../shared/templates/technical-design-document.md) into bench/corpus/tdd/.
//
//   node generate-corpus.mjs [--out corpus/tdd] [--mb 21] [--seed 20240611]
//
// Same seed and options → byte-identical files (seeded PRNG, fixed dates, no Math.random,
// no clock). About 15% of documents carry a few deliberate problems; they are listed in
// corpus/tdd-manifest.json (outside the linted folder) so rule hits can be checked.
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { BENCH_DIR, makeRng, parseArgs } from './lib.mjs';

const args = parseArgs(process.argv.slice(2));
const OUT = path.resolve(BENCH_DIR, args.out ?? 'corpus/tdd');
const TARGET_BYTES = Math.round(Number(args.mb ?? 21) * 1024 * 1024); // ≥ 20 MiB (= 22 MB) by default
const SEED = Number(args.seed ?? 20240611) >>> 0;
const MIN_DOC = 5 * 1024;
const MAX_DOC = 200 * 1024;

// ---------------------------------------------------------------- vocabulary
const DOMAINS = [
  {
    name: 'orders',
    sys: 'Order Service',
    entities: ['Order', 'OrderLine', 'Customer', 'Fulfilment', 'Refund'],
    res: ['orders', 'order-lines', 'refunds', 'carts'],
    verbs: ['place', 'cancel', 'amend', 'fulfil'],
  },
  {
    name: 'payments',
    sys: 'Payment Gateway',
    entities: ['Payment', 'PaymentIntent', 'Ledger', 'Settlement', 'Chargeback'],
    res: ['payments', 'payment-intents', 'settlements', 'payouts'],
    verbs: ['authorise', 'capture', 'refund', 'settle'],
  },
  {
    name: 'inventory',
    sys: 'Inventory Service',
    entities: ['StockItem', 'Reservation', 'Warehouse', 'Bin', 'Transfer'],
    res: ['stock-items', 'reservations', 'warehouses', 'transfers'],
    verbs: ['reserve', 'release', 'replenish', 'count'],
  },
  {
    name: 'notifications',
    sys: 'Notification Hub',
    entities: ['Notification', 'Template', 'Channel', 'Subscription', 'DeliveryAttempt'],
    res: ['notifications', 'templates', 'subscriptions', 'channels'],
    verbs: ['send', 'schedule', 'suppress', 'retry'],
  },
  {
    name: 'identity',
    sys: 'Identity Platform',
    entities: ['User', 'Session', 'Credential', 'Role', 'Tenant'],
    res: ['users', 'sessions', 'roles', 'tenants'],
    verbs: ['authenticate', 'provision', 'revoke', 'federate'],
  },
  {
    name: 'search',
    sys: 'Search Indexer',
    entities: ['Document', 'IndexSegment', 'Query', 'Synonym', 'Ranking'],
    res: ['documents', 'indexes', 'queries', 'synonyms'],
    verbs: ['index', 'reindex', 'rank', 'suggest'],
  },
  {
    name: 'billing',
    sys: 'Billing Engine',
    entities: ['Invoice', 'Subscription', 'Plan', 'UsageRecord', 'CreditNote'],
    res: ['invoices', 'subscriptions', 'plans', 'usage-records'],
    verbs: ['meter', 'invoice', 'prorate', 'dun'],
  },
  {
    name: 'shipping',
    sys: 'Shipping Orchestrator',
    entities: ['Shipment', 'Parcel', 'Carrier', 'Label', 'TrackingEvent'],
    res: ['shipments', 'parcels', 'labels', 'carriers'],
    verbs: ['dispatch', 'track', 'relabel', 'consolidate'],
  },
  {
    name: 'catalog',
    sys: 'Product Catalog',
    entities: ['Product', 'Variant', 'Category', 'PriceList', 'Asset'],
    res: ['products', 'variants', 'categories', 'price-lists'],
    verbs: ['publish', 'localise', 'price', 'archive'],
  },
  {
    name: 'analytics',
    sys: 'Analytics Pipeline',
    entities: ['Event', 'Session', 'Funnel', 'Cohort', 'Dashboard'],
    res: ['events', 'funnels', 'cohorts', 'dashboards'],
    verbs: ['ingest', 'aggregate', 'attribute', 'export'],
  },
  {
    name: 'media',
    sys: 'Media Transcoder',
    entities: ['Asset', 'Rendition', 'Job', 'Preset', 'Manifest'],
    res: ['assets', 'renditions', 'jobs', 'presets'],
    verbs: ['transcode', 'package', 'thumbnail', 'purge'],
  },
  {
    name: 'flags',
    sys: 'Feature Flag Service',
    entities: ['Flag', 'Rule', 'Segment', 'Environment', 'Evaluation'],
    res: ['flags', 'segments', 'environments', 'evaluations'],
    verbs: ['evaluate', 'roll out', 'target', 'kill'],
  },
  {
    name: 'audit',
    sys: 'Audit Log',
    entities: ['AuditEvent', 'Actor', 'RetentionPolicy', 'Export', 'Signature'],
    res: ['audit-events', 'exports', 'retention-policies', 'actors'],
    verbs: ['record', 'seal', 'export', 'redact'],
  },
  {
    name: 'messaging',
    sys: 'Chat Backend',
    entities: ['Conversation', 'Message', 'Participant', 'Attachment', 'ReadReceipt'],
    res: ['conversations', 'messages', 'attachments', 'participants'],
    verbs: ['deliver', 'edit', 'moderate', 'sync'],
  },
  {
    name: 'scheduling',
    sys: 'Scheduling Service',
    entities: ['Appointment', 'Calendar', 'Slot', 'Resource', 'Reminder'],
    res: ['appointments', 'calendars', 'slots', 'resources'],
    verbs: ['book', 'reschedule', 'hold', 'remind'],
  },
  {
    name: 'recommendations',
    sys: 'Recommendation Engine',
    entities: ['Recommendation', 'Model', 'FeatureVector', 'Experiment', 'Impression'],
    res: ['recommendations', 'models', 'experiments', 'impressions'],
    verbs: ['score', 'retrain', 'explain', 'backfill'],
  },
];
const ADJ = [
  'Event-Driven',
  'Multi-Region',
  'Idempotent',
  'Incremental',
  'Tenant-Aware',
  'Real-Time',
  'Batch',
  'Resilient',
  'Unified',
  'Self-Service',
  'Zero-Downtime',
  'Low-Latency',
  'Sharded',
  'Versioned',
  'Streaming',
  'Federated',
];
const NOUNS = [
  'Redesign',
  'Migration',
  'Rewrite',
  'Pipeline',
  'API',
  'Consolidation',
  'Service',
  'Platform',
  'Backfill',
  'Cutover',
  'Overhaul',
  'Extraction',
];
const TECH = [
  'PostgreSQL',
  'Kafka',
  'Redis',
  'gRPC',
  'Kubernetes',
  'Envoy',
  'Elasticsearch',
  'S3',
  'DynamoDB',
  'RabbitMQ',
  'Terraform',
  'OpenTelemetry',
  'Prometheus',
  'Grafana',
  'Vault',
  'NATS',
  'ClickHouse',
  'Flink',
  'Debezium',
  'Temporal',
  'Istio',
  'CockroachDB',
  'Cassandra',
  'MinIO',
  'Argo CD',
  'Helm',
  'Nginx',
  'Memcached',
  'BigQuery',
  'Snowflake',
];
const QUALITIES = [
  'latency',
  'throughput',
  'availability',
  'consistency',
  'cost',
  'operability',
  'durability',
  'isolation',
  'observability',
  'developer ergonomics',
  'tail latency',
  'recovery time',
  'data freshness',
];
const PEOPLE = [
  'Amara Okafor',
  'Bastian Krüger',
  'Chen Wei',
  'Dolores Ibáñez',
  'Elif Yılmaz',
  'Farid Haddad',
  'Grace Liu',
  'Hiroshi Tanaka',
  'Ingrid Svensson',
  'Jonas Meyer',
  'Kavya Reddy',
  'Luca Romano',
  'Maya Cohen',
  'Nikolai Petrov',
  'Olivia Brown',
  'Priya Natarajan',
  'Quentin Dubois',
  'Rosa Martínez',
  'Sipho Dlamini',
  'Tomasz Nowak',
  'Uma Sharma',
  'Victor Alves',
  'Wen Zhao',
  'Yusuf Demir',
  'Zoë van der Berg',
];
const TEAMS = [
  'platform',
  'checkout',
  'growth',
  'data',
  'infra',
  'payments',
  'search',
  'identity',
  'mobile',
  'reliability',
];
const STATUS = [
  'draft',
  'draft',
  'in-review',
  'in-review',
  'approved',
  'approved',
  'approved',
  'superseded',
  'deprecated',
  'rejected',
];
const PROTOCOLS = [
  'REST',
  'gRPC',
  'GraphQL',
  'Kafka',
  'AMQP',
  'SFTP',
  'Webhook',
  'WebSocket',
  'S3 events',
  'JDBC',
  'SOAP',
];
const FREQ = [
  'Real-time',
  'Real-time',
  'Near real-time',
  'Batch (hourly)',
  'Batch (nightly)',
  'On demand',
  'Every 5 minutes',
  'Event-driven',
  'Weekly',
];
const FAILURES = [
  'Retry with exponential backoff (max 5 attempts), then park in a dead-letter queue',
  'Circuit breaker opens after 50% errors in 30 s; serve cached data',
  'Queue locally and replay once the partner recovers',
  'Fail the request with 503 and a `Retry-After` header',
  'Alert on-call; manual reconciliation job the next business day',
  'Fall back to the previous snapshot and mark results as stale',
  'Idempotent re-delivery keyed on the event id',
  'Degrade gracefully: hide the widget, log a warning',
];
const EXTERNAL = [
  'Stripe',
  'Adyen',
  'Salesforce',
  'SAP ERP',
  'Twilio',
  'SendGrid',
  'Okta',
  'Auth0',
  'Zendesk',
  'Segment',
  'Snowflake',
  'FedEx API',
  'UPS API',
  'Google Maps',
  'Shopify',
  'NetSuite',
  'Datadog',
  'PagerDuty',
  'Slack',
  'GitHub',
  'Jira',
  'Marketo',
  'HubSpot',
  'Avalara',
];
const HTTP_OK = {
  GET: ['200'],
  POST: ['201', '202', '200'],
  PUT: ['200', '204'],
  PATCH: ['200'],
  DELETE: ['204', '202'],
};
const HTTP_ERR = ['400', '401', '403', '404', '409', '412', '422', '429', '503'];
const LINKS = [
  ['RFC 9110: HTTP Semantics', 'https://www.rfc-editor.org/rfc/rfc9110'],
  ['RFC 7807: Problem Details for HTTP APIs', 'https://www.rfc-editor.org/rfc/rfc7807'],
  ['The Twelve-Factor App', 'https://12factor.net/'],
  ['Google SRE book: Handling Overload', 'https://sre.google/sre-book/handling-overload/'],
  ['Designing Data-Intensive Applications', 'https://dataintensive.net/'],
  ['OpenTelemetry specification', 'https://opentelemetry.io/docs/specs/otel/'],
  ['OWASP API Security Top 10', 'https://owasp.org/API-Security/'],
  [
    'PostgreSQL documentation: Table Partitioning',
    'https://www.postgresql.org/docs/current/ddl-partitioning.html',
  ],
  [
    'Kafka documentation: Exactly-once semantics',
    'https://kafka.apache.org/documentation/#semantics',
  ],
  [
    'Martin Fowler: Strangler Fig Application',
    'https://martinfowler.com/bliki/StranglerFigApplication.html',
  ],
  [
    'AWS Well-Architected Framework',
    'https://docs.aws.amazon.com/wellarchitected/latest/framework/welcome.html',
  ],
  [
    'Kubernetes: Pod Disruption Budgets',
    'https://kubernetes.io/docs/concepts/workloads/pods/disruptions/',
  ],
  ['Stripe: Idempotent requests', 'https://docs.stripe.com/api/idempotent_requests'],
  [
    'The Log: What every software engineer should know',
    'https://engineering.linkedin.com/distributed-systems/log-what-every-software-engineer-should-know-about-real-time-datas-unifying',
  ],
];

// ---------------------------------------------------------------- prose
function prose(r, ctx) {
  const t = () => r.pick(TECH);
  const q = () => r.pick(QUALITIES);
  const e = () => r.pick(ctx.domain.entities);
  const ent = () => `\`${e()}\``;
  const v = () => r.pick(ctx.domain.verbs);
  const sys = ctx.domain.sys;
  const n = (lo, hi) => r.int(lo, hi);
  const ext = () => r.pick(EXTERNAL);
  const templates = [
    () =>
      `The ${sys} currently handles roughly ${n(2, 90) * 100} requests per second at peak, and ${n(2, 40)}% of them ${v()} at least one ${ent()}.`,
    () =>
      `Today every ${ent()} is written synchronously to ${t()}, which couples our p99 ${q()} to the slowest replica.`,
    () =>
      `We propose to ${v()} each ${ent()} through an outbox table so that the write and the event are committed in one transaction.`,
    () => `This keeps ${q()} predictable while leaving room to improve ${q()} later.`,
    () =>
      `Teams that depend on the ${sys} have asked for a stable contract; the current one has changed ${n(3, 14)} times in the last ${n(2, 6)} quarters.`,
    () =>
      `The main constraint is ${q()}: a regression of more than ${n(5, 50)} ms at p95 would breach the SLO agreed with the ${r.pick(TEAMS)} team.`,
    () =>
      `A previous attempt in ${n(2017, 2023)} used ${t()} for this, but it was rolled back after an incident in which ${n(2, 40)}k ${e()} records were duplicated.`,
    () =>
      `We will keep ${t()} as the system of record and add ${t()} only as a read-optimised projection.`,
    () =>
      `Each ${ent()} carries a monotonically increasing \`version\` so that consumers can discard stale updates.`,
    () =>
      `The migration runs in ${n(2, 5)} phases, each of which can be paused and rolled back independently.`,
    () =>
      `Reads are served from a cache with a TTL of ${n(5, 300)} seconds; writes invalidate the affected keys explicitly.`,
    () => `**Note:** the ${e()} identifiers are opaque to clients and must not be parsed.`,
    () =>
      `Integration with ${ext()} happens asynchronously, so a partner outage never blocks the checkout path.`,
    () =>
      `We measured a median of ${n(3, 80)} ms and a p99 of ${n(90, 900)} ms for the hot path in the staging environment (see the [load test report](https://example.com/reports/${ctx.slug}/load-${n(1, 40)}) for details).`,
    () =>
      `The operational burden is acceptable: the on-call rotation already owns ${t()}, and runbooks exist for its failure modes.`,
    () =>
      `_If_ traffic grows beyond ${n(2, 10)}× the current peak, the partitioning scheme described in [Storage Strategy](#storage-strategy) lets us add shards without downtime.`,
    () =>
      `Backfilling ${n(10, 900)} million historical ${e()} rows is expected to take about ${n(2, 30)} hours at a throttled ${n(1, 20)}k rows per second.`,
    () =>
      `Ownership stays with the ${r.pick(TEAMS)} team; the ${r.pick(TEAMS)} team reviews schema changes.`,
    () =>
      `Clients ${v()} via the public API only; direct database access from other services is removed as part of this work.`,
    () =>
      `All timestamps are stored in UTC as \`timestamptz\` and rendered in the user's time zone at the edge.`,
    () =>
      `Because ${t()} offers at-least-once delivery, every consumer must be idempotent with respect to the \`event_id\`.`,
    () =>
      `The design favours ${q()} over ${q()}, which we consider the right trade-off for this workload.`,
    () =>
      `Compliance requires that ${e()} data for EU tenants stays in the eu-west region, including backups.`,
    () =>
      `Schema changes follow the expand–contract pattern: add the column, dual-write, backfill, switch reads, then drop the old column.`,
    () =>
      `The error budget for the quarter is ${n(20, 45)} minutes; the rollout plan is designed to spend at most a third of it.`,
    () =>
      `Feature flags gate the new path per tenant, so we can ${v()} for internal tenants first and widen the audience gradually.`,
    () =>
      `We considered ${t()} and ${t()} as alternatives; both were rejected for reasons listed in [Key Design Decisions](#key-design-decisions).`,
    () =>
      `Every request is tagged with a correlation id that is propagated through ${t()} headers and appears in every log line.`,
    () =>
      `The existing cron job that reconciles ${e()} totals will be retired once the streaming aggregation has run in shadow mode for ${n(2, 6)} weeks without discrepancies.`,
    () => `Capacity planning assumes ${n(15, 60)}% year-over-year growth in ${e()} volume.`,
  ];
  const count = r.int(ctx.minSentences ?? 3, ctx.maxSentences ?? 7);
  const out = [];
  for (let i = 0; i < count; i++) out.push(r.pick(templates)());
  return out.join(' ');
}

const paragraphs = (r, ctx, lo, hi) =>
  Array.from({ length: r.int(lo, hi) }, () => prose(r, ctx)).join('\n\n');

function bulletSentence(r, ctx) {
  return prose(r, { ...ctx, minSentences: 1, maxSentences: ctx.bulletMax ?? 2 });
}

function goal(r, ctx) {
  const d = ctx.domain;
  const opts = [
    () =>
      `Reduce p99 latency of \`${r.pick(['GET', 'POST'])} /api/v1/${r.pick(d.res)}\` from ${r.int(300, 900)} ms to under ${r.int(80, 250)} ms.`,
    () =>
      `Allow clients to ${r.pick(d.verbs)} a ${r.pick(d.entities)} idempotently, with at-most-once side effects.`,
    () => `Support ${r.int(2, 20)}× today's peak traffic without manual intervention.`,
    () => `Remove the direct dependency of the ${r.pick(TEAMS)} team on the ${d.sys} database.`,
    () => `Publish a versioned, documented contract for every ${r.pick(d.entities)} change event.`,
    () => `Make ${r.pick(d.entities)} history auditable for ${r.int(1, 10)} years.`,
    () => `Cut the monthly ${r.pick(TECH)} bill by ${r.int(10, 60)}%.`,
    () =>
      `Reach ${r.pick(['99.9', '99.95', '99.99'])}% monthly availability for the ${d.name} read path.`,
    () =>
      `Let support staff ${r.pick(d.verbs)} a ${r.pick(d.entities)} without an engineer's help.`,
  ];
  return r.pick(opts)();
}

function nonGoal(r, ctx) {
  const d = ctx.domain;
  const opts = [
    () => `Rewriting the ${r.pick(d.entities)} pricing rules; they move unchanged.`,
    () =>
      `Multi-region active-active writes (see [Future Considerations](#future-considerations)).`,
    () => `Replacing ${r.pick(TECH)} as the message broker.`,
    () => `A new user interface; the existing admin screens keep working against the new API.`,
    () =>
      `Migrating tenants on the legacy ${r.pick(['v0', '2019', 'on-premise'])} plan in this phase.`,
    () => `Real-time analytics on ${r.pick(d.entities)} data.`,
    () => `Changing the retention policy for ${r.pick(d.entities)} records.`,
  ];
  return r.pick(opts)();
}

// ---------------------------------------------------------------- diagrams
function asciiDiagram(r, names) {
  const boxes = names.map((n) => `[ ${n} ]`);
  const lines = [];
  for (let i = 0; i < boxes.length; i++) {
    const arrow = r.pick(['-->', '==>', `--(${r.pick(PROTOCOLS)})-->`, '<-->']);
    if (i + 1 < boxes.length) lines.push(`${boxes[i].padEnd(28)}${arrow} ${boxes[i + 1]}`);
    if (i + 1 < boxes.length && r.chance(0.5)) lines.push(`${' '.repeat(8)}|\n${' '.repeat(8)}v`);
  }
  return lines.join('\n');
}

function mermaidDiagram(r, names) {
  const ids = names.map((n, i) => `N${i}["${n}"]`);
  const out = [r.pick(['flowchart LR', 'flowchart TD', 'graph LR'])];
  for (let i = 0; i + 1 < ids.length; i++)
    out.push(`  ${i === 0 ? ids[0] : `N${i}`} -->|${r.pick(PROTOCOLS)}| ${ids[i + 1]}`);
  if (names.length > 3 && r.chance(0.6)) out.push(`  N${names.length - 1} -.-> N0`);
  return out.join('\n');
}

function diagramBlock(r, names) {
  if (r.chance(0.35)) return `\`\`\`mermaid\n${mermaidDiagram(r, names)}\n\`\`\``;
  return `\`\`\`\n${asciiDiagram(r, names)}\n\`\`\``;
}

function erDiagram(r, entities) {
  const rels = ['1 ──< *', '1 ──── 1', '* >──< *', '1 ──< 0..*'];
  const lines = [];
  for (let i = 0; i + 1 < entities.length; i++)
    lines.push(`${entities[i].padEnd(16)} ${r.pick(rels)} ${entities[i + 1]}`);
  if (entities.length > 2)
    lines.push(`${entities[0].padEnd(16)} ${r.pick(rels)} ${entities[entities.length - 1]}`);
  return `\`\`\`\n${lines.join('\n')}\n\`\`\``;
}

// ---------------------------------------------------------------- blocks
function table(header, rows) {
  const line = (cells) => `| ${cells.join(' | ')} |`;
  const sep = `|${header.map((h) => '-'.repeat(h.length + 2)).join('|')}|`;
  return [line(header), sep, ...rows.map(line)].join('\n');
}

function decisionRow(r, ctx) {
  const t1 = r.pick(TECH);
  const t2 = r.pick(TECH.filter((x) => x !== t1));
  const e = r.pick(ctx.domain.entities);
  const opts = [
    [
      `Use ${t1} for ${e} storage`,
      `Team already operates it; supports the transactional guarantees we need`,
      `Less flexible schema evolution than ${t2}`,
    ],
    [
      `Outbox pattern for ${e} events`,
      `Atomic write + publish without distributed transactions`,
      `Extra table and a relay process to operate`,
    ],
    [
      `gRPC between internal services`,
      `Typed contracts, streaming, ~${r.int(20, 60)}% smaller payloads`,
      `Harder to debug with curl; needs an Envoy sidecar for browsers`,
    ],
    [
      `Cursor-based pagination`,
      `Stable under concurrent inserts; O(1) page fetch`,
      `No random page access`,
    ],
    [
      `Partition \`${e.toLowerCase()}\` by tenant id`,
      `Keeps noisy tenants isolated; enables per-tenant retention`,
      `Cross-tenant reports need a fan-out query`,
    ],
    [
      `Cache ${e} reads in ${r.pick(['Redis', 'Memcached'])}`,
      `Read/write ratio is ${r.int(20, 200)}:1`,
      `Invalidation complexity; stale reads up to the TTL`,
    ],
    [
      `Event sourcing for ${e}`,
      `Full audit trail and temporal queries`,
      `Projections must be rebuilt on schema change`,
    ],
    [
      `Strangler-fig migration`,
      `Incremental, reversible cut-over per endpoint`,
      `Two code paths to maintain for ~${r.int(2, 9)} months`,
    ],
    [
      `${t1} instead of ${t2}`,
      `Better ${r.pick(QUALITIES)} in our benchmark (${r.int(2, 9)}× at p99)`,
      `Smaller community; fewer managed offerings`,
    ],
    [
      `Idempotency keys on POST`,
      `Clients can retry safely after timeouts`,
      `Keys stored for 24 h (≈${r.int(1, 40)} GB)`,
    ],
    [
      `Soft delete with \`deleted_at\``,
      `Enables undo and audit`,
      `Every query must filter; unique indexes need a partial predicate`,
    ],
    [
      `Async processing via ${r.pick(['Kafka', 'RabbitMQ', 'NATS'])}`,
      `Decouples ${e} writes from slow consumers`,
      `Eventual consistency visible to users for a few seconds`,
    ],
  ];
  const row = r.pick(opts);
  return row.map((c) => (r.chance(0.05) ? c.replace(/; /, ' \\| ') : c));
}

function integrationRow(r) {
  return [r.pick(EXTERNAL), r.pick(PROTOCOLS), r.pick(FREQ), r.pick(FAILURES)];
}

function pascal(res) {
  return res
    .split('-')
    .map((w) => w[0].toUpperCase() + w.slice(1))
    .join('')
    .replace(/ies$/, 'y')
    .replace(/s$/, '');
}

const SUBRESOURCES = [
  'history',
  'events',
  'status',
  'items',
  'attachments',
  'search',
  'export',
  'bulk',
  'summary',
  'audit',
  'versions',
  'locks',
  'metrics',
  'comments',
  'approvals',
  'preview',
  'settings',
  'members',
  'tags',
  'snapshots',
];

function endpoint(r, ctx, opts = {}) {
  const res = r.pick(ctx.domain.res);
  const method = opts.method ?? r.pick(['GET', 'GET', 'POST', 'POST', 'PUT', 'PATCH', 'DELETE']);
  const ver = r.pick(['v1', 'v1', 'v1', 'v2']);
  const type = pascal(res);
  // A document declares each endpoint once: retry on a repeat, widening the path each time.
  let p;
  for (let tries = 0; ; tries++) {
    p = `/api/${ver}/${res}`;
    if (method !== 'POST' || r.chance(0.3)) p += '/{id}';
    if (tries > 0 || r.chance(0.2)) {
      p += `/${r.pick(SUBRESOURCES)}`;
      if (tries > 3 && r.chance(0.7)) p += `/{${r.pick(['itemId', 'eventId', 'revision', 'key'])}}`;
      if (tries > 6) p += `/${r.pick(SUBRESOURCES)}`;
    }
    if (opts.path || !ctx.endpoints.has(`${method} ${p}`) || tries > 30) break;
  }
  ctx.endpoints.add(`${method} ${p}`);
  const okc =
    opts.status ??
    [r.pick(HTTP_OK[method] ?? ['200']), ...r.sample(HTTP_ERR, r.int(1, 3)).sort()].join(', ');
  const input =
    method === 'GET'
      ? r.pick(['none', `${type}Query`, 'PathParams'])
      : method === 'DELETE'
        ? 'none'
        : `${type}${r.pick(['Request', 'Input', 'Patch', 'Command'])}`;
  const output =
    method === 'DELETE' ? 'none' : r.pick([type, `${type}Response`, `${type}Page`, `${type}View`]);
  return `${method} ${opts.path ?? p}\n  Input: ${input}\n  Output: ${output}\n  Status: ${okc}`;
}

function endpointBlock(r, ctx, n) {
  const eps = Array.from({ length: n }, () => endpoint(r, ctx));
  return `\`\`\`yaml\n${eps.join('\n\n')}\n\`\`\``;
}

function entityLine(r, ctx, name) {
  const fields = r.sample(
    [
      '`id`',
      '`tenant_id`',
      '`status`',
      '`created_at`',
      '`updated_at`',
      '`version`',
      '`amount`',
      '`currency`',
      '`owner_id`',
      '`external_ref`',
      '`payload`',
      '`expires_at`',
      '`checksum`',
    ],
    r.int(3, 6),
  );
  return `- **${name}**: ${bulletSentence(r, ctx)} Key fields: ${fields.join(', ')}.`;
}

const FIELD_TEXT = {
  Authentication: (r) =>
    r.pick([
      'OAuth 2.0 client credentials for services; OIDC for users via the corporate IdP',
      'mTLS between services inside the mesh; short-lived JWTs at the edge',
      'API keys for partners (hashed with Argon2id, rotated every 90 days) and OIDC for staff',
    ]),
  Authorization: (r) =>
    r.pick([
      'RBAC with tenant-scoped roles (`viewer`, `editor`, `admin`)',
      'ABAC policies evaluated by OPA sidecars; decisions cached for 30 s',
      'Per-resource ACLs checked in the service layer; admin actions require step-up auth',
    ]),
  Encryption: (r) =>
    r.pick([
      'TLS 1.3 in transit; AES-256 at rest with KMS-managed keys rotated yearly',
      'TLS everywhere, including inside the cluster; column-level encryption for card data',
      'Envelope encryption per tenant; backups encrypted with a separate key',
    ]),
  'PII Handling': (r) =>
    r.pick([
      'Emails and phone numbers are tokenised; raw values live only in the vault',
      'PII is tagged in the schema and excluded from logs and analytics exports',
      'Right-to-erasure requests are processed within 30 days by a crypto-shredding job',
    ]),
  'Rate Limiting': (r) =>
    r.pick([
      `Token bucket per API key: ${r.int(10, 500)} req/s, burst ${r.int(20, 1000)}`,
      'Sliding window in Redis shared by all instances; 429 with `Retry-After`',
      'Per-tenant quotas enforced at the gateway; internal callers exempt',
    ]),
  'Expected Load': (r) =>
    `${r.int(1, 50) * 100} req/s average, ${r.int(2, 20) * 1000} req/s peak; ${r.int(1, 900)} GB of new data per month; ${r.int(1, 200)}k concurrent users`,
  'Horizontal Scaling': (r) =>
    r.pick([
      'Stateless pods behind the load balancer; HPA on CPU and queue lag',
      'Consumers scale with partition count; we start with 48 partitions',
      'Add read replicas and shard by tenant id when a shard exceeds 1 TB',
    ]),
  'Vertical Scaling': (r) =>
    r.pick([
      `Pods request ${r.int(1, 4)} vCPU / ${r.int(1, 8)} GiB; the database can grow to the next instance class`,
      'Memory-bound cache nodes can double once before we must shard',
      'Not planned beyond the current instance class',
    ]),
  'Caching Strategy': (r) =>
    r.pick([
      'Read-through Redis cache for hot entities; CDN for public assets',
      'In-process LRU (10k entries) plus a shared Redis tier',
      'No cache on the write path; materialised views for dashboards',
    ]),
  'Database Scaling': (r) =>
    r.pick([
      'Primary with two read replicas; logical replication to the warehouse',
      'Partitioned by month; old partitions detached and archived to object storage',
      'Citus-style sharding by tenant; rebalancing online',
    ]),
  'Key Metrics': (r) =>
    r.pick([
      'Request rate, error rate and duration (RED) per endpoint; consumer lag',
      'Queue depth, processing latency, dead-letter count',
      'Cache hit ratio, p50/p95/p99 latency, saturation of the connection pool',
    ]),
  Logging: (r) =>
    r.pick([
      'Structured JSON logs shipped to Loki; 14-day retention',
      'Logs to stdout, collected by Fluent Bit into OpenSearch',
      'Sampled debug logs; every error logged with the correlation id',
    ]),
  Tracing: (r) =>
    r.pick([
      'OpenTelemetry SDK, 10% head sampling plus tail sampling on errors',
      'W3C trace context propagated through HTTP and Kafka headers',
      'Traces exported to Tempo; exemplars link metrics to traces',
    ]),
  Alerting: (r) =>
    r.pick([
      `Page when the error rate exceeds ${r.int(1, 5)}% for 5 minutes or p99 > ${r.int(300, 2000)} ms`,
      'Multi-window burn-rate alerts on the availability SLO',
      'Ticket (not page) when consumer lag exceeds 10 minutes',
    ]),
  Environment: (r) =>
    r.pick([
      'Kubernetes on EKS in eu-west-1 and us-east-1',
      'GKE Autopilot; Cloud SQL for PostgreSQL',
      'On-premise OpenShift with a managed PostgreSQL cluster',
    ]),
  'Deployment Strategy': (r) =>
    r.pick([
      'Canary: 5% → 25% → 100% over two hours, gated on SLO metrics',
      'Blue-green with a manual switch after smoke tests',
      'Rolling update with maxUnavailable 0 and a PodDisruptionBudget',
    ]),
  'Rollback Plan': (r) =>
    r.pick([
      'Flip the feature flag off; the old path stays deployed for two releases',
      'Redeploy the previous image tag; migrations are backwards compatible',
      'Point the router back to the legacy service; replay the outbox from the last checkpoint',
    ]),
  'Infrastructure as Code': (r) =>
    r.pick([
      'Terraform modules in the `infra` repo; Helm charts via Argo CD',
      'Pulumi (TypeScript) for cloud resources; Kustomize overlays per environment',
      'CloudFormation stacks owned by the platform team',
    ]),
};
const SECURITY = ['Authentication', 'Authorization', 'Encryption', 'PII Handling', 'Rate Limiting'];
const SCALABILITY = [
  'Expected Load',
  'Horizontal Scaling',
  'Vertical Scaling',
  'Caching Strategy',
  'Database Scaling',
];
const MONITORING = ['Key Metrics', 'Logging', 'Tracing', 'Alerting'];
const DEPLOYMENT = [
  'Environment',
  'Deployment Strategy',
  'Rollback Plan',
  'Infrastructure as Code',
];

function fieldList(r, ctx, labels, extra) {
  const lines = labels.map((l) => {
    let s = `- **${l}**: ${FIELD_TEXT[l](r)}.`;
    if (extra > 0 && r.chance(0.5)) {
      const k = r.int(1, extra);
      for (let i = 0; i < k; i++) s += `\n  - ${bulletSentence(r, ctx)}`;
    }
    return s;
  });
  return lines.join('\n');
}

function question(r, ctx, status) {
  const d = ctx.domain;
  const qs = [
    () =>
      `Should we ${r.pick(d.verbs)} ${r.pick(d.entities)} records synchronously for enterprise tenants?`,
    () => `Do we need a separate ${r.pick(TECH)} cluster for the ${d.name} workload?`,
    () => `Who owns the ${r.pick(d.entities)} schema once the ${r.pick(TEAMS)} team hands it over?`,
    () => `Can the backfill run during business hours without hurting ${r.pick(QUALITIES)}?`,
    () => `Is a ${r.int(7, 90)}-day retention for ${r.pick(d.entities)} events enough for finance?`,
    () =>
      `Should the v1 endpoints be deprecated before or after the ${r.pick(['Q1', 'Q2', 'Q3', 'Q4'])} freeze?`,
    () => `What is the fallback if ${r.pick(EXTERNAL)} changes its rate limits?`,
    () => `Does ${r.pick(TECH)} support the isolation level we rely on?`,
  ];
  let s = `- ${r.pick(qs)()} - Status: ${status}`;
  if (status === 'Resolved' && r.chance(0.6))
    s += ` (${r.pick(['decided in the architecture review', 'yes, see the decision table', 'no; revisit next quarter', 'agreed with the data team'])})`;
  return s;
}

function futureItem(r, ctx) {
  return `- ${r.pick([
    `Active-active replication across regions for the ${ctx.domain.name} write path.`,
    `Expose a GraphQL facade once the REST contract is stable.`,
    `Move cold ${r.pick(ctx.domain.entities)} data to ${r.pick(['S3 Glacier', 'ClickHouse', 'Parquet files'])}.`,
    `Known limitation: bulk ${r.pick(ctx.domain.verbs)} is capped at ${r.int(100, 10000)} items per request.`,
    `Self-service tenant onboarding through the admin console.`,
    `Replace the polling sync with change data capture via Debezium.`,
    `Automated load tests in CI against a production-like data set.`,
  ])}`;
}

function referenceItem(r, _ctx) {
  if (r.chance(0.2))
    return `- ADR-${String(r.int(1, 120)).padStart(4, '0')}: ${r.pick(['Adopt', 'Deprecate', 'Standardise on'])} ${r.pick(TECH)} — https://wiki.example.com/adr/${r.int(1, 120)}`;
  const [t, u] = r.pick(LINKS);
  return `- [${t}](${u})`;
}

// ---------------------------------------------------------------- document
const pad2 = (n) => String(n).padStart(2, '0');
function dateFrom(dayIndex) {
  // deterministic calendar arithmetic on UTC days since 2019-01-01
  const d = new Date(Date.UTC(2019, 0, 1) + dayIndex * 86400000);
  return `${d.getUTCFullYear()}-${pad2(d.getUTCMonth() + 1)}-${pad2(d.getUTCDate())}`;
}

function slugify(s) {
  return s
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

const PROBLEMS = [
  'missing-section',
  'section-order',
  'placeholder-left',
  'bad-front-matter-status',
  'unknown-front-matter-key',
  'question-without-status',
  'bad-question-status',
  'bad-api-method',
  'bad-api-status',
  'short-table-row',
  'empty-section',
  'broken-anchor',
  'fake-secret',
  'email-in-body',
  'wrong-heading-level',
  'duplicate-section',
  'approved-with-open-questions',
  'todo-left',
  'unknown-section',
];

function generateDoc(r, index, targetBytes) {
  const domain = r.pick(DOMAINS);
  const title = `${r.pick(ADJ)} ${domain.sys} ${r.pick(NOUNS)}`;
  const slug = `${String(index + 1).padStart(4, '0')}-${slugify(title)}`;
  // Small documents get terse base prose (1–2 sentences a paragraph); growth uses full paragraphs.
  const small = targetBytes < 12 * 1024;
  const ctx = small
    ? { domain, slug, minSentences: 1, maxSentences: 2, bulletMax: 1, endpoints: new Set() }
    : { domain, slug, endpoints: new Set() };
  const problems = r.chance(0.15) ? r.sample(PROBLEMS, r.int(1, 3)) : [];
  const has = (p) => problems.includes(p);

  // --- front matter
  const created = r.int(0, 1800);
  const updated = created + r.int(0, 200);
  let status = r.pick(STATUS);
  if (has('approved-with-open-questions')) status = 'approved';
  const authors = r.sample(PEOPLE, r.int(1, 3));
  const fm = [
    '---',
    `title: ${r.chance(0.3) ? `"${title}"` : title}`,
    `status: ${has('bad-front-matter-status') ? r.pick(['wip', 'Done', 'pending-review']) : status}`,
    'authors:',
    ...authors.map((a) => `  - ${a}`),
  ];
  if (r.chance(0.5))
    fm.push(
      `reviewers: [${r
        .sample(
          PEOPLE.filter((p) => !authors.includes(p)),
          r.int(1, 3),
        )
        .join(', ')}]`,
    );
  fm.push(`created: ${dateFrom(created)}`, `updated: ${dateFrom(updated)}`);
  fm.push(
    `tags: [${r.sample([domain.name, ...TEAMS, 'api', 'migration', 'storage', 'security', 'performance', 'events'], r.int(1, 4)).join(', ')}]`,
  );
  if (status === 'superseded')
    fm.push(
      `superseded-by: ${String(r.int(index + 2, index + 400)).padStart(4, '0')}-${slugify(`${r.pick(ADJ)} ${domain.sys} ${r.pick(NOUNS)}`)}.md`,
    );
  if (has('unknown-front-matter-key')) fm.push(`owner_team: ${r.pick(TEAMS)}`);
  fm.push('---');

  // --- sections: {title, level, body: string[]} (body blocks joined by blank lines)
  const components = r.sample(
    [
      domain.sys,
      'API Gateway',
      'Outbox Relay',
      `${domain.name} worker`,
      'Cache',
      'Read Model',
      r.pick(EXTERNAL),
      'Admin Console',
      'Scheduler',
    ],
    small ? 3 : r.int(3, 6),
  );
  const usedH4 = new Set();
  const S = (title, level, body, expand) => ({ title, level, body: body.filter(Boolean), expand });
  const sections = [];
  sections.push(S('Overview', 2, [paragraphs(r, ctx, 1, 2)], (b) => b.push(prose(r, ctx))));
  sections.push(
    S('Goals and Non-Goals', 2, [
      r.chance(0.3) ? prose(r, { ...ctx, minSentences: 1, maxSentences: 2 }) : null,
    ]),
  );
  sections.push(
    S(
      'Goals',
      3,
      [Array.from({ length: r.int(2, 5) }, () => `- ${goal(r, ctx)}`).join('\n')],
      (b) => (b[0] += `\n- ${goal(r, ctx)}`),
    ),
  );
  sections.push(
    S('Non-Goals', 3, [
      Array.from({ length: r.int(1, 4) }, () => `- ${nonGoal(r, ctx)}`).join('\n'),
    ]),
  );
  sections.push(
    S(
      'Context',
      2,
      [
        paragraphs(r, ctx, 1, 3),
        r.chance(0.4)
          ? `> ${prose(r, { ...ctx, minSentences: 1, maxSentences: 3 })}\n> — ${r.pick(PEOPLE)}, incident review`
          : null,
      ],
      (b) => {
        const k = r.int(0, 9);
        // never two lists in a row: they would merge into one list
        if (k < 6 || /^(- |\d+\. )/.test(b[b.length - 1] ?? '')) b.push(prose(r, ctx));
        else if (k < 8)
          b.push(
            Array.from({ length: r.int(3, 7) }, () => `- ${bulletSentence(r, ctx)}`).join('\n'),
          );
        else
          b.push(
            Array.from(
              { length: r.int(3, 6) },
              (_, i) => `${i + 1}. ${bulletSentence(r, ctx)}`,
            ).join('\n'),
          );
      },
    ),
  );
  sections.push(
    S('Context Diagram', 2, [
      diagramBlock(r, ['Users', ...components.slice(0, 3), r.pick(EXTERNAL)]),
    ]),
  );
  sections.push(
    S('Architecture', 2, [
      r.chance(0.5) ? prose(r, { ...ctx, minSentences: 1, maxSentences: 3 }) : null,
    ]),
  );
  sections.push(
    S(
      'High-Level Design',
      3,
      [
        paragraphs(r, ctx, 1, 2),
        components.map((c) => `- **${c}**: ${bulletSentence(r, ctx)}`).join('\n'),
      ],
      (b) => {
        const k = r.int(0, 9);
        if (k < 5) b.push(prose(r, ctx));
        else if (k < 7) {
          const h = `${r.pick(components)} ${r.pick(['internals', 'failure handling', 'scaling', 'configuration', 'lifecycle', 'data ownership', 'testing strategy', 'capacity'])}`;
          if (usedH4.has(h)) b.push(prose(r, ctx));
          else {
            usedH4.add(h);
            b.push(`#### ${h}\n\n${paragraphs(r, ctx, 1, 3)}`);
          }
        } else if (k < 8)
          b.push(`\`\`\`${r.pick(['ts', 'go', 'java', 'sql'])}\n${codeSample(r, ctx)}\n\`\`\``);
        else if (/^(- |\d+\. )/.test(b[b.length - 1] ?? '')) b.push(prose(r, ctx));
        else
          b.push(
            Array.from({ length: r.int(3, 8) }, () => `- ${bulletSentence(r, ctx)}`).join('\n'),
          );
      },
    ),
  );
  sections.push(S('Component Diagram', 3, [diagramBlock(r, components)]));
  sections.push(
    S(
      'Data Flow',
      3,
      [
        Array.from(
          { length: small ? 3 : r.int(3, 7) },
          (_, i) => `${i + 1}. ${bulletSentence(r, ctx)}`,
        ).join('\n'),
        !small && r.chance(0.5) ? prose(r, ctx) : null,
      ],
      (b) => b.push(prose(r, ctx)),
    ),
  );
  const decisions = Array.from({ length: small ? 2 : r.int(2, 5) }, () => decisionRow(r, ctx));
  sections.push(S('Key Design Decisions', 2, [null], null));
  const decisionSection = sections[sections.length - 1];
  const blocks = [r.int(1, 3)];
  sections.push(
    S('API Contracts', 2, [
      r.chance(0.4) ? prose(r, { ...ctx, minSentences: 1, maxSentences: 2 }) : null,
    ]),
  );
  const restSection = S(
    'REST Endpoints',
    3,
    [endpointBlock(r, ctx, blocks[0]), prose(r, { ...ctx, minSentences: 1, maxSentences: 3 })],
    (b) => {
      if (r.chance(0.7)) b.push(endpointBlock(r, ctx, r.int(1, 4)));
      else b.push(prose(r, ctx));
    },
  );
  sections.push(restSection);
  sections.push(
    S('Data Model', 2, [
      r.chance(0.3) ? prose(r, { ...ctx, minSentences: 1, maxSentences: 2 }) : null,
    ]),
  );
  sections.push(
    S('Entity Relationships', 3, [erDiagram(r, r.sample(domain.entities, r.int(3, 5)))]),
  );
  const keyEntities = S(
    'Key Entities',
    3,
    [
      domain.entities
        .slice(0, small ? 2 : r.int(2, 5))
        .map((e) => entityLine(r, ctx, e))
        .join('\n'),
    ],
    (b) =>
      (b[0] += `\n${entityLine(r, ctx, `${r.pick(domain.entities)}${r.pick(['Snapshot', 'Version', 'Summary', 'Archive', 'Link'])}`)}`),
  );
  sections.push(keyEntities);
  sections.push(
    S(
      'Storage Strategy',
      3,
      [
        paragraphs(r, ctx, 1, small ? 1 : 2),
        !small && r.chance(0.5) ? `\`\`\`sql\n${sqlSample(r, ctx)}\n\`\`\`` : null,
      ],
      (b) => {
        if (r.chance(0.3)) b.push(`\`\`\`sql\n${sqlSample(r, ctx)}\n\`\`\``);
        else b.push(prose(r, ctx));
      },
    ),
  );
  const integrations = Array.from({ length: small ? 2 : r.int(2, 5) }, () => integrationRow(r));
  sections.push(S('Integration Points', 2, [null], null));
  const integrationSection = sections[sections.length - 1];
  const extra = targetBytes > 40000 ? 3 : 0;
  sections.push(S('Security', 2, [fieldList(r, ctx, SECURITY, extra)]));
  sections.push(S('Scalability', 2, [fieldList(r, ctx, SCALABILITY, extra)]));
  sections.push(S('Monitoring and Observability', 2, [fieldList(r, ctx, MONITORING, extra)]));
  sections.push(S('Deployment', 2, [fieldList(r, ctx, DEPLOYMENT, extra)]));
  const qStatus = () => r.pick(['Open', 'Open', 'In Progress', 'Resolved', 'Resolved']);
  const questions = Array.from({ length: small ? r.int(1, 2) : r.int(1, 5) }, () =>
    question(
      r,
      ctx,
      status === 'approved' && !has('approved-with-open-questions') ? 'Resolved' : qStatus(),
    ),
  );
  if (has('approved-with-open-questions')) questions.push(question(r, ctx, 'Open'));
  const questionSection = S('Open Questions', 2, [null], (_b) =>
    questions.push(
      question(
        r,
        ctx,
        status === 'approved' && !has('approved-with-open-questions') ? 'Resolved' : qStatus(),
      ),
    ),
  );
  sections.push(questionSection);
  sections.push(
    S(
      'Future Considerations',
      2,
      [Array.from({ length: small ? 2 : r.int(2, 4) }, () => futureItem(r, ctx)).join('\n')],
      (b) => (b[0] += `\n${futureItem(r, ctx)}`),
    ),
  );
  sections.push(
    S(
      'References',
      2,
      [Array.from({ length: small ? 2 : r.int(2, 5) }, () => referenceItem(r, ctx)).join('\n')],
      (b) => (b[0] += `\n${referenceItem(r, ctx)}`),
    ),
  );

  decisionSection.expand = () => decisions.push(decisionRow(r, ctx));
  integrationSection.expand = () => integrations.push(integrationRow(r));

  const render = () => {
    decisionSection.body = [
      r2(decisionSection).intro,
      table(
        ['Decision', 'Rationale', 'Trade-offs'],
        decisions.map((row, i) =>
          has('short-table-row') && i === decisions.length - 1 ? row.slice(0, 2) : row,
        ),
      ),
    ].filter(Boolean);
    integrationSection.body = [
      table(['System', 'Protocol', 'Frequency', 'Failure Mode'], integrations),
    ];
    questionSection.body = [questions.join('\n')];
    const parts = [fm.join('\n'), `# ${title}`];
    for (const s of sections) parts.push(`${'#'.repeat(s.level)} ${s.title}`, ...s.body);
    return `${parts.join('\n\n')}\n`;
  };
  // decision table intro sentence is chosen once (stable across re-renders)
  const intros = new Map();
  const r2 = (s) => {
    if (!intros.has(s))
      intros.set(s, {
        intro: r.chance(0.5) ? prose(r, { ...ctx, minSentences: 1, maxSentences: 2 }) : null,
      });
    return intros.get(s);
  };

  if (small) {
    ctx.minSentences = 2;
    ctx.maxSentences = 5;
    ctx.bulletMax = 2;
  }
  // --- grow towards the target size: weighted random expansions, estimated by length
  const expandable = sections.filter((s) => s.expand);
  const weights = expandable.map(
    (s) =>
      ({
        Context: 5,
        'High-Level Design': 8,
        'Data Flow': 2,
        'REST Endpoints': 4,
        'Storage Strategy': 3,
        'Key Design Decisions': 3,
        'Integration Points': 2,
        Overview: 1,
        'Key Entities': 1,
      })[s.title] ?? 1,
  );
  const total = weights.reduce((a, b) => a + b, 0);
  let text = render();
  let approx = text.length;
  while (approx < targetBytes) {
    const batch = Math.max(1, Math.min(20, Math.floor((targetBytes - approx) / 1500)));
    for (let k = 0; k < batch; k++) {
      let x = r.next() * total;
      let i = 0;
      while (x >= weights[i]) x -= weights[i++];
      const before = expandable[i].body.reduce((a, b) => a + b.length, 0);
      expandable[i].expand(expandable[i].body);
      approx += Math.max(60, expandable[i].body.reduce((a, b) => a + b.length, 0) - before);
    }
    text = render();
    approx = text.length;
  }

  // --- deliberate problems (applied to the section list, then re-rendered)
  if (problems.length) {
    const find = (t) => sections.findIndex((s) => s.title === t);
    for (const p of problems) {
      if (p === 'missing-section')
        sections.splice(
          find(r.pick(['Security', 'Deployment', 'Data Flow', 'References', 'Scalability'])),
          1,
        );
      else if (p === 'section-order') {
        const a = find('Security');
        const b = find('Monitoring and Observability');
        if (a >= 0 && b >= 0) [sections[a], sections[b]] = [sections[b], sections[a]];
      } else if (p === 'placeholder-left') {
        const s = sections[find('Goals')];
        if (s) s.body[0] += `\n- [Goal ${r.int(3, 5)}]`;
      } else if (p === 'todo-left') {
        const s = sections[find(r.pick(['Storage Strategy', 'Data Flow', 'Context']))];
        if (s)
          s.body.push(
            r.pick([
              'TODO: describe the retry policy.',
              'TBD',
              'FIXME — numbers below are from the old cluster.',
            ]),
          );
      } else if (p === 'question-without-status') {
        questions.push(
          `- ${r.pick(['Do we need a data-processing agreement with', 'Who signs off on'])} ${r.pick(EXTERNAL)}?`,
        );
      } else if (p === 'bad-question-status') {
        questions.push(question(r, ctx, r.pick(['Pending', 'Done', 'open-ish', 'Blocked'])));
      } else if (p === 'bad-api-method') {
        restSection.body.push(
          '```yaml\n' +
            endpoint(r, ctx, { method: r.pick(['FETCH', 'GRAB', 'post']), status: '200' }) +
            '\n```',
        );
      } else if (p === 'bad-api-status') {
        restSection.body.push(
          '```yaml\n' +
            endpoint(r, ctx, { method: 'POST', status: r.pick(['999', '20', '2O1', 'created']) }) +
            '\n```',
        );
      } else if (p === 'empty-section') {
        const s =
          sections[find(r.pick(['Future Considerations', 'Storage Strategy', 'Data Flow']))];
        if (s) s.body = [];
      } else if (p === 'broken-anchor') {
        sections[find('Overview')].body.push(
          `See [the rollout plan](#${r.pick(['rollout-plan', 'migration-phases', 'appendix-a'])}) for dates.`,
        );
      } else if (p === 'fake-secret') {
        sections[find('Deployment')]?.body.push(
          'For local testing use:\n\n```sh\nexport AWS_ACCESS_KEY_ID=AKIAIOSFODNN7EXAMPLE\nexport AWS_SECRET_ACCESS_KEY=wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY\n```',
        );
      } else if (p === 'email-in-body') {
        sections[find('Context')].body.push(
          `Questions about the legacy system go to ${slugify(r.pick(PEOPLE)).replace('-', '.')}@example.com or +1 415 555 0${r.int(100, 199)}.`,
        );
      } else if (p === 'wrong-heading-level') {
        const s = sections[find(r.pick(['Goals', 'Non-Goals', 'Data Flow', 'Key Entities']))];
        if (s) s.level = 4;
      } else if (p === 'duplicate-section') {
        const i = find('References');
        if (i >= 0)
          sections.splice(i + 1, 0, {
            title: 'References',
            level: 2,
            body: [referenceItem(r, ctx)],
          });
      } else if (p === 'unknown-section') {
        const i = find('Deployment');
        if (i >= 0)
          sections.splice(i + 1, 0, {
            title: r.pick(['Cost Estimate', 'Team', 'Timeline']),
            level: 2,
            body: [prose(r, ctx)],
          });
      }
    }
    text = render();
  }
  return { name: `${slug}.md`, text, problems, title };
}

function codeSample(r, ctx) {
  const e = r.pick(ctx.domain.entities);
  return r.pick([
    `export interface ${e} {\n  id: string;\n  tenantId: string;\n  version: number;\n  status: "active" | "archived";\n  updatedAt: string; // ISO 8601\n}`,
    `func (s *Service) Handle(ctx context.Context, ev ${e}Event) error {\n\tif seen, _ := s.dedupe.Seen(ctx, ev.ID); seen {\n\t\treturn nil\n\t}\n\treturn s.repo.Apply(ctx, ev)\n}`,
    `public ${e} load(UUID id) {\n    return cache.get(id, () -> repository.findById(id).orElseThrow());\n}`,
    `SELECT tenant_id, count(*)\n  FROM ${slugify(e).replace(/-/g, '_')}\n WHERE updated_at > now() - interval '1 day'\n GROUP BY tenant_id;`,
  ]);
}

function sqlSample(r, ctx) {
  const t = slugify(r.pick(ctx.domain.entities)).replace(/-/g, '_');
  return r.pick([
    `CREATE TABLE ${t} (\n  id          uuid PRIMARY KEY,\n  tenant_id   uuid NOT NULL,\n  version     bigint NOT NULL DEFAULT 1,\n  payload     jsonb NOT NULL,\n  created_at  timestamptz NOT NULL DEFAULT now()\n) PARTITION BY HASH (tenant_id);`,
    `CREATE INDEX CONCURRENTLY ${t}_tenant_updated_idx\n  ON ${t} (tenant_id, updated_at DESC);`,
    `ALTER TABLE ${t} ADD COLUMN deleted_at timestamptz;\nCREATE UNIQUE INDEX ${t}_ref_uq ON ${t} (external_ref) WHERE deleted_at IS NULL;`,
  ]);
}

// ---------------------------------------------------------------- main
function main() {
  const t0 = process.hrtime.bigint();
  const r = makeRng(SEED);
  mkdirSync(OUT, { recursive: true });
  for (const f of readdirSync(OUT)) if (f.endsWith('.md')) rmSync(path.join(OUT, f));

  // Sizes: log-uniform between MIN and MAX, plus a few fixed at the extremes.
  let total = 0;
  let i = 0;
  const manifest = [];
  const hash = createHash('sha256');
  while (total < TARGET_BYTES) {
    let size;
    if (i % 50 === 0) size = MIN_DOC + 200;
    else if (i % 50 === 25) size = MAX_DOC - 12 * 1024;
    else size = Math.round(MIN_DOC * (MAX_DOC / MIN_DOC) ** r.next());
    // grow up to ~8% past the target; the document ends on a whole block, so stay below MAX
    const target = Math.min(size, MAX_DOC - 14 * 1024);
    const doc = generateDoc(r, i, Math.max(MIN_DOC + 600, target));
    const buf = Buffer.from(doc.text, 'utf8');
    writeFileSync(path.join(OUT, doc.name), buf);
    hash.update(doc.name).update(buf);
    total += buf.length;
    manifest.push({ file: doc.name, bytes: buf.length, problems: doc.problems });
    i++;
  }
  const sizes = manifest.map((m) => m.bytes).sort((a, b) => a - b);
  const summary = {
    seed: SEED,
    files: manifest.length,
    bytes: total,
    minBytes: sizes[0],
    medianBytes: sizes[sizes.length >> 1],
    maxBytes: sizes[sizes.length - 1],
    withProblems: manifest.filter((m) => m.problems.length).length,
    sha256: hash.digest('hex'),
  };
  writeFileSync(
    path.resolve(OUT, '..', `${path.basename(OUT)}-manifest.json`),
    `${JSON.stringify({ ...summary, documents: manifest }, null, 2)}\n`,
  );
  const ms = Number(process.hrtime.bigint() - t0) / 1e6;
  console.log(
    `wrote ${summary.files} documents, ${(total / 1e6).toFixed(1)} MB (${(total / 2 ** 20).toFixed(1)} MiB) to ${path.relative(process.cwd(), OUT) || '.'} in ${(ms / 1000).toFixed(1)} s\n` +
      `sizes: min ${(summary.minBytes / 1024).toFixed(1)} KiB, median ${(summary.medianBytes / 1024).toFixed(1)} KiB, max ${(summary.maxBytes / 1024).toFixed(1)} KiB; ${summary.withProblems} with deliberate problems\n` +
      `sha256 ${summary.sha256}`,
  );
}

main();
