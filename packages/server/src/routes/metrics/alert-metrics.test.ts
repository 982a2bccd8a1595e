import { sqliteDatabase } from '../../../test/databases.js';
import { describeAlertMetrics } from './alert-metrics.suite.js';

describeAlertMetrics('SQLite', sqliteDatabase);
