import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { captureLogs } from '../../../test/log-capture';
import { productionTestEnv } from '../../../test/production-env';
import { ConfigError, loadConfig, type Config } from '../../config';
import { createLogger } from '../../logger';
import { startPaymentProvider } from './payment-provider';

const logger = createLogger('silent');
const emptyRoot = () => fs.mkdtempSync(path.join(os.tmpdir(), 'evt-payments-config-'));

// Everything production needs except the PayPal settings under test.
const {
  PAYPAL_CLIENT_ID: _clientId,
  PAYPAL_CLIENT_SECRET: _clientSecret,
  PAYPAL_WEBHOOK_ID: _webhookId,
  ...PRODUCTION
} = { ...productionTestEnv, DATABASE_URL: 'postgres://db/shop' };

function problemsOf(env: Record<string, string>): string[] {
  try {
    loadConfig(env, emptyRoot());
  } catch (error) {
    if (error instanceof ConfigError) return error.problems;
    throw error;
  }
  throw new Error('expected a ConfigError');
}

describe('payment configuration', () => {
  it('runs in test mode, on the simulator, without PayPal credentials outside production', () => {
    const config = loadConfig({ NODE_ENV: 'development' }, emptyRoot());
    expect(config.payments).toEqual({
      testMode: true,
      paypal: null,
      simulator: { port: 0 },
      webhookId: undefined,
    });
  });

  it('refuses the simulator in production: PayPal credentials and webhook id are required', () => {
    expect(problemsOf(PRODUCTION)).toEqual([
      'PAYPAL_CLIENT_ID: is required in production (the PayPal simulator never runs in production)',
      'PAYPAL_CLIENT_SECRET: is required in production (the PayPal simulator never runs in production)',
      'PAYPAL_WEBHOOK_ID: is required in production (PayPal webhook events are verified against it)',
    ]);
  });

  it('selects real PayPal when both credentials are set', () => {
    const config = loadConfig(
      {
        ...PRODUCTION,
        PAYPAL_CLIENT_ID: 'id',
        PAYPAL_CLIENT_SECRET: 'secret',
        PAYPAL_ENVIRONMENT: 'live',
        PAYPAL_WEBHOOK_ID: 'WH-1',
      },
      emptyRoot(),
    );
    expect(config.payments).toEqual({
      testMode: false,
      paypal: { environment: 'live', clientId: 'id', clientSecret: 'secret' },
      simulator: null,
      webhookId: 'WH-1',
    });
  });

  it('refuses one credential without the other, and unknown environments, without echoing values', () => {
    const problems = problemsOf({
      NODE_ENV: 'development',
      PAYPAL_CLIENT_ID: 'id-value',
      PAYPAL_ENVIRONMENT: 'prod',
    });
    expect(problems).toEqual(['PAYPAL_ENVIRONMENT: must be sandbox or live']);
    expect(problemsOf({ NODE_ENV: 'development', PAYPAL_CLIENT_ID: 'id-value' })).toEqual([
      'PAYPAL_CLIENT_SECRET: set both PayPal credentials, or neither to use the built-in PayPal simulator',
    ]);
    expect(problemsOf({ NODE_ENV: 'development', PAYPAL_SIMULATOR_PORT: '99999' })).toEqual([
      'PAYPAL_SIMULATOR_PORT: must be a whole number from 0 to 65535',
    ]);
  });
});

describe('startPaymentProvider', () => {
  it('starts the simulator on loopback in test mode, with a gateway pointed at it', async () => {
    const provider = await startPaymentProvider(loadConfig({ NODE_ENV: 'test' }, emptyRoot()), logger);
    try {
      expect(provider.testMode).toBe(true);
      expect(provider.simulator?.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
      const created = await provider.gateway.createOrder({
        reference: 'BK-PROVIDER',
        description: 'One ticket',
        amountMinor: 1000,
        currency: 'EUR',
        returnUrl: 'http://127.0.0.1:1/return',
        cancelUrl: 'http://127.0.0.1:1/cancel',
        requestId: 'provider-test-1',
      });
      expect(created.approvalUrl.startsWith(`${provider.simulator!.url}/checkoutnow?token=`)).toBe(true);
    } finally {
      await provider.stop();
    }
  });

  it('uses real PayPal, without starting a simulator, when credentials are configured', async () => {
    const config = loadConfig(
      { NODE_ENV: 'development', PAYPAL_CLIENT_ID: 'id', PAYPAL_CLIENT_SECRET: 'secret' },
      emptyRoot(),
    );
    const provider = await startPaymentProvider(config, logger);
    expect(provider.testMode).toBe(false);
    expect(provider.simulator).toBeUndefined();
    await provider.stop();
  });

  it('says at start that a production configuration runs on the PayPal sandbox (staging)', async () => {
    const production = { ...productionTestEnv, DATABASE_URL: 'postgres://db/shop' };
    const staging = loadConfig(
      { ...production, PAYPAL_ENVIRONMENT: 'sandbox', PAYPAL_ALLOW_SANDBOX_IN_PRODUCTION: 'true' },
      emptyRoot(),
    );
    const log = captureLogs();
    await (await startPaymentProvider(staging, log.logger)).stop();
    const warnings = log.lines.map((line) => JSON.parse(line) as { level: number; msg: string });
    expect(warnings).toContainEqual(
      expect.objectContaining({ level: 40, msg: expect.stringMatching(/PayPal SANDBOX in production/) }),
    );

    const live = captureLogs();
    await (await startPaymentProvider(loadConfig(production, emptyRoot()), live.logger)).stop();
    expect(live.text()).not.toMatch(/SANDBOX/);
  });

  it('refuses to start the simulator for a production configuration, however it was made', async () => {
    const development = loadConfig({ NODE_ENV: 'development' }, emptyRoot());
    const forged = { ...development, env: 'production', isProduction: true } as Config;
    await expect(startPaymentProvider(forged, logger)).rejects.toBeInstanceOf(ConfigError);
  });
});
