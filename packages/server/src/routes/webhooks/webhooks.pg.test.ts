import { postgresDatabase } from '../../../test/databases.js';
import { describeWebhooks } from './webhooks.suite.js';

describeWebhooks('PostgreSQL', postgresDatabase);
