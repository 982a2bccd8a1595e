import type { FastifyInstance } from 'fastify';
import type { DatabaseConnection } from '../src/db/connect.js';
import type { TestDatabaseFactory } from './databases.js';
/** The app under test and its database, fresh for every test. */
export interface TestApp {
    app: FastifyInstance;
    connection: DatabaseConnection;
}
/**
 * For a test file: a new app over a new database (from `factory`) before each test, closed
 * and dropped after it. Read `current()` inside a test.
 */
export declare function useTestApp(factory: TestDatabaseFactory): () => TestApp;
//# sourceMappingURL=test-app.d.ts.map