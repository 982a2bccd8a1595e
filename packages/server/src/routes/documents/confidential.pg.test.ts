import { postgresDatabase } from '../../../test/databases.js';
import { describeConfidential } from './confidential.suite.js';

describeConfidential('PostgreSQL', postgresDatabase);
