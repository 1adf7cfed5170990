#!/usr/bin/env node
/**
 * Builds the API and/or the site only when their sources changed since their last build: a fingerprint
 * of the sources is kept in each build folder. Quiet: the build's output is shown only if it fails.
 * Used by `npm start` and the admin commands; `node scripts/build-if-stale.mjs [api] [site]` alone.
 */
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const FINGERPRINT_FILE = '.sources.sha256';

/** What each part is built from, where its build goes, and how it starts. */
export const PARTS = {
  api: {
    label: 'the API',
    workspace: 'server',
    inputs: [
      'server/src',
      'server/scripts',
      'server/package.json',
      'server/tsconfig.json',
      'server/tsconfig.build.json',
    ],
    output: 'server/dist',
    entry: 'server/dist/src/main.js',
  },
  site: {
    label: 'the site',
    workspace: 'client',
    inputs: [
      'client/src',
      'client/static',
      'client/package.json',
      'client/svelte.config.js',
      'client/vite.config.ts',
      'client/tsconfig.json',
    ],
    output: 'client/build',
    entry: 'client/build/index.js',
  },
};
/** Shared by both: a changed dependency changes what a build produces. */
const SHARED_INPUTS = ['package-lock.json'];

/** Every file under `entry` (a file or a folder), sorted, tests left out (they are not built). */
function sourceFiles(entry) {
  const full = path.join(root, entry);
  if (!fs.existsSync(full)) return [];
  if (!fs.statSync(full).isDirectory()) return [entry];
  return fs
    .readdirSync(full, { recursive: true, withFileTypes: true })
    .filter((dirent) => dirent.isFile() && !/\.test\.[cm]?[jt]s$/.test(dirent.name))
    .map((dirent) => path.relative(root, path.join(dirent.parentPath, dirent.name)))
    .sort();
}

/** A hash of the names and contents of a part's sources: the same sources, the same build. */
export function fingerprint(part) {
  const hash = createHash('sha256');
  for (const file of [...part.inputs, ...SHARED_INPUTS].flatMap(sourceFiles)) {
    hash
      .update(file)
      .update('\0')
      .update(fs.readFileSync(path.join(root, file)))
      .update('\0');
  }
  return hash.digest('hex');
}

function isUpToDate(part, sources) {
  const recorded = path.join(root, part.output, FINGERPRINT_FILE);
  return (
    fs.existsSync(path.join(root, part.entry)) &&
    fs.existsSync(recorded) &&
    fs.readFileSync(recorded, 'utf8').trim() === sources
  );
}

/** Runs `npm run build` of a workspace with its output kept back, shown only if it fails. */
function build(part) {
  const started = Date.now();
  process.stdout.write(`Building ${part.label} (its sources changed since the last build) ... `);
  return new Promise((resolve) => {
    const child = spawn('npm', ['run', 'build', '-w', part.workspace], {
      cwd: root,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const output = [];
    child.stdout.on('data', (chunk) => output.push(chunk));
    child.stderr.on('data', (chunk) => output.push(chunk));
    child.on('close', (code) => {
      if (code === 0) {
        process.stdout.write(`done in ${((Date.now() - started) / 1000).toFixed(1)} s\n`);
        resolve(true);
      } else {
        process.stdout.write('failed:\n');
        process.stdout.write(Buffer.concat(output));
        resolve(false);
      }
    });
  });
}

/** Builds each named part whose sources changed; false when a build failed (its output was shown). */
export async function buildWhatChanged(names = Object.keys(PARTS)) {
  for (const part of names.map((name) => PARTS[name])) {
    const sources = fingerprint(part);
    if (isUpToDate(part, sources)) continue;
    if (!(await build(part))) return false;
    fs.writeFileSync(path.join(root, part.output, FINGERPRINT_FILE), `${sources}\n`);
  }
  return true;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const names = process.argv.slice(2);
  const unknown = names.filter((name) => !(name in PARTS));
  if (unknown.length > 0) {
    console.error(`Unknown part ${unknown.join(', ')}: name ${Object.keys(PARTS).join(' and/or ')}.`);
    process.exit(2);
  }
  if (!(await buildWhatChanged(names.length > 0 ? names : undefined))) process.exit(1);
}
