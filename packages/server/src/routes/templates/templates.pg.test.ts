import { postgresDatabase } from '../../../test/databases.js';
import { describeTemplates } from './templates.suite.js';

describeTemplates('PostgreSQL', postgresDatabase);
