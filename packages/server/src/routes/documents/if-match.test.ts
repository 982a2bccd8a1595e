import { sqliteDatabase } from '../../../test/databases.js';
import { describeIfMatch } from './if-match.suite.js';

describeIfMatch('SQLite', sqliteDatabase);
