/**
 * Starts the built site (adapter-node). Reads the same env file as the API (`.env.local`, or
 * `.env.production` when NODE_ENV=production) from the project root; real environment variables win.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import dotenv from 'dotenv';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const envFile = path.join(root, process.env.NODE_ENV === 'production' ? '.env.production' : '.env.local');
if (fs.existsSync(envFile)) dotenv.config({ path: envFile, quiet: true });
process.env.PORT ??= '3400';
// Behind a proxy (Cloudflare) the site must know its public origin, or SvelteKit sees http:// URLs and
// refuses form posts from the https:// pages as cross-site.
if (process.env.NODE_ENV === 'production' && process.env.PUBLIC_URL)
  process.env.ORIGIN ??= process.env.PUBLIC_URL;

await import('./build/index.js');
