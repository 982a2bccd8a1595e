import { postgresDatabase } from '../../../test/databases.js';
import { describeDashboards } from './dashboards.suite.js';

describeDashboards('PostgreSQL', postgresDatabase);
