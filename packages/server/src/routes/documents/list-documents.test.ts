import { sqliteDatabase } from '../../../test/databases.js';
import { describeListDocuments } from './list-documents.suite.js';

describeListDocuments('SQLite', sqliteDatabase);
