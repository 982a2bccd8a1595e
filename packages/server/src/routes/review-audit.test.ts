import { sqliteDatabase } from '../../test/databases.js';
import { describeReviewAudit } from './review-audit.suite.js';

describeReviewAudit('SQLite', sqliteDatabase);
