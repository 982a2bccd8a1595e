import { Type } from '@fastify/type-provider-typebox';
import { Slug } from './workspace-schemas.js';

export const DocumentParams = Type.Object({ id: Type.String({ format: 'uuid' }) });
export const VersionParams = Type.Object({
  id: Type.String({ format: 'uuid' }),
  n: Type.Integer({ minimum: 1, maximum: 2_147_483_647 }),
});

/**
 * Where a document lives in a repository. The schema bounds it; `documentPathOf` (core's
 * `normaliseDocumentPath`) gives the one form and the reason a path is refused.
 */
export const DocumentPath = Type.String({
  minLength: 1,
  maxLength: 500,
  pattern: '^[^\\u0000]+$',
  description:
    'Relative repository path, e.g. docs/adr/0001-use-postgresql.md: `/` between folders (`//` is made one), no `.` or `..` segment, no leading or trailing `/`, backslash, control character or blank segment; at most 500 characters, 255 bytes a segment',
});

/** A save: Markdown, with an optional template for documents whose front matter names none. */
export const DocumentBody = Type.Object(
  {
    markdown: Type.String({ minLength: 1 }),
    template: Type.Optional(Type.String({ minLength: 1 })),
    path: Type.Optional(DocumentPath),
  },
  { additionalProperties: false },
);

const Place = Type.Object({
  start: Type.Object({ line: Type.Integer(), column: Type.Integer(), offset: Type.Integer() }),
  end: Type.Object({ line: Type.Integer(), column: Type.Integer(), offset: Type.Integer() }),
});

export const Diagnostic = Type.Object(
  {
    ruleId: Type.String(),
    severity: Type.Union([Type.Literal('error'), Type.Literal('warning')]),
    message: Type.String(),
    messageId: Type.Optional(
      Type.String({ description: 'The rule’s id for this message, as ESLint’s messageId' }),
    ),
    place: Place,
    url: Type.String(),
  },
  { additionalProperties: true },
);

export const DocumentSummary = Type.Object({
  id: Type.String(),
  workspace: Slug,
  path: Type.Union([Type.String(), Type.Null()]),
  title: Type.String(),
  status: Type.String(),
  template: Type.String(),
  version: Type.Integer(),
  contentHash: Type.String({ description: "SHA-256 of the head version's Markdown" }),
  errorCount: Type.Integer(),
  warningCount: Type.Integer(),
  supersededBy: Type.Union([Type.String(), Type.Null()], {
    description: 'The document that replaced this one, when its status is superseded',
  }),
  createdAt: Type.String({ format: 'date-time' }),
  updatedAt: Type.String({ format: 'date-time' }),
});

export const DocumentDetail = Type.Object({
  ...DocumentSummary.properties,
  model: Type.Object(
    {},
    { additionalProperties: true, description: 'The typed model (designdoc schema model)' },
  ),
  diagnostics: Type.Array(Diagnostic),
});

export const ListQuery = Type.Object(
  {
    workspace: Type.Optional(Slug),
    path: Type.Optional(DocumentPath),
    status: Type.Optional(Type.String()),
    tag: Type.Optional(Type.String()),
    author: Type.Optional(Type.String()),
    template: Type.Optional(Type.String()),
    has_errors: Type.Optional(Type.Boolean()),
    updated_since: Type.Optional(Type.String({ format: 'date-time' })),
    sort: Type.Optional(
      Type.Union([
        Type.Literal('updated'),
        Type.Literal('-updated'),
        Type.Literal('title'),
        Type.Literal('-title'),
      ]),
    ),
    limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 200 })),
    cursor: Type.Optional(Type.String()),
  },
  { additionalProperties: false },
);

export const DocumentList = Type.Object({
  items: Type.Array(DocumentSummary),
  next: Type.Union([Type.String(), Type.Null()], {
    description: 'Cursor of the next page, null on the last',
  }),
});

export const VersionSummary = Type.Object({
  number: Type.Integer(),
  contentHash: Type.String(),
  createdAt: Type.String({ format: 'date-time' }),
});

export const VersionDetail = Type.Object({
  ...VersionSummary.properties,
  markdown: Type.String(),
  model: Type.Object({}, { additionalProperties: true }),
  diagnostics: Type.Array(Diagnostic),
});

export const VersionDiffSchema = Type.Object({
  from: Type.Integer(),
  to: Type.Integer(),
  unified: Type.String({ description: 'Unified diff of the Markdown, three lines of context' }),
  coarse: Type.Boolean({
    description:
      'True when the versions differ by more than 1,000 changed lines: `unified` then keeps the lines they share at the start and end and replaces all between as one block (still exact, less precise)',
  }),
  sections: Type.Object({
    added: Type.Array(Type.String()),
    removed: Type.Array(Type.String()),
    changed: Type.Array(Type.String(), {
      description: 'Title paths such as "Architecture › Data Flow"',
    }),
  }),
});
