import { postgresDatabase } from '../../../test/databases.js';
import { describeAuth } from './auth.suite.js';

describeAuth('PostgreSQL', postgresDatabase);
