import { sqliteDatabase } from '../../../test/databases.js';
import { describeCheckRuns } from './check-runs.suite.js';

describeCheckRuns('SQLite', sqliteDatabase);
