import { postgresDatabase } from '../../../test/databases.js';
import { describeIfMatch } from './if-match.suite.js';

describeIfMatch('PostgreSQL', postgresDatabase);
