import { afterEach, beforeEach } from 'vitest';
import { buildApp } from '../src/app.js';
import { loadServerConfig } from '../src/config.js';
/**
 * For a test file: a new app over a new database (from `factory`) before each test, closed
 * and dropped after it. Read `current()` inside a test.
 */
export function useTestApp(factory) {
    let state;
    beforeEach(async () => {
        const database = await factory();
        const app = await buildApp({
            config: loadServerConfig({}, process.cwd(), { demo: false }),
            database: database.connection,
        });
        state = { app, connection: database.connection, database };
    });
    afterEach(async () => {
        await state?.app.close();
        await state?.database.drop();
        state = undefined;
    });
    return () => {
        if (!state)
            throw new Error('useTestApp: read the app inside a test');
        return state;
    };
}
//# sourceMappingURL=test-app.js.map