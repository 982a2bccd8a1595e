import type { Rule } from '../lint/rule.js';
import { anchorLink } from './anchor-link.js';
import { apiAuth } from './api-auth.js';
import { apiContract } from './api-contract.js';
import { apiRequest } from './api-request.js';
import { apiResponse } from './api-response.js';
import { apiStatus } from './api-status.js';
import { apiUndocumented } from './api-undocumented.js';
import { apiUnimplemented } from './api-unimplemented.js';
import { diagram } from './diagram.js';
import { disableComment } from './disable-comment.js';
import { duplicateSection } from './duplicate-section.js';
import { emptySection } from './empty-section.js';
import { emptyTableRow } from './empty-table-row.js';
import { frontMatter } from './front-matter.js';
import { headingLevel } from './heading-level.js';
import { noPersonalData } from './no-personal-data.js';
import { noSecrets } from './no-secrets.js';
import { questionStatus } from './question-status.js';
import { referencedPath } from './referenced-path.js';
import { relativeLink } from './relative-link.js';
import { requiredField } from './required-field.js';
import { requiredSection } from './required-section.js';
import { schemaColumn } from './schema-column.js';
import { schemaKey } from './schema-key.js';
import { schemaMissingTable } from './schema-missing-table.js';
import { schemaRelation } from './schema-relation.js';
import { schemaType } from './schema-type.js';
import { schemaUndocumentedColumn } from './schema-undocumented-column.js';
import { schemaUndocumentedTable } from './schema-undocumented-table.js';
import { sectionOrder } from './section-order.js';
import { statusConsistency } from './status-consistency.js';
import { tableColumns } from './table-columns.js';
import { tableOfContents } from './table-of-contents.js';
import { unfilledPlaceholder } from './unfilled-placeholder.js';
import { unknownSection } from './unknown-section.js';

/** Every rule, sorted by id. A parity test keeps this list, the tests and docs/rules/ in step. */
export const RULES: readonly Rule<never>[] = [
  anchorLink,
  apiAuth,
  apiContract,
  apiRequest,
  apiResponse,
  apiStatus,
  apiUndocumented,
  apiUnimplemented,
  diagram,
  disableComment,
  duplicateSection,
  emptySection,
  emptyTableRow,
  frontMatter,
  headingLevel,
  noPersonalData,
  noSecrets,
  questionStatus,
  referencedPath,
  relativeLink,
  requiredField,
  requiredSection,
  schemaColumn,
  schemaKey,
  schemaMissingTable,
  schemaRelation,
  schemaType,
  schemaUndocumentedColumn,
  schemaUndocumentedTable,
  sectionOrder,
  statusConsistency,
  tableColumns,
  tableOfContents,
  unfilledPlaceholder,
  unknownSection,
] as unknown as readonly Rule<never>[];
