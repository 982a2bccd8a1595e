import { sqliteDatabase } from '../../../test/databases.js';
import { describeConfidential } from './confidential.suite.js';

describeConfidential('SQLite', sqliteDatabase);
