import { DOCUMENT_STATUSES, type DocumentStatus } from '@designdoc/core';
import type { WorkspacePermission } from '../identity/policy.js';

/** A document's review statuses are the model's (core's DOCUMENT_STATUSES); the status column holds one. */
export const STATUSES = DOCUMENT_STATUSES;
export type Status = DocumentStatus;

/** A move from one status to another: who may make it, and what it needs. */
export interface Transition {
  from: Status;
  to: Status;
  permission: WorkspacePermission;
  /** What the move is called in messages and the timeline. */
  name: string;
}

/**
 * The lifecycle, every allowed move in one table: draft → in-review → approved, with rejected,
 * superseded (by a named document) and deprecated. Authors ask for review, withdraw and reopen;
 * reviewers decide. Approving also passes the workspace's review policy (blockers.ts).
 */
export const TRANSITIONS: readonly Transition[] = [
  { from: 'draft', to: 'in-review', permission: 'review:request', name: 'request review' },
  { from: 'in-review', to: 'draft', permission: 'review:request', name: 'withdraw from review' },
  { from: 'in-review', to: 'approved', permission: 'document:decide', name: 'approve' },
  { from: 'in-review', to: 'rejected', permission: 'document:decide', name: 'reject' },
  { from: 'rejected', to: 'draft', permission: 'review:request', name: 'reopen as a draft' },
  { from: 'approved', to: 'in-review', permission: 'review:request', name: 'reopen review' },
  { from: 'approved', to: 'superseded', permission: 'document:decide', name: 'supersede' },
  { from: 'approved', to: 'deprecated', permission: 'document:decide', name: 'deprecate' },
];

export function isStatus(value: string): value is Status {
  return (STATUSES as readonly string[]).includes(value);
}

/** The move from `from` to `to`, if the lifecycle has one. */
export function transitionOf(from: string, to: string): Transition | undefined {
  return TRANSITIONS.find((t) => t.from === from && t.to === to);
}

/** Where a document in `from` can go, for messages. */
export function nextStatuses(from: string): Status[] {
  return TRANSITIONS.filter((t) => t.from === from).map((t) => t.to);
}
