import { sqliteDatabase } from '../../../test/databases.js';
import { describeWebhooks } from './webhooks.suite.js';

describeWebhooks('SQLite', sqliteDatabase);
