import { sqliteDatabase } from '../../test/databases.js';
import { describeBadInput } from './bad-input.suite.js';

describeBadInput('SQLite', sqliteDatabase);
