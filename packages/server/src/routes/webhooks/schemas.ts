import { Type } from '@fastify/type-provider-typebox';
import { EVENT_TYPES, type EventType } from '../../events/event-types.js';
import { WEBHOOK_FORMATS, type WebhookFormat } from '../../jobs/webhook-formats.js';
import { WorkspaceParams } from '../common/workspace-schemas.js';
import { NO_NUL } from '../text-patterns.js';

const Time = Type.String({ format: 'date-time' });
const NullableTime = Type.Union([Time, Type.Null()]);

export const EventTypeSchema = Type.Unsafe<EventType>({
  type: 'string',
  enum: [...EVENT_TYPES],
  description: 'An event type (docs/webhooks.md describes each)',
});
const Format = Type.Unsafe<WebhookFormat>({
  type: 'string',
  enum: [...WEBHOOK_FORMATS],
  description: '`native`: the event as JSON; `slack`: a Slack incoming-webhook message',
});
const Url = Type.String({
  minLength: 1,
  maxLength: 2000,
  pattern: NO_NUL,
  description: 'Where events are POSTed: http:// or https://',
});
const Secret = Type.String({
  minLength: 16,
  maxLength: 200,
  description: 'The signing secret; generated when not given',
});

export const Webhook = Type.Object({
  id: Type.String(),
  url: Type.String(),
  description: Type.String(),
  events: Type.Array(EventTypeSchema),
  format: Format,
  confidential: Type.Boolean({
    description: 'Whether events of confidential documents are sent to it',
  }),
  active: Type.Boolean(),
  disabledAt: NullableTime,
  disabledReason: Type.Union([Type.String(), Type.Null()], {
    description:
      'Why it is disabled: a run of failed attempts (with the last error) or who disabled it',
  }),
  consecutiveFailures: Type.Integer({ description: 'Failed attempts since the last success' }),
  createdBy: Type.Union([Type.String(), Type.Null()], { description: 'Username' }),
  createdAt: Time,
  updatedAt: Time,
});

export const CreateWebhook = Type.Object(
  {
    url: Url,
    description: Type.Optional(Type.String({ maxLength: 200, pattern: NO_NUL })),
    events: Type.Array(EventTypeSchema, { minItems: 1, uniqueItems: true }),
    format: Type.Optional(Format),
    secret: Type.Optional(Secret),
    confidential: Type.Optional(Type.Boolean({ default: false })),
    active: Type.Optional(Type.Boolean({ default: true })),
  },
  { additionalProperties: false },
);

export const UpdateWebhook = Type.Object(
  {
    url: Type.Optional(Url),
    description: Type.Optional(Type.String({ maxLength: 200, pattern: NO_NUL })),
    events: Type.Optional(Type.Array(EventTypeSchema, { minItems: 1, uniqueItems: true })),
    format: Type.Optional(Format),
    secret: Type.Optional(Secret),
    confidential: Type.Optional(Type.Boolean()),
    active: Type.Optional(
      Type.Boolean({
        description:
          'true enables a disabled hook (and clears its failure run); false disables it by hand',
      }),
    ),
  },
  { additionalProperties: false, minProperties: 1 },
);

export const WebhookParams = Type.Object({
  ws: WorkspaceParams.properties.ws,
  hook: Type.String({ minLength: 1, maxLength: 100, pattern: NO_NUL }),
});

export const DeliveryParams = Type.Object({
  ws: WorkspaceParams.properties.ws,
  hook: Type.String({ minLength: 1, maxLength: 100, pattern: NO_NUL }),
  delivery: Type.String({ minLength: 1, maxLength: 100, pattern: NO_NUL }),
});

export const DELIVERY_STATUSES = ['pending', 'succeeded', 'failed', 'skipped'] as const;

export const Delivery = Type.Object({
  id: Type.String(),
  event: Type.Object({
    id: Type.String({ description: 'Also the Idempotency-Key header receivers see' }),
    type: EventTypeSchema,
  }),
  status: Type.Unsafe<(typeof DELIVERY_STATUSES)[number]>({
    type: 'string',
    enum: [...DELIVERY_STATUSES],
    description:
      '`pending` (waiting for its first attempt or a retry), `succeeded` (a 2xx), `failed` (gave up after the last attempt), `skipped` (the hook was disabled)',
  }),
  redelivery: Type.Integer({
    description: '0 for the event’s own delivery, n for the n-th redelivery',
  }),
  attempts: Type.Integer({ description: 'Attempts made so far' }),
  nextAttemptAt: NullableTime,
  responseCode: Type.Union([Type.Integer(), Type.Null()], {
    description: 'The last attempt’s HTTP status; null when none came (timeout, refused)',
  }),
  error: Type.Union([Type.String(), Type.Null()], { description: 'Why the last attempt failed' }),
  durationMs: Type.Union([Type.Integer(), Type.Null()], { description: 'The last attempt’s' }),
  createdAt: Time,
  completedAt: NullableTime,
});

export const Attempt = Type.Object({
  number: Type.Integer(),
  startedAt: Time,
  durationMs: Type.Union([Type.Integer(), Type.Null()], {
    description: 'null when the attempt was interrupted (its instance stopped) before it ended',
  }),
  responseCode: Type.Union([Type.Integer(), Type.Null()]),
  error: Type.Union([Type.String(), Type.Null()]),
  succeeded: Type.Boolean(),
});

export const DeliveryQuery = Type.Object(
  {
    status: Type.Optional(
      Type.Unsafe<(typeof DELIVERY_STATUSES)[number]>({
        type: 'string',
        enum: [...DELIVERY_STATUSES],
      }),
    ),
    limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 200 })),
    cursor: Type.Optional(Type.String({ maxLength: 200, pattern: NO_NUL })),
  },
  { additionalProperties: false },
);
