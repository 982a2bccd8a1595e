import { sqliteDatabase } from '../../../test/databases.js';
import { describeComments } from './comments.suite.js';

describeComments('SQLite', sqliteDatabase);
