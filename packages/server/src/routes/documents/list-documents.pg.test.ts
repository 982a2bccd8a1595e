import { postgresDatabase } from '../../../test/databases.js';
import { describeListDocuments } from './list-documents.suite.js';

describeListDocuments('PostgreSQL', postgresDatabase);
