import { sqliteDatabase } from '../../../test/databases.js';
import { describeWebhookTargets } from './webhook-targets.suite.js';

describeWebhookTargets('SQLite', sqliteDatabase);
