import type { Place } from '../markdown/position.js';
import type { ParsedDocument } from '../model/parse.js';
import type { JsonSchema } from '../schemas/json-schema.js';
import type { Diagnostic, Fix, Severity } from './diagnostic.js';
import type { MessageData } from './format-message.js';

/** Answers whether a relative link target exists; provided by the host (the core does no I/O). */
export type LinkResolver = (target: string) => boolean | undefined;

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
