/**
 * scripts/test-browser.js: where the tests look for Chromium, in order, and what `npm test` does when
 * there is none (dry run: the install itself is apt-get or Playwright's download).
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { ensureBrowser, findBrowser, installPlan, requireBrowser } from '../../scripts/test-browser';

const DEBIAN = 'PRETTY_NAME="Debian GNU/Linux 12 (bookworm)"\nID=debian\n';
const UBUNTU = 'NAME="Ubuntu"\nID=ubuntu\nID_LIKE=debian\n';

describe('finding a browser for the tests', () => {
  let dir: string;
  let places: Record<string, string>;

  const executable = (file: string) => {
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, '#!/bin/sh\n', { mode: 0o755 });
    return file;
  };
  const find = (env: NodeJS.ProcessEnv = {}) =>
    findBrowser({
      env: { PATH: [path.join(dir, 'empty'), path.join(dir, 'bin')].join(path.delimiter), ...env },
      platform: 'linux',
      fixedPaths: { chromium: [places.debianChromium], chrome: [places.chromeOpt] },
      playwrightPath: () => places.playwright,
    });

  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'test-browser-'));
    places = {
      custom: executable(path.join(dir, 'custom', 'my-chromium')),
      chromiumOnPath: executable(path.join(dir, 'bin', 'chromium')),
      debianChromium: executable(path.join(dir, 'usr', 'bin', 'chromium')),
      chromeOnPath: executable(path.join(dir, 'bin', 'google-chrome')),
      chromeStableOnPath: executable(path.join(dir, 'bin', 'google-chrome-stable')),
      chromeOpt: executable(path.join(dir, 'opt', 'google', 'chrome', 'chrome')),
      playwright: executable(path.join(dir, 'ms-playwright', 'chromium-1', 'chrome-linux64', 'chrome')),
    };
  });
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('takes CHROMIUM_PATH first, then chromium, Google Chrome and Playwright’s cache, in that order', () => {
    expect(find({ CHROMIUM_PATH: places.custom })).toEqual({ path: places.custom, source: 'CHROMIUM_PATH' });
    const order: [string, string][] = [
      ['chromiumOnPath', "Debian/Ubuntu's chromium"],
      ['debianChromium', "Debian/Ubuntu's chromium"],
      ['chromeOnPath', 'Google Chrome'],
      ['chromeStableOnPath', 'Google Chrome'],
      ['chromeOpt', 'Google Chrome'],
      ['playwright', "Playwright's cache"],
    ];
    for (const [place, source] of order) {
      expect(find()).toEqual({ path: places[place], source });
      fs.rmSync(places[place]);
    }
    expect(find()).toBeUndefined();
  });

  it('skips files that are not executable', () => {
    fs.chmodSync(places.chromiumOnPath, 0o644);
    expect(find()?.path).toBe(places.debianChromium);
  });

  it('refuses a CHROMIUM_PATH that is not there instead of quietly using another browser', () => {
    expect(() => find({ CHROMIUM_PATH: path.join(dir, 'missing') })).toThrow(/CHROMIUM_PATH=.*missing/);
  });

  it('tells how to get a browser when there is none', () => {
    for (const place of Object.values(places)) fs.rmSync(place);
    expect(() =>
      requireBrowser({
        env: { PATH: '' },
        platform: 'linux',
        fixedPaths: { chromium: [], chrome: [] },
        playwrightPath: () => undefined,
      }),
    ).toThrow(/No Chromium for the tests .*npm run test:browser.*CHROMIUM_PATH/);
  });
});

describe('installing a browser when there is none', () => {
  const plan = (options: Parameters<typeof installPlan>[0]) =>
    installPlan({ hasAptGet: true, playwrightCli: '/pw/cli.js', ...options });

  it('uses Debian’s chromium package as root on Debian', () => {
    expect(plan({ platform: 'linux', uid: 0, osRelease: DEBIAN })).toEqual({
      says: "installing Debian's chromium package (apt-get update && apt-get install -y chromium)",
      commands: [
        ['apt-get', 'update', '-qq'],
        ['apt-get', 'install', '-y', '-qq', 'chromium'],
      ],
    });
  });

  it('uses Playwright’s installer elsewhere, with the system libraries when root can apt-get them', () => {
    const playwright = (...args: string[]) => [[process.execPath, '/pw/cli.js', 'install', ...args]];
    expect(plan({ platform: 'linux', uid: 0, osRelease: UBUNTU }).commands).toEqual(
      playwright('--with-deps', 'chromium'),
    );
    expect(plan({ platform: 'linux', uid: 1000, osRelease: DEBIAN }).commands).toEqual(
      playwright('chromium'),
    );
    expect(plan({ platform: 'darwin', uid: 501, osRelease: '', hasAptGet: false }).commands).toEqual(
      playwright('chromium'),
    );
    expect(plan({ platform: 'linux', uid: 0, osRelease: DEBIAN, hasAptGet: false }).says).toBe(
      "installing Chromium with Playwright's installer (playwright-core install chromium)",
    );
  });

  it('prints one line saying what it does (dry run: without doing it)', () => {
    const lines: string[] = [];
    const debianPlan = plan({ platform: 'linux', uid: 0, osRelease: DEBIAN });
    const result = ensureBrowser({
      dryRun: true,
      log: (line) => lines.push(line),
      find: () => undefined,
      plan: () => debianPlan,
    });
    expect(result).toBe(debianPlan);
    expect(lines).toEqual([
      "test browser: none found (looked at CHROMIUM_PATH, Debian/Ubuntu's chromium, Google Chrome, Playwright's cache); would be installing Debian's chromium package (apt-get update && apt-get install -y chromium)",
    ]);
  });

  it('prints the browser it found and installs nothing', () => {
    const lines: string[] = [];
    const found = { path: '/usr/bin/chromium', source: "Debian/Ubuntu's chromium" };
    const result = ensureBrowser({
      log: (line) => lines.push(line),
      find: () => found,
      plan: () => {
        throw new Error('must not plan an install');
      },
    });
    expect(result).toBe(found);
    expect(lines).toEqual(["test browser: /usr/bin/chromium (Debian/Ubuntu's chromium)"]);
  });
});
