import { openSqlite } from '../connect.js';
import { describeCheckRunsMigration } from './2026-12-11-check-runs.suite.js';

describeCheckRunsMigration('SQLite', async () => {
  const connection = openSqlite(':memory:');
  return { connection, drop: () => connection.db.destroy() };
});
