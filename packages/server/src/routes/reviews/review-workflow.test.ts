import { sqliteDatabase } from '../../../test/databases.js';
import { describeReviewWorkflow } from './review-workflow.suite.js';

describeReviewWorkflow('SQLite', sqliteDatabase);
