import { postgresDatabase } from '../../../test/databases.js';
import { describeDocumentPaths } from './document-paths.suite.js';

describeDocumentPaths('PostgreSQL', postgresDatabase);
