/** The review API's shapes the app reads (docs/api.md: Review, Comments, Notifications, Webhooks). */
import type { DocumentSummary } from './types';

export type Verdict = 'approved' | 'changes-requested' | 'commented';

export interface StatusChange {
  from: string;
  to: string;
  version: number;
  /** Username; null when designdoc made the move (an edit after approval). */
  actor: string | null;
  comment: string;
  supersededBy: string | null;
  at: string;
}

export interface StatusHistory {
  status: string;
  supersededBy: string | null;
  supersedes: { id: string; title: string }[];
  items: StatusChange[];
}

export interface Blocker {
  code: string;
  detail: string;
}

export interface ReviewPolicy {
  requiredApprovals: number;
  requiredReviewers: string[];
  allowSelfApproval: boolean;
  blockOnErrors: boolean;
  blockOnOpenQuestions: boolean;
  dismissStaleApprovals: boolean;
}

export interface Review {
  id: string;
  version: number;
  reviewer: { username: string; displayName: string };
  verdict: Verdict;
  body: string;
  createdAt: string;
  dismissed: boolean;
  dismissedReason: string | null;
}

export interface ReviewState {
  status: string;
  version: number;
  reviewers: {
    username: string;
    displayName: string;
    requestedAt: string;
    state: 'pending' | 'approved' | 'changes-requested';
  }[];
  reviews: Review[];
  approvals: number;
  blockers: Blocker[];
  policy: ReviewPolicy;
}

export interface WaitingReview {
  document: DocumentSummary;
  requestedAt: string;
}

export interface Person {
  id: string;
  username: string;
  displayName: string;
}

export interface Comment {
  id: string;
  threadId: string;
  parentId: string | null;
  author: Person;
  body: string;
  mentions: string[];
  version: number;
  createdAt: string;
  editedAt: string | null;
}

export interface Thread {
  id: string;
  section: { anchor: string; title: string };
  quote: string | null;
  version: number;
  outdated: boolean;
  outdatedReason: 'section-removed' | 'quote-not-found' | null;
  resolved: boolean;
  resolvedAt: string | null;
  resolvedBy: Person | null;
  createdAt: string;
  comments: Comment[];
}

export interface ThreadList {
  version: number;
  /** Unresolved threads per head section, by anchor. */
  sections: Record<string, number>;
  unresolvedOutdated: number;
  items: Thread[];
}

export interface Notification {
  id: string;
  kind: 'mention';
  read: boolean;
  readAt: string | null;
  createdAt: string;
  actor: Person | null;
  document: { id: string; title: string; workspace: string };
  comment: { id: string; threadId: string; excerpt: string } | null;
}

export const EVENT_TYPES = [
  'document.created',
  'document.updated',
  'document.archived',
  'document.restored',
  'document.status-changed',
  'review.requested',
  'review.approved',
  'review.changes-requested',
  'comment.created',
  'comment.resolved',
  'question.resolved',
] as const;
export type EventType = (typeof EVENT_TYPES)[number];

export interface Webhook {
  id: string;
  url: string;
  description: string;
  events: EventType[];
  format: 'native' | 'slack';
  confidential: boolean;
  active: boolean;
  disabledAt: string | null;
  disabledReason: string | null;
  consecutiveFailures: number;
  createdBy: string | null;
  createdAt: string;
  updatedAt: string;
}

export interface Delivery {
  id: string;
  event: { id: string; type: string };
  status: 'pending' | 'succeeded' | 'failed' | 'skipped';
  redelivery: number;
  attempts: number;
  nextAttemptAt: string | null;
  responseCode: number | null;
  error: string | null;
  durationMs: number | null;
  createdAt: string;
  completedAt: string | null;
}

/** One try of a delivery, from its attempt log. */
export interface DeliveryAttempt {
  number: number;
  startedAt: string;
  durationMs: number | null;
  responseCode: number | null;
  error: string | null;
  succeeded: boolean;
}

export interface DeliveryDetail extends Delivery {
  attemptLog: DeliveryAttempt[];
}
