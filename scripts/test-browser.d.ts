/** Types of scripts/test-browser.js (plain CommonJS, so `npm test` runs it before any build). */

export interface FoundBrowser {
  path: string;
  source: string;
}

export interface FindOptions {
  env?: NodeJS.ProcessEnv;
  platform?: NodeJS.Platform;
  /** Well-known install locations looked at after PATH. */
  fixedPaths?: { chromium: string[]; chrome: string[] };
  /** Where Playwright's installer puts Chromium for this playwright-core version. */
  playwrightPath?: () => string | undefined;
}

export interface InstallPlan {
  /** The one line printed before installing. */
  says: string;
  commands: string[][];
}

export interface PlanOptions {
  platform?: NodeJS.Platform;
  uid?: number;
  osRelease?: string;
  hasAptGet?: boolean;
  playwrightCli?: string;
}

export function candidates(options?: FindOptions): FoundBrowser[];
export function findBrowser(options?: FindOptions): FoundBrowser | undefined;
export function requireBrowser(options?: FindOptions): FoundBrowser;
export function installPlan(options?: PlanOptions): InstallPlan;
export function ensureBrowser(options?: {
  dryRun?: boolean;
  log?: (line: string) => void;
  find?: () => FoundBrowser | undefined;
  plan?: () => InstallPlan;
}): FoundBrowser | InstallPlan;
