import { postgresDatabase } from '../../../test/databases.js';
import { describeLargeDocuments } from './large-documents.suite.js';

describeLargeDocuments('PostgreSQL', postgresDatabase);
