import { settledQuestionStatuses, type TemplateSpec } from '@designdoc/core';
import type { Kysely } from 'kysely';
import { latestCheckRuns } from '../checks/repo.js';
import type { Database } from '../db/database.js';
import type { DocumentRow } from '../documents/repo.js';
import { ProblemError } from '../plugins/problems.js';
import { workspaceTemplates } from '../templates/template-lookup.js';
import {
  countedApprovals,
  documentAuthors,
  listReviews,
  type ReviewRow,
  standingVerdicts,
} from './repo.js';
import type { ReviewPolicy } from './review-policy.js';

/** One reason a document cannot be approved now, with a stable code. */
export interface Blocker {
  code:
    | 'not-in-review'
    | 'lint-errors'
    | 'open-questions'
    | 'checks-failing'
    | 'own-document'
    | 'approvals-missing'
    | 'required-reviewer'
    | 'changes-requested';
  detail: string;
}

/** 409 listing exactly what keeps the document from being approved. */
export function approvalBlocked(blockers: { code: string; detail: string }[]): ProblemError {
  return new ProblemError(
    'approval-blocked',
    `Approval is blocked: ${blockers.map((b) => b.detail).join('; ')}`,
    { blockers },
  );
}

/**
 * The gates on the version itself, which hold for every approval: lint errors, open questions
 * not marked resolved (each when the policy turns it on), and the checks the policy requires.
 */
export async function versionGates(
  db: Kysely<Database>,
  document: DocumentRow,
  policy: ReviewPolicy,
): Promise<Blocker[]> {
  const blockers: Blocker[] = [];
  if (policy.blockOnErrors && document.error_count > 0)
    blockers.push({
      code: 'lint-errors',
      detail: `Version ${document.head_version} has ${document.error_count} lint error${document.error_count === 1 ? '' : 's'}`,
    });
  if (policy.blockOnOpenQuestions) {
    const open = await unsettledQuestions(db, document);
    if (open.count > 0) {
      const more = open.count - open.first.length;
      blockers.push({
        code: 'open-questions',
        detail: `${open.count} open question${open.count === 1 ? ' is' : 's are'} not marked Resolved: ${open.first.map((q) => `“${q}”`).join(', ')}${more > 0 ? ` and ${more} more` : ''}`,
      });
    }
  }
  return [...blockers, ...(await failingChecks(db, document, policy.requiredChecks))];
}

/**
 * One `checks-failing` blocker for each required check whose newest run on the head version
 * did not pass, or that no run was reported for on it.
 */
async function failingChecks(
  db: Kysely<Database>,
  document: DocumentRow,
  required: readonly string[],
): Promise<Blocker[]> {
  if (required.length === 0) return [];
  const version = document.head_version;
  const latest = new Map(
    (await latestCheckRuns(db, document.id, version, required)).map((run) => [run.name, run]),
  );
  return required.flatMap((name): Blocker[] => {
    const run = latest.get(name);
    if (!run)
      return [
        {
          code: 'checks-failing',
          detail: `no ${name} run was reported for version ${version}`,
        },
      ];
    if (run.result === 'passed') return [];
    const warnings =
      run.warning_count > 0
        ? `, ${run.warning_count} warning${run.warning_count === 1 ? '' : 's'}`
        : '';
    return [
      {
        code: 'checks-failing',
        detail: `${name} has not passed on version ${version} (${run.error_count} error${run.error_count === 1 ? '' : 's'}${warnings})`,
      },
    ];
  });
}

/** Why `reviewerId` may not approve the head version now (empty: they may). */
export async function approveBlockers(
  db: Kysely<Database>,
  document: DocumentRow,
  policy: ReviewPolicy,
  reviewerId: string,
): Promise<Blocker[]> {
  const blockers = notInReview(document);
  if (!policy.allowSelfApproval && (await documentAuthors(db, document.id)).has(reviewerId))
    blockers.push({
      code: 'own-document',
      detail:
        'You wrote a version of this document, and the review policy does not let authors approve their own',
    });
  return [...blockers, ...(await versionGates(db, document, policy))];
}

/**
 * Why the document cannot move to approved now: the version gates, plus the approvals the policy
 * asks for (a number from people other than its authors, and named reviewers) and no standing
 * request for changes.
 */
export async function approvalBlockers(
  db: Kysely<Database>,
  document: DocumentRow,
  policy: ReviewPolicy,
  /** The document's reviews and authors, when the caller has read them already. */
  read?: { reviews: ReviewRow[]; authors: Set<string> },
): Promise<Blocker[]> {
  const blockers = notInReview(document);
  const { reviews, authors } = read ?? {
    reviews: await listReviews(db, document.id),
    authors: await documentAuthors(db, document.id),
  };
  const verdicts = standingVerdicts(reviews, document.head_version, policy.dismissStaleApprovals);
  const standing = [...verdicts.values()];
  const approvers = countedApprovals(verdicts, authors, policy.allowSelfApproval);
  if (approvers.length < policy.requiredApprovals)
    blockers.push({
      code: 'approvals-missing',
      detail: `${approvers.length} of ${policy.requiredApprovals} required approval${policy.requiredApprovals === 1 ? '' : 's'}${policy.allowSelfApproval ? '' : ' from someone other than the authors'}`,
    });
  if (policy.requiredReviewers.length > 0) {
    const approved = new Set(approvers.map((r) => r.reviewer_id));
    const missing = policy.requiredReviewers.filter((id) => !approved.has(id));
    if (missing.length > 0) {
      const names = await db
        .selectFrom('users')
        .select('username')
        .where('id', 'in', missing)
        .orderBy('username')
        .execute();
      blockers.push({
        code: 'required-reviewer',
        detail: `Required reviewer${names.length === 1 ? '' : 's'} not yet approved: ${names.map((n) => n.username).join(', ')}`,
      });
    }
  }
  const changes = standing.filter((r) => r.verdict === 'changes-requested');
  if (changes.length > 0)
    blockers.push({
      code: 'changes-requested',
      detail: `Changes requested by ${changes.map((r) => r.username).join(', ')}`,
    });
  return [...blockers, ...(await versionGates(db, document, policy))];
}

function notInReview(document: DocumentRow): Blocker[] {
  return document.status === 'in-review'
    ? []
    : [
        {
          code: 'not-in-review',
          detail: `The document is ${document.status}; only a document in review can be approved`,
        },
      ];
}

/** How many unsettled questions an open-questions blocker names; it counts the rest. */
const NAMED_OPEN_QUESTIONS = 10;

/**
 * How many of the head's open questions have a status that does not settle them in the
 * document's template, and the first NAMED_OPEN_QUESTIONS of them: the database counts and
 * filters, so a document with thousands of questions costs one short read.
 */
async function unsettledQuestions(
  db: Kysely<Database>,
  document: DocumentRow,
): Promise<{ count: number; first: string[] }> {
  const templates = await workspaceTemplates(db, document.workspace_id);
  const template = templates.lookup(document.template) as TemplateSpec | undefined;
  const settled = [...(template ? settledQuestionStatuses(template) : new Set(['resolved']))];
  const unsettled = db
    .selectFrom('questions')
    .where('document_id', '=', document.id)
    .where((eb) =>
      eb.or([eb('status', 'is', null), eb(eb.fn('lower', ['status']), 'not in', settled)]),
    );
  const [counted, first] = await Promise.all([
    unsettled.select((eb) => eb.fn.countAll<number | string>().as('count')).executeTakeFirst(),
    unsettled.select('text').orderBy('position').limit(NAMED_OPEN_QUESTIONS).execute(),
  ]);
  return { count: Number(counted?.count ?? 0), first: first.map((q) => q.text) };
}
