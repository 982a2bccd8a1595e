import { postgresDatabase } from '../../../test/databases.js';
import { describeAlertMetrics } from './alert-metrics.suite.js';

describeAlertMetrics('PostgreSQL', postgresDatabase);
