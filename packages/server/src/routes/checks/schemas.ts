import { Type } from '@fastify/type-provider-typebox';
import { CheckName } from '../common/check-schemas.js';
import { NO_NUL } from '../text-patterns.js';

/** The most diagnostics one run may carry: more is a 400 at `/diagnostics`. */
export const MAX_CHECK_DIAGNOSTICS = 1_000;
/** The largest report body read (1 MiB): more is a 413 `payload-too-large`, refused unread. */
export const CHECK_RUN_BODY_LIMIT = 1024 * 1024;

const Position = Type.Integer({ minimum: 1, maximum: 2_147_483_647 });

export const CheckDiagnosticSchema = Type.Object(
  {
    ruleId: Type.String({ minLength: 1, maxLength: 100, pattern: NO_NUL }),
    severity: Type.Union([Type.Literal('error'), Type.Literal('warning')]),
    message: Type.String({ minLength: 1, maxLength: 2_000, pattern: NO_NUL }),
    line: Position,
    column: Position,
    endLine: Type.Optional(Position),
    endColumn: Type.Optional(Position),
  },
  { additionalProperties: false },
);

const CheckResult = Type.Union([Type.Literal('passed'), Type.Literal('failed')]);

export const CheckRunBody = Type.Object(
  {
    name: CheckName,
    result: CheckResult,
    diagnostics: Type.Array(CheckDiagnosticSchema, {
      maxItems: MAX_CHECK_DIAGNOSTICS,
      description:
        'The findings, as `designdoc check-api --format json` gives a file’s messages; at most 1,000 (send the first 1,000 and the totals in `errorCount` and `warningCount`)',
    }),
    errorCount: Type.Optional(
      Type.Integer({
        minimum: 0,
        maximum: 2_147_483_647,
        description: 'Errors in all (default: those in `diagnostics`); not fewer than listed',
      }),
    ),
    warningCount: Type.Optional(
      Type.Integer({
        minimum: 0,
        maximum: 2_147_483_647,
        description: 'Warnings in all (default: those in `diagnostics`); not fewer than listed',
      }),
    ),
    commit: Type.Optional(
      Type.String({
        pattern: '^[0-9a-fA-F]{7,64}$',
        description: 'The commit checked: 7 to 64 hex digits',
      }),
    ),
    url: Type.Optional(
      Type.String({
        maxLength: 2_000,
        pattern: '^[hH][tT][tT][pP][sS]?://[^\\s\\u0000]+$',
        description: 'The CI job’s page: an http:// or https:// URL',
      }),
    ),
    version: Type.Optional(
      Type.Integer({
        minimum: 1,
        maximum: 2_147_483_647,
        description:
          'The document version checked (default: the head); one it does not have is a 400',
      }),
    ),
  },
  { additionalProperties: false },
);

export const CheckRunSchema = Type.Object({
  id: Type.String(),
  version: Type.Integer({ description: 'The document version the run checked' }),
  name: CheckName,
  result: CheckResult,
  errorCount: Type.Integer(),
  warningCount: Type.Integer(),
  diagnostics: Type.Array(CheckDiagnosticSchema),
  commit: Type.Union([Type.String(), Type.Null()], { description: 'Lower-case hex, or null' }),
  url: Type.Union([Type.String(), Type.Null()], { description: 'The CI job’s page, or null' }),
  reportedBy: Type.Object({ username: Type.String(), displayName: Type.String() }),
  createdAt: Type.String({ format: 'date-time' }),
});

export const CheckRunQuery = Type.Object(
  {
    version: Type.Optional(
      Type.Integer({
        minimum: 1,
        maximum: 2_147_483_647,
        description:
          'Only runs on this version, and `latest` for it (default: every version; `latest` for the head)',
      }),
    ),
    limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 100 })),
    cursor: Type.Optional(Type.String({ maxLength: 300 })),
  },
  { additionalProperties: false },
);

export const CheckRunList = Type.Object({
  version: Type.Integer({
    description: 'The version `latest` is about: `?version`, else the head',
  }),
  latest: Type.Array(CheckRunSchema, {
    description: 'The newest run of each check name on that version, by name',
  }),
  runs: Type.Array(CheckRunSchema, { description: 'This page of runs, newest first' }),
  next: Type.Union([Type.String(), Type.Null()], {
    description: 'Cursor of the next page of `runs`, null on the last',
  }),
});
