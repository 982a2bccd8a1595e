import { postgresDatabase } from '../../../test/databases.js';
import { describeLiveUpdates } from './events.suite.js';

describeLiveUpdates(postgresDatabase);
