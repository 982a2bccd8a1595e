import { sqliteDatabase } from '../../../test/databases.js';
import { describeWorkspaces } from './workspaces.suite.js';

describeWorkspaces('SQLite', sqliteDatabase);
