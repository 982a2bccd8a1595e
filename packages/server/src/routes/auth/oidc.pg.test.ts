import { postgresDatabase } from '../../../test/databases.js';
import { describeOidc } from './oidc.suite.js';

describeOidc('PostgreSQL', postgresDatabase);
