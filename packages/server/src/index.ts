export { type BuildAppOptions, buildApp } from './app.js';
export { loadServerConfig, type ServerConfig, ServerConfigError } from './config.js';
export type { QueryObserver } from './db/connect.js';
export { type DatabaseConnection, type Engine, openDatabase, openSqlite } from './db/connect.js';
export {
  CopyInstanceError,
  type CopyProgress,
  type CopyReport,
  copySqliteToPostgres,
} from './db/copy-instance.js';
export type { Database } from './db/database.js';
export {
  holdExclusiveLock,
  holdServerLock,
  type InstanceLock,
  InstanceLockedError,
  LOCK_FILE,
} from './db/instance-lock.js';
export { isMigrated, MIGRATION_NAMES, migrateTo, migrateToLatest } from './db/migrate.js';
export {
  BACKUPS_FOLDER,
  backupBeforeMigrations,
  backupSqliteDatabase,
  DATABASE_FILE,
  type DatabaseSummary,
  fileTimestamp,
  inspectSqliteDatabase,
  type PreMigrationBackup,
  SqliteBackupError,
} from './db/sqlite-backup.js';
export {
  BootstrapError,
  bootstrapFirstAdmin,
  FIRST_ADMIN,
  type FirstRun,
} from './identity/bootstrap.js';
export {
  MIN_PASSWORD_LENGTH,
  type PasswordContext,
  passwordProblem,
} from './identity/password-policy.js';
export { generatePassword } from './identity/passwords.js';
export {
  findUserByName,
  insertUser,
  isUsername,
  listUsers,
  setPassword,
} from './identity/users.js';
export { createMetrics, type Metrics } from './metrics.js';
export { type DemoDocument, importDemo } from './seed/import-demo.js';
export { startTracing, type Tracing, TracingUnavailableError } from './tracing/start-tracing.js';
