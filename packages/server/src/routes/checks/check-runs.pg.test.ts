import { postgresDatabase } from '../../../test/databases.js';
import { describeCheckRuns } from './check-runs.suite.js';

describeCheckRuns('PostgreSQL', postgresDatabase);
