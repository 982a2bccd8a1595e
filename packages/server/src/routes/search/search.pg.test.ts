import { postgresDatabase } from '../../../test/databases.js';
import { describeSearch } from './search.suite.js';

describeSearch('PostgreSQL', postgresDatabase);
