import { postgresDatabase } from '../../../test/databases.js';
import { describeWebhookTargets } from './webhook-targets.suite.js';

describeWebhookTargets('PostgreSQL', postgresDatabase);
