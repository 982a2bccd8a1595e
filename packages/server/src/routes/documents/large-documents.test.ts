import { sqliteDatabase } from '../../../test/databases.js';
import { describeLargeDocuments } from './large-documents.suite.js';

describeLargeDocuments('SQLite', sqliteDatabase);
