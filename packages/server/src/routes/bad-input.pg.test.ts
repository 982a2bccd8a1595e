import { postgresDatabase } from '../../test/databases.js';
import { describeBadInput } from './bad-input.suite.js';

describeBadInput('PostgreSQL', postgresDatabase);
