import type { ApiDescription } from '../checks/api-description.js';
import type { DatabaseSchema } from '../checks/database-schema.js';
import type { Place } from '../markdown/position.js';
import type { ParsedDocument } from '../model/parse.js';
import type { JsonSchema } from '../schemas/json-schema.js';
import type { Diagnostic, Fix, Severity } from './diagnostic.js';
import type { MessageData } from './format-message.js';

/** Answers whether a relative link target exists; provided by the host (the core does no I/O). */
export type LinkResolver = (target: string) => boolean | undefined;

/**
 * Answers whether a path named in a document exists in its repository, resolved from the
 * repository root (`packages/server/src/app.ts`), or from the document's folder when it starts
 * with `./` or `../`; undefined when it cannot tell (no repository, or a path outside it).
 * Provided by the host.
 */
export type PathResolver = (path: string) => boolean | undefined;

/**
 * What a document is checked against besides its template, for the rules of a check
 * (`RuleMeta.check`): given by the host that read it (`designdoc check-api`, `check-schema`).
 */
export interface CheckInputs {
  /** The API as its OpenAPI description states it (`check-api`). */
  api?: ApiDescription;
  /** The database schema from DDL or a live database (`check-schema`). */
  schema?: DatabaseSchema;
}

/** The checks of a document against the running system, each run by its own command. */
export type CheckKind = 'api' | 'schema';

/**
 * What a rule reports: one of its messages by id, with the values for its placeholders. The
 * engine writes the message and adds the rule id, severity and documentation URL.
 */
export interface Report<MessageId extends string = string> {
  messageId: MessageId;
  data?: MessageData;
  place: Place;
  fix?: Fix;
  /** Report at most this severity (e.g. a convention that is only ever a warning). */
  severity?: Severity;
}

export interface RuleContext<Options, MessageId extends string = string> {
  doc: ParsedDocument;
  options: Options;
  report(report: Report<MessageId>): void;
  resolveLink?: LinkResolver;
  resolvePath?: PathResolver;
  /** What the rules of a check compare the document with (only in that check's run). */
  checks: CheckInputs;
  /** Diagnostics of the other rules (only for rules with `meta.runsLast`). */
  otherDiagnostics: readonly Diagnostic[];
  /** The ids of every rule there is (for rules that check what a document says about rules). */
  ruleIds: ReadonlySet<string>;
}

export interface RuleMeta<MessageId extends string = string> {
  id: string;
  description: string;
  defaultSeverity: Severity | 'off';
  fixable: boolean;
  /**
   * Every message the rule can report, by id, with `{{name}}` placeholders (ESLint's
   * `meta.messages`): the words live in one place, and a finding's `messageId` says what kind of
   * finding it is whatever the words, for tests, filters and translations.
   */
  messages: Record<MessageId, string>;
  /** JSON Schema of the options object, if the rule takes options. */
  optionsSchema?: JsonSchema;
  /** Runs after every other rule and sees their diagnostics. */
  runsLast?: boolean;
  /**
   * The check this rule belongs to: it runs only in that check's run (`designdoc check-api`,
   * `check-schema`), never in `lint`, and compares the document with `context.checks`.
   */
  check?: CheckKind;
}

/** A lint rule: metadata and one function that reports. */
export interface Rule<Options = Record<string, unknown>, MessageId extends string = string> {
  meta: RuleMeta<MessageId>;
  defaultOptions: Options;
  check(context: RuleContext<Options, MessageId>): void;
}

/**
 * Declare a rule with typed options and message ids (an identity function that keeps the
 * types): a report naming an id the rule's `messages` lack does not compile.
 */
export function defineRule<Options, MessageId extends string>(
  rule: Rule<Options, MessageId>,
): Rule<Options, MessageId> {
  return rule;
}
