import { sqliteDatabase } from '../../../test/databases.js';
import { describeOidc } from './oidc.suite.js';

describeOidc('SQLite', sqliteDatabase);
