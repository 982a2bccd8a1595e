import { emptyPostgresDatabase } from '../../../test/databases.js';
import { describeCheckRunsMigration } from './2026-12-11-check-runs.suite.js';

describeCheckRunsMigration('PostgreSQL', emptyPostgresDatabase);
