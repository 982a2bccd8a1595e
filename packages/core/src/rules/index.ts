import type { Rule } from '../lint/rule.js';
import { anchorLink } from './anchor-link.js';
import { apiContract } from './api-contract.js';
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
import { relativeLink } from './relative-link.js';
import { requiredField } from './required-field.js';
import { requiredSection } from './required-section.js';
import { sectionOrder } from './section-order.js';
import { statusConsistency } from './status-consistency.js';
import { tableColumns } from './table-columns.js';
import { tableOfContents } from './table-of-contents.js';
import { unfilledPlaceholder } from './unfilled-placeholder.js';
import { unknownSection } from './unknown-section.js';

/** Every rule, sorted by id. A parity test keeps this list, the tests and docs/rules/ in step. */
export const RULES: readonly Rule<never>[] = [
  anchorLink,
  apiContract,
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
  relativeLink,
  requiredField,
  requiredSection,
  sectionOrder,
  statusConsistency,
  tableColumns,
  tableOfContents,
  unfilledPlaceholder,
  unknownSection,
] as unknown as readonly Rule<never>[];
