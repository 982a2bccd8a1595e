import { postgresDatabase } from '../../test/databases.js';
import { describeBadInputCorpus } from './bad-input-corpus.suite.js';

describeBadInputCorpus('PostgreSQL', postgresDatabase);
