/**
 * Starts the built site (adapter-node). Reads the same env file as the API (`.env.local`, or
 * `.env.production` when NODE_ENV=production) from the project root; real environment variables win.
 * The site has no runtime dependencies: adapter-node bundles the devDependencies into build/, and
 * node reads the env file itself, so the image carries no node_modules.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const envFile = path.join(root, process.env.NODE_ENV === 'production' ? '.env.production' : '.env.local');
if (fs.existsSync(envFile)) process.loadEnvFile(envFile);
process.env.PORT ??= '3400';
// adapter-node takes the public origin from ORIGIN (else it assumes https), and form posts are
// checked against it: default it to the site's public URL.
process.env.ORIGIN ??= new URL(process.env.PUBLIC_URL || `http://localhost:${process.env.PORT}`).origin;

// Forms may carry a file for a FILE question (up to the API's UPLOAD_MAX_BYTES, default 10 MB):
// adapter-node's own limit (512 KB) would refuse them before the form action sees them.
process.env.BODY_SIZE_LIMIT ??= String(
  Number(process.env.UPLOAD_MAX_BYTES || 10 * 1024 * 1024) + 1024 * 1024,
);

await import('./build/index.js');
