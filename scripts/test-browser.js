/**
 * The Chromium the tests drive (the server's e-mail layout test and the browser tests in e2e/), found
 * on the machine or installed once by `npm test` (`npm run test:browser`).
 *
 * Search order: CHROMIUM_PATH; Debian/Ubuntu's chromium (PATH, /usr/bin/chromium); Google Chrome;
 * the Chromium that Playwright's installer put in its cache for this playwright-core version.
 * None there: Debian as root installs the distribution's package (apt-get install chromium); anywhere
 * else (Ubuntu, whose packaged Chromium is a snap wrapper; macOS; Windows; not root) Playwright's
 * installer from playwright-core does. `node scripts/test-browser.js --dry-run` says what it would do.
 *
 * Plain CommonJS without dependencies at load, so `npm test` runs it before anything is built.
 */
'use strict';
const fs = require('node:fs');
const path = require('node:path');
const { spawnSync } = require('node:child_process');

const LOOKED_AT = "CHROMIUM_PATH, Debian/Ubuntu's chromium, Google Chrome, Playwright's cache";

/** Well-known install locations per platform, after the commands found on PATH. */
function defaultFixedPaths(platform, env) {
  if (platform === 'darwin') {
    return {
      chromium: ['/Applications/Chromium.app/Contents/MacOS/Chromium'],
      chrome: ['/Applications/Google Chrome.app/Contents/MacOS/Google Chrome'],
    };
  }
  if (platform === 'win32') {
    const programDirs = [env.PROGRAMFILES, env['PROGRAMFILES(X86)'], env.LOCALAPPDATA].filter(Boolean);
    return {
      chromium: [],
      chrome: programDirs.map((dir) => path.join(dir, 'Google', 'Chrome', 'Application', 'chrome.exe')),
    };
  }
  return { chromium: ['/usr/bin/chromium'], chrome: ['/opt/google/chrome/chrome'] };
}

/** The executable playwright-core's own installer puts in its cache (whether or not it is there). */
function playwrightCachePath() {
  try {
    return require('playwright-core').chromium.executablePath();
  } catch {
    return undefined; // playwright-core not installed yet, or no build for this platform
  }
}

function isExecutable(file) {
  try {
    fs.accessSync(file, fs.constants.X_OK);
    return fs.statSync(file).isFile();
  } catch {
    return false;
  }
}

function onPath(command, env, platform) {
  const names = platform === 'win32' ? [`${command}.exe`] : [command];
  return (env.PATH ?? '')
    .split(path.delimiter)
    .filter(Boolean)
    .flatMap((dir) => names.map((name) => path.join(dir, name)));
}

/**
 * The places to look, in order, each with the kind of browser it is. Everything the machine decides
 * can be passed in (tests give fake directories).
 */
function candidates({
  env = process.env,
  platform = process.platform,
  fixedPaths = defaultFixedPaths(platform, env),
  playwrightPath = playwrightCachePath,
} = {}) {
  const list = [];
  const add = (source, paths) => paths.forEach((file) => file && list.push({ path: file, source }));
  add("Debian/Ubuntu's chromium", [...onPath('chromium', env, platform), ...fixedPaths.chromium]);
  add('Google Chrome', [
    ...onPath('google-chrome', env, platform),
    ...onPath('google-chrome-stable', env, platform),
    ...fixedPaths.chrome,
  ]);
  add("Playwright's cache", [playwrightPath()]);
  return list;
}

/**
 * The browser to use: { path, source }, or undefined when there is none. CHROMIUM_PATH wins, and a
 * CHROMIUM_PATH that is not an executable is an error rather than a silent fallback.
 */
function findBrowser(options = {}) {
  const env = options.env ?? process.env;
  if (env.CHROMIUM_PATH) {
    if (!isExecutable(env.CHROMIUM_PATH)) {
      throw new Error(`CHROMIUM_PATH=${env.CHROMIUM_PATH} is not an executable file.`);
    }
    return { path: env.CHROMIUM_PATH, source: 'CHROMIUM_PATH' };
  }
  return candidates(options).find((candidate) => isExecutable(candidate.path));
}

/** The browser, or an error saying how to get one (tests call this; `npm test` installs first). */
function requireBrowser(options) {
  const found = findBrowser(options);
  if (!found) {
    throw new Error(
      `No Chromium for the tests (looked at ${LOOKED_AT}): run \`npm run test:browser\` to install one, or set CHROMIUM_PATH.`,
    );
  }
  return found;
}

function readOsRelease() {
  try {
    return fs.readFileSync('/etc/os-release', 'utf8');
  } catch {
    return '';
  }
}

function osIds(osRelease) {
  const value = (key) => (osRelease.match(new RegExp(`^${key}="?([^"\\n]*)"?$`, 'm')) ?? [])[1] ?? '';
  return [value('ID'), ...value('ID_LIKE').split(/\s+/)].filter(Boolean);
}

/**
 * How to install a browser here: { says, commands } where says is the one line printed and commands
 * the programs run in turn ([file, ...args]).
 */
function installPlan({
  platform = process.platform,
  uid = process.getuid?.(),
  osRelease = platform === 'linux' ? readOsRelease() : '',
  hasAptGet = onPath('apt-get', process.env, platform).some(isExecutable),
  playwrightCli = path.join(path.dirname(require.resolve('playwright-core/package.json')), 'cli.js'),
} = {}) {
  const ids = osIds(osRelease);
  const root = uid === 0;
  const debian = ids.includes('debian') && !ids.includes('ubuntu');
  if (platform === 'linux' && root && debian && hasAptGet) {
    return {
      says: "installing Debian's chromium package (apt-get update && apt-get install -y chromium)",
      commands: [
        ['apt-get', 'update', '-qq'],
        ['apt-get', 'install', '-y', '-qq', 'chromium'],
      ],
    };
  }
  // Ubuntu's chromium package only installs the snap, which does not run in containers or CI.
  const withDeps = platform === 'linux' && root && hasAptGet ? ['--with-deps'] : [];
  return {
    says: `installing Chromium with Playwright's installer (playwright-core install ${[...withDeps, 'chromium'].join(' ')})`,
    commands: [[process.execPath, playwrightCli, 'install', ...withDeps, 'chromium']],
  };
}

/**
 * Finds a browser or installs one, printing one line either way. Returns { path, source }, or with
 * dryRun the plan it would carry out.
 */
function ensureBrowser({ dryRun = false, log = console.log, find = findBrowser, plan = installPlan } = {}) {
  const found = find();
  if (found) {
    log(`test browser: ${found.path} (${found.source})`);
    return found;
  }
  const install = plan();
  log(`test browser: none found (looked at ${LOOKED_AT}); ${dryRun ? 'would be ' : ''}${install.says}`);
  if (dryRun) return install;
  for (const [file, ...args] of install.commands) {
    const run = spawnSync(file, args, {
      stdio: ['ignore', 'pipe', 'inherit'],
      env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
    });
    if (run.status !== 0) {
      process.stderr.write(run.stdout ?? '');
      throw new Error(
        `test browser: \`${[file, ...args].join(' ')}\` failed (${run.error ?? `exit ${run.status}`})`,
      );
    }
  }
  const installed = find();
  if (!installed) throw new Error(`test browser: installed, but still none found (looked at ${LOOKED_AT})`);
  log(`test browser: ${installed.path} (${installed.source})`);
  return installed;
}

module.exports = { candidates, findBrowser, requireBrowser, installPlan, ensureBrowser };

if (require.main === module) {
  try {
    ensureBrowser({ dryRun: process.argv.includes('--dry-run') });
  } catch (error) {
    console.error(error.message);
    process.exit(1);
  }
}
