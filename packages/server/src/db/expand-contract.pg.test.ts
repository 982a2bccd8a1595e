import { emptyPostgresDatabase } from '../../test/databases.js';
import { describeExpandContract } from './expand-contract.suite.js';

describeExpandContract('postgres', emptyPostgresDatabase);
