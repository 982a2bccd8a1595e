import { sqliteDatabase } from '../../test/databases.js';
import { describeBadInputCorpus } from './bad-input-corpus.suite.js';

describeBadInputCorpus('SQLite', sqliteDatabase);
