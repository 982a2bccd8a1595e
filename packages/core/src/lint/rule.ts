import type { Place } from '../markdown/position.js';
import type { ParsedDocument } from '../model/parse.js';
import type { JsonSchema } from '../schemas/json-schema.js';
import type { Diagnostic, Fix, Severity } from './diagnostic.js';

/** Answers whether a relative link target exists; provided by the host (the core does no I/O). */
export type LinkResolver = (target: string) => boolean | undefined;

/** What a rule reports: the engine adds the rule id, severity and documentation URL. */
export interface Report {
  message: string;
  place: Place;
  fix?: Fix;
  /** Report at most this severity (e.g. a convention that is only ever a warning). */
  severity?: Severity;
}

export interface RuleContext<Options> {
  doc: ParsedDocument;
  options: Options;
  report(report: Report): void;
  resolveLink?: LinkResolver;
  /** Diagnostics of the other rules (only for rules with `meta.runsLast`). */
  otherDiagnostics: readonly Diagnostic[];
  /** The ids of every rule there is (for rules that check what a document says about rules). */
  ruleIds: ReadonlySet<string>;
}

export interface RuleMeta {
  id: string;
  description: string;
  defaultSeverity: Severity | 'off';
  fixable: boolean;
  /** JSON Schema of the options object, if the rule takes options. */
  optionsSchema?: JsonSchema;
  /** Runs after every other rule and sees their diagnostics. */
  runsLast?: boolean;
}

/** A lint rule: metadata and one function that reports. */
export interface Rule<Options = Record<string, unknown>> {
  meta: RuleMeta;
  defaultOptions: Options;
  check(context: RuleContext<Options>): void;
}

/** Declare a rule with typed options (an identity function that keeps the types). */
export function defineRule<Options>(rule: Rule<Options>): Rule<Options> {
  return rule;
}
