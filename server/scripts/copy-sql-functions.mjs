// Part of `npm run build`: tsc copies no .sql, so db/functions goes into dist beside the compiled
// sql-functions.js, which reads it when the source tree is absent (the server image ships dist only).
import fs from 'node:fs';

fs.rmSync('dist/src/db/functions', { recursive: true, force: true });
fs.cpSync('src/db/functions', 'dist/src/db/functions', { recursive: true });
