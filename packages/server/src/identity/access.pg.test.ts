import { postgresDatabase } from '../../test/databases.js';
import { describeAccess } from './access.suite.js';

describeAccess(postgresDatabase);
