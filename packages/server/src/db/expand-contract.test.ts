import { openSqlite } from './connect.js';
import { describeExpandContract } from './expand-contract.suite.js';

describeExpandContract('sqlite', async () => {
  const connection = openSqlite(':memory:');
  return { connection, drop: () => connection.db.destroy() };
});
