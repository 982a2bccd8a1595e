import { sqliteDatabase } from '../../../test/databases.js';
import { describeDashboards } from './dashboards.suite.js';

describeDashboards('SQLite', sqliteDatabase);
