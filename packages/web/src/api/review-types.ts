/**
 * The review API's shapes the app reads (Review, Comments, Notifications, Webhooks), by name:
 * aliases of the types generated from the server's OpenAPI document, as in `types.ts`.
 */
import type { JsonAnswer, JsonBody } from './types';

export type StatusHistory = JsonAnswer<'/api/v1/documents/{id}/transitions', 'get'>;

export type ReviewState = JsonAnswer<'/api/v1/documents/{id}/reviews', 'get'>;
export type Review = ReviewState['reviews'][number];
export type Verdict = Review['verdict'];
export type Blocker = ReviewState['blockers'][number];
export type ReviewPolicy = JsonAnswer<'/api/v1/workspaces/{ws}/review-policy', 'get'>;
export type WaitingReviewList = JsonAnswer<'/api/v1/me/reviews', 'get'>;

export type ThreadList = JsonAnswer<'/api/v1/documents/{id}/comments', 'get'>;
export type Thread = ThreadList['items'][number];
export type Comment = Thread['comments'][number];

export type NotificationPage = JsonAnswer<'/api/v1/me/notifications', 'get'>;

export type WebhookList = JsonAnswer<'/api/v1/workspaces/{ws}/webhooks', 'get'>;
export type Webhook = WebhookList['items'][number];
/** A new hook's settings (what the add form sends). */
export type WebhookSettings = JsonBody<'/api/v1/workspaces/{ws}/webhooks', 'post'>;
/** What an edit of a hook sends: any of its settings, or a new secret. */
export type WebhookChanges = JsonBody<'/api/v1/workspaces/{ws}/webhooks/{hook}', 'patch'>;
/** A new hook and its signing secret, which the server shows this once. */
export type CreatedWebhook = JsonAnswer<'/api/v1/workspaces/{ws}/webhooks', 'post', 201>;
export type EventType = Webhook['events'][number];
export type DeliveryPage = JsonAnswer<'/api/v1/workspaces/{ws}/webhooks/{hook}/deliveries', 'get'>;
export type Delivery = DeliveryPage['items'][number];
export type DeliveryDetail = JsonAnswer<
  '/api/v1/workspaces/{ws}/webhooks/{hook}/deliveries/{delivery}',
  'get'
>;

/**
 * Every event type, in the order the webhook form lists them, for the live streams' listeners
 * and that form (a type cannot be listed at run time). Keyed by the generated type, so the type
 * check fails when the server adds or drops one.
 */
const EVENT_TYPE_KEYS: Record<EventType, true> = {
  'document.created': true,
  'document.updated': true,
  'document.archived': true,
  'document.restored': true,
  'document.status-changed': true,
  'review.requested': true,
  'review.approved': true,
  'review.changes-requested': true,
  'comment.created': true,
  'comment.resolved': true,
  'question.resolved': true,
};
export const EVENT_TYPES = Object.keys(EVENT_TYPE_KEYS) as EventType[];
