import { sqliteDatabase } from '../../../test/databases.js';
import { describeTemplates } from './templates.suite.js';

describeTemplates('SQLite', sqliteDatabase);
