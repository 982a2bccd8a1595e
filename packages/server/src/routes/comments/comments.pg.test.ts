import { postgresDatabase } from '../../../test/databases.js';
import { describeComments } from './comments.suite.js';

describeComments('PostgreSQL', postgresDatabase);
