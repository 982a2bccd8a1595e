import type { EventPayload } from '../events/event-types.js';

/** The body formats a hook may ask for. */
export const WEBHOOK_FORMATS = ['native', 'slack'] as const;
export type WebhookFormat = (typeof WEBHOOK_FORMATS)[number];

/** The request body for an event in a hook's format, as the exact text that is signed and sent. */
export function deliveryBody(payload: EventPayload, format: WebhookFormat): string {
  return JSON.stringify(format === 'slack' ? slackMessage(payload) : payload);
}

/** What happened, as one line of Slack mrkdwn. */
function summary(payload: EventPayload): string {
  const who = payload.actor ? `*${slackEscape(payload.actor.username)}*` : 'designdoc';
  const doc = payload.document
    ? `<${payload.document.webUrl}|${slackEscape(payload.document.title)}>`
    : 'a document';
  const changes = payload.changes as Record<string, unknown>;
  const status = changes.status as { from?: string; to?: string } | undefined;
  switch (payload.type) {
    case 'document.created':
      return `${who} created ${doc}`;
    case 'document.updated': {
      const version = changes.version as { to?: number } | undefined;
      return `${who} saved version ${version?.to ?? payload.document?.version ?? '?'} of ${doc}`;
    }
    case 'document.archived':
      return `${who} archived ${doc}`;
    case 'document.restored':
      return `${who} restored ${doc}`;
    case 'document.status-changed':
      return `${who} moved ${doc} from ${status?.from ?? '?'} to *${status?.to ?? '?'}*`;
    case 'review.requested': {
      const reviewers = Array.isArray(changes.reviewers) ? changes.reviewers.join(', ') : '';
      return `${who} asked ${slackEscape(reviewers) || 'reviewers'} to review ${doc}`;
    }
    case 'review.approved':
      return `${who} approved ${doc}`;
    case 'review.changes-requested':
      return `${who} requested changes to ${doc}`;
    case 'comment.created':
      return `${who} commented on ${doc}`;
    case 'comment.resolved':
      return `${who} resolved a comment thread on ${doc}`;
    case 'question.resolved':
      return `${who} resolved the question “${slackEscape(String(changes.question ?? ''))}” in ${doc}`;
  }
}

/**
 * A Slack incoming-webhook message: `text` (what notifications and other chat tools show) and
 * `blocks` (the richer layout): the summary, then the workspace, the status and the event id.
 */
function slackMessage(payload: EventPayload) {
  const text = summary(payload);
  const context = [
    `workspace *${slackEscape(payload.workspace.slug)}*`,
    ...(payload.document ? [`status ${slackEscape(payload.document.status)}`] : []),
    `event \`${payload.type}\` ${payload.id}`,
  ];
  return {
    text,
    blocks: [
      { type: 'section', text: { type: 'mrkdwn', text } },
      { type: 'context', elements: [{ type: 'mrkdwn', text: context.join(' · ') }] },
    ],
  };
}

/** Slack's three control characters in mrkdwn (https://api.slack.com/reference/surfaces/formatting#escaping). */
function slackEscape(text: string): string {
  return text.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;');
}
