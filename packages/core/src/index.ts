export type {
  ApiBody,
  ApiDescription,
  ApiOperation,
  ApiParameter,
  ApiSecurity,
  ApiSecurityScheme,
  OtherDocuments,
} from './checks/api-description.js';
export { DEFAULT_TYPE_FAMILIES } from './checks/column-types.js';
export {
  type ContractEndpoint,
  type DocumentContracts,
  documentContracts,
  documentedOperations,
  operationFor,
  operationKey,
} from './checks/contract-endpoints.js';
export type {
  DatabaseColumn,
  DatabaseForeignKey,
  DatabaseSchema,
  DatabaseTable,
  SchemaElsewhere,
} from './checks/database-schema.js';
export { openApiOperations } from './checks/openapi-operations.js';
export { documentedTables } from './checks/schema-comparison.js';
export { didYouMean } from './did-you-mean.js';
export {
  type DocumentPathCheck,
  documentPathsClash,
  folderPathsOf,
  MAX_DOCUMENT_PATH_LENGTH,
  MAX_PATH_SEGMENT_BYTES,
  normaliseDocumentPath,
} from './document-path.js';
export { DesignDocError, type DesignDocErrorCode } from './errors.js';
export { applyFixes } from './lint/apply-fixes.js';
export {
  type DesignDocConfig,
  mergeRuleSettings,
  type ResolvedRule,
  type RuleSetting,
  type RuleSettings,
  resolveRules,
  validateConfig,
} from './lint/config.js';
export {
  compareDiagnostics,
  DEFAULT_DOCS_URL,
  type Diagnostic,
  type Fix,
  ruleUrl,
  type Severity,
} from './lint/diagnostic.js';
export {
  type FixResult,
  fix,
  type LintOptions,
  type LintResult,
  lint,
  lintParsed,
} from './lint/lint.js';
export type {
  CheckInputs,
  CheckKind,
  LinkResolver,
  PathResolver,
  Rule,
  RuleContext,
  RuleMeta,
} from './lint/rule.js';
export type { Block, ListItem, TableRow } from './markdown/blocks.js';
export { detached } from './markdown/detached.js';
export type { Place, Point } from './markdown/position.js';
export { createSlugger } from './markdown/slug.js';
export { HTTP_METHODS, parseApiContract } from './model/api-contract.js';
export { closestTemplate } from './model/closest-template.js';
export {
  type DataModel,
  type DocumentedAttribute,
  type DocumentedEntity,
  type DocumentedField,
  type DocumentedRelationship,
  readDataModel,
} from './model/data-model.js';
export { walkSections } from './model/extract.js';
export { KNOWN_FRONT_MATTER_KEYS } from './model/front-matter-values.js';
export { type ParsedDocument, parseDocument } from './model/parse.js';
export { isTemplatePath, peekTemplateName } from './model/peek-template.js';
export { parseQuestion, settledQuestionStatuses } from './model/questions.js';
export {
  type DesignDoc,
  DOCUMENT_STATUSES,
  type DocumentStatus,
  type Extracts,
  type Field,
  type FrontMatter,
  type Section,
} from './model/schema.js';
export { RULES } from './rules/index.js';
export { type InferOptions, inferTemplate } from './template/infer.js';
export { PLACEHOLDER_PATTERNS, placeholderPatterns } from './template/placeholders.js';
export { getPreset, PRESETS } from './template/presets/index.js';
export { templateToYaml } from './template/serialize.js';
export { type SkeletonOptions, templateSkeleton } from './template/skeleton.js';
export type {
  ContentSpec,
  FieldSpec,
  PlaceholderSpec,
  SectionSpec,
  StatusSpec,
  StatusValueSpec,
  TemplateSpec,
} from './template/spec.js';
export { MAX_TEMPLATE_SECTIONS, validateTemplate } from './template/validate-template.js';
export { MAX_YAML_DEPTH, parseYamlDocument, type YamlOptions } from './yaml/parse-yaml.js';

import type { Diagnostic } from './lint/diagnostic.js';
import { lintParsed } from './lint/lint.js';
import { parseDocument } from './model/parse.js';
import type { DesignDoc } from './model/schema.js';
import { RULES } from './rules/index.js';
import type { TemplateSpec } from './template/spec.js';

/**
 * Parse a design document into its typed model, with the front-matter diagnostics that parsing
 * finds (invalid YAML, bad values, unknown keys). Never throws for document content.
 */
export function parse(
  source: string,
  template: TemplateSpec,
): { model: DesignDoc; diagnostics: Diagnostic[] } {
  const parsed = parseDocument(source, template);
  const { diagnostics } = lintParsed(parsed, { template, rules: FRONT_MATTER_ONLY });
  return { model: parsed.model, diagnostics };
}

const FRONT_MATTER_ONLY = Object.fromEntries(
  RULES.filter((rule) => rule.meta.id !== 'front-matter').map((rule) => [
    rule.meta.id,
    'off' as const,
  ]),
);

export { escapeHtml } from './render/escape-html.js';
// Rendering to HTML is the `@designdoc/core/render` entry (render.ts).
export { type TocEntry, tableOfContents } from './render/table-of-contents.js';
export { CONFIG_SCHEMA } from './schemas/config-schema.js';
export type { JsonSchema } from './schemas/json-schema.js';
export { MODEL_SCHEMA } from './schemas/model-schema.js';
export { TEMPLATE_SCHEMA } from './schemas/template-schema.js';
