import { sqliteDatabase } from '../../../test/databases.js';
import { describeDocuments } from './documents.suite.js';

describeDocuments('SQLite', sqliteDatabase);
