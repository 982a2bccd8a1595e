import { postgresDatabase } from '../../../test/databases.js';
import { describeWorkspaces } from './workspaces.suite.js';

describeWorkspaces('PostgreSQL', postgresDatabase);
