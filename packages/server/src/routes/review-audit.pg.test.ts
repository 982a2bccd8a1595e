import { postgresDatabase } from '../../test/databases.js';
import { describeReviewAudit } from './review-audit.suite.js';

describeReviewAudit('PostgreSQL', postgresDatabase);
