import { useTempDirs } from '../../../../test/temp-dir.js';
import { describeGracefulShutdown } from '../../test/graceful-shutdown.js';

const tempDir = useTempDirs();

describeGracefulShutdown('SQLite', async () => ({ DESIGNDOC_DATA_DIR: tempDir().file('data') }));
