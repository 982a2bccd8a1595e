import { sqliteDatabase } from '../../../test/databases.js';
import { describeSearch } from './search.suite.js';

describeSearch('SQLite', sqliteDatabase);
