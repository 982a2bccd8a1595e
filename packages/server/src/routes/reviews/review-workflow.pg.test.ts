import { postgresDatabase } from '../../../test/databases.js';
import { describeReviewWorkflow } from './review-workflow.suite.js';

describeReviewWorkflow('PostgreSQL', postgresDatabase);
