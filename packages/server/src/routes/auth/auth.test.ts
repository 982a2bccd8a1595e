import { sqliteDatabase } from '../../../test/databases.js';
import { describeAuth } from './auth.suite.js';

describeAuth('SQLite', sqliteDatabase);
