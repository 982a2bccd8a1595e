import { sqliteDatabase } from '../../../test/databases.js';
import { describeDocumentPaths } from './document-paths.suite.js';

describeDocumentPaths('SQLite', sqliteDatabase);
