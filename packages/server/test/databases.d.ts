import { type DatabaseConnection } from '../src/db/connect.js';
/** A migrated, empty database for one test, and how to throw it away. */
export interface TestDatabase {
    connection: DatabaseConnection;
    drop(): Promise<void>;
}
export type TestDatabaseFactory = () => Promise<TestDatabase>;
/** An in-memory SQLite database: nothing on disk, nothing to clean. */
export declare const sqliteDatabase: TestDatabaseFactory;
/** The PostgreSQL server the services suite runs against (this machine's, trust auth). */
export declare const POSTGRES_URL: string;
/**
 * A fresh database on the real PostgreSQL server, created for one test and dropped after it,
 * so tests never see each other's rows.
 */
export declare const postgresDatabase: TestDatabaseFactory;
//# sourceMappingURL=databases.d.ts.map