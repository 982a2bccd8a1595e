import { Type } from '@fastify/type-provider-typebox';
import { USERNAME_PATTERN } from '../../identity/users.js';
import { STATUSES } from '../../reviews/lifecycle.js';
import { CheckName } from '../common/check-schemas.js';
import { DocumentSummary } from '../common/document-schemas.js';
import { NO_NUL } from '../text-patterns.js';

const Username = Type.String({ pattern: USERNAME_PATTERN, maxLength: 40 });
const Status = Type.Union(STATUSES.map((s) => Type.Literal(s)));
const Time = Type.String({ format: 'date-time' });
const Person = Type.Object({ username: Type.String(), displayName: Type.String() });

export const Verdict = Type.Union([
  Type.Literal('approved'),
  Type.Literal('changes-requested'),
  Type.Literal('commented'),
]);

export const TransitionBody = Type.Object(
  {
    to: Status,
    comment: Type.Optional(Type.String({ maxLength: 10_000, pattern: NO_NUL })),
    reviewers: Type.Optional(
      Type.Array(Username, {
        minItems: 1,
        maxItems: 50,
        uniqueItems: true,
        description: 'Who to ask, when moving to in-review',
      }),
    ),
    supersededBy: Type.Optional(
      Type.String({ format: 'uuid', description: 'The replacing document, when superseding' }),
    ),
  },
  { additionalProperties: false },
);

export const Blocker = Type.Object({
  code: Type.String({
    description:
      'not-in-review, lint-errors, open-questions, checks-failing, own-document, approvals-missing, required-reviewer or changes-requested',
  }),
  detail: Type.String(),
});

export const StatusChangeSchema = Type.Object({
  from: Status,
  to: Status,
  version: Type.Integer(),
  actor: Type.Union([Type.String(), Type.Null()], {
    description: 'Username; null when designdoc made the change (an edit after approval)',
  }),
  comment: Type.String(),
  supersededBy: Type.Union([Type.String(), Type.Null()]),
  at: Time,
});

export const TransitionResult = Type.Object({
  document: DocumentSummary,
  transition: StatusChangeSchema,
});

export const StatusHistory = Type.Object({
  status: Status,
  supersededBy: Type.Union([Type.String(), Type.Null()]),
  supersedes: Type.Array(Type.Object({ id: Type.String(), title: Type.String() })),
  items: Type.Array(StatusChangeSchema),
});

export const ReviewSchema = Type.Object({
  id: Type.String(),
  version: Type.Integer(),
  reviewer: Person,
  verdict: Verdict,
  body: Type.String(),
  createdAt: Time,
  dismissed: Type.Boolean(),
  dismissedReason: Type.Union([Type.String(), Type.Null()]),
});

export const ReviewBody = Type.Object(
  {
    verdict: Verdict,
    body: Type.Optional(Type.String({ maxLength: 20_000, pattern: NO_NUL })),
    version: Type.Optional(
      Type.Integer({
        minimum: 1,
        maximum: 2_147_483_647,
        description: 'The version reviewed; refused when it is no longer the head',
      }),
    ),
  },
  { additionalProperties: false },
);

export const ReviewerState = Type.Object({
  ...Person.properties,
  requestedAt: Time,
  state: Type.Union([
    Type.Literal('pending'),
    Type.Literal('approved'),
    Type.Literal('changes-requested'),
  ]),
});

const RequiredChecks = Type.Array(CheckName, {
  maxItems: 20,
  uniqueItems: true,
  description:
    'Checks (`check-api`, `check-schema` …) whose newest run on the head version must have passed before the document is approved',
});

export const PolicySchema = Type.Object(
  {
    requiredApprovals: Type.Integer({ minimum: 0, maximum: 20 }),
    requiredReviewers: Type.Array(Username, { maxItems: 20, uniqueItems: true }),
    allowSelfApproval: Type.Boolean(),
    blockOnErrors: Type.Boolean(),
    blockOnOpenQuestions: Type.Boolean(),
    dismissStaleApprovals: Type.Boolean(),
    requiredChecks: RequiredChecks,
  },
  { additionalProperties: false },
);

/** The policy as an admin sends it: as shown, `requiredChecks` optional (left out: kept). */
export const PolicyBody = Type.Object(
  {
    ...PolicySchema.properties,
    requiredChecks: Type.Optional(RequiredChecks),
  },
  { additionalProperties: false },
);

export const ReviewState = Type.Object({
  status: Status,
  version: Type.Integer(),
  reviewers: Type.Array(ReviewerState),
  reviews: Type.Array(ReviewSchema),
  approvals: Type.Integer({ description: 'Approvals that count toward the policy' }),
  blockers: Type.Array(Blocker, {
    description: 'What keeps the document from being approved now (empty: it can be)',
  }),
  policy: PolicySchema,
});

export const ReviewResult = Type.Object({
  review: ReviewSchema,
  document: DocumentSummary,
});

export const ReviewRequestBody = Type.Object(
  { reviewers: Type.Array(Username, { minItems: 1, maxItems: 50, uniqueItems: true }) },
  { additionalProperties: false },
);

export const ReviewerParams = Type.Object({
  id: Type.String({ format: 'uuid' }),
  username: Username,
});

export const WaitingList = Type.Object({
  items: Type.Array(
    Type.Object({
      document: DocumentSummary,
      requestedAt: Time,
    }),
  ),
});
