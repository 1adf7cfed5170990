import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { productionTestEnv } from '../test/production-env';
import { ConfigError, loadConfig } from './config';

const emptyRoot = () => fs.mkdtempSync(path.join(os.tmpdir(), 'evt-config-'));

function problemsOf(env: Record<string, string>): string[] {
  try {
    loadConfig(env, emptyRoot());
  } catch (error) {
    if (error instanceof ConfigError) return error.problems;
    throw error;
  }
  return [];
}

/** A complete production setup, including what other modules require there (PayPal, SMTP). */
const production = { ...productionTestEnv, DATABASE_URL: 'postgres://db/shop' };

describe('configuration for deployment', () => {
  it('refuses a non-https public URL in production', () => {
    expect(problemsOf({ ...production, PUBLIC_URL: 'http://tickets.example.org' })).toEqual([
      'PUBLIC_URL: must be an https:// URL in production (cookies are Secure, links are public)',
    ]);
    expect(problemsOf({ NODE_ENV: 'development', PUBLIC_URL: 'http://localhost:3400' })).toEqual([]);
  });

  it('runs one API worker per CPU on a real database, and one on the embedded database', () => {
    expect(loadConfig(production, emptyRoot()).api.workers).toBe(os.availableParallelism());
    expect(loadConfig({ NODE_ENV: 'development' }, emptyRoot()).api.workers).toBe(1);
    expect(loadConfig({ ...production, API_WORKERS: '3' }, emptyRoot()).api.workers).toBe(3);
  });

  it('refuses several workers on the embedded database, and a worker count out of range', () => {
    expect(problemsOf({ NODE_ENV: 'development', API_WORKERS: '2' })).toEqual([
      'API_WORKERS: more than one worker needs DATABASE_URL (the embedded database serves one process only)',
    ]);
    expect(problemsOf({ NODE_ENV: 'development', API_WORKERS: '1' })).toEqual([]);
    expect(problemsOf({ ...production, API_WORKERS: '0' })).toEqual([
      'API_WORKERS: must be a whole number from 1 to 64',
    ]);
  });

  it('reads the client address header in lower case and rejects what is not a header name', () => {
    expect(
      loadConfig({ ...production, CLIENT_IP_HEADER: 'CF-Connecting-IP' }, emptyRoot()).clientIpHeader,
    ).toBe('cf-connecting-ip');
    expect(loadConfig(production, emptyRoot()).clientIpHeader).toBeUndefined();
    expect(problemsOf({ ...production, CLIENT_IP_HEADER: 'cf connecting ip' })).toEqual([
      'CLIENT_IP_HEADER: must be an HTTP header name, e.g. cf-connecting-ip',
    ]);
  });
});
