// prepack of every published package: put the repository's LICENSE beside its package.json, so
// the tarball carries the licence its "license" field names (npm packs a package's own folder).
import { copyFileSync } from 'node:fs';

copyFileSync(new URL('../LICENSE', import.meta.url), 'LICENSE');
