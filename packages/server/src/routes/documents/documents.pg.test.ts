import { postgresDatabase } from '../../../test/databases.js';
import { describeDocuments } from './documents.suite.js';

describeDocuments('PostgreSQL', postgresDatabase);
