import { sqliteDatabase } from '../../test/databases.js';
import { compiledQuerySuite } from './compiled-query.suite.js';

compiledQuerySuite(sqliteDatabase);
