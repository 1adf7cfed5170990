// Part of `npm run build`: the offline explorer's browser builds (GraphiQL, React) go into dist, where
// the compiled src/http/explorer.js (which names them) serves them from, so the server image needs no
// graphiql and its ~100 MB of editor dependencies (dev dependencies).
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

const require = createRequire(import.meta.url);
const { BUILT_VENDOR_DIR, vendorSources } = require('../dist/src/http/explorer.js');

fs.rmSync(BUILT_VENDOR_DIR, { recursive: true, force: true });
fs.mkdirSync(BUILT_VENDOR_DIR, { recursive: true });
for (const [name, source] of Object.entries(vendorSources())) {
  fs.copyFileSync(source, path.join(BUILT_VENDOR_DIR, name));
}
