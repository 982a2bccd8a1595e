import { postgresDatabase } from '../../test/databases.js';
import { compiledQuerySuite } from './compiled-query.suite.js';

compiledQuerySuite(postgresDatabase);
