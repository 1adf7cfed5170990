import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { ConfigError, loadConfig } from './config';

/** The PayPal settings production requires. */
const PAYPAL_LIVE = {
  PAYPAL_CLIENT_ID: 'live-client-id',
  PAYPAL_CLIENT_SECRET: 'live-client-secret',
  PAYPAL_ENVIRONMENT: 'live',
  PAYPAL_WEBHOOK_ID: 'WH-LIVE',
};

const emptyRoot = () => fs.mkdtempSync(path.join(os.tmpdir(), 'evt-config-'));

function configError(env: Record<string, string>, root = emptyRoot()): ConfigError {
  try {
    loadConfig(env, root);
  } catch (error) {
    if (error instanceof ConfigError) return error;
    throw error;
  }
  throw new Error('expected a ConfigError');
}

describe('configuration', () => {
  it('runs on defaults alone in development: embedded database, demo data, Sandbox', () => {
    const config = loadConfig({ NODE_ENV: 'development' }, emptyRoot());
    expect(config.api.port).toBe(4400);
    expect(config.site.port).toBe(3400);
    expect(config.database.url).toBeUndefined();
    expect(config.seedDemoData).toBe(true);
    expect(config.graphql.explorer).toBe('sandbox');
    expect(config.graphql.introspection).toBe(true);
    expect(config.site.publicUrl).toBe('http://localhost:3400');
  });

  it('lists every missing or invalid variable in one message, without echoing values', () => {
    const error = configError({
      NODE_ENV: 'development',
      API_PORT: 'eighty',
      PORT: '70000',
      DATABASE_URL: 'mysql://root:hunter2@db/shop',
      LOG_LEVEL: 'loud',
      GRAPHQL_INTROSPECTION: 'maybe',
    });
    expect(error.problems).toEqual([
      'API_PORT: must be a whole number from 0 to 65535',
      'PORT: must be a whole number from 0 to 65535',
      'DATABASE_URL: must be a postgres:// or postgresql:// URL',
      'LOG_LEVEL: must be one of fatal, error, warn, info, debug, trace, silent',
      'GRAPHQL_INTROSPECTION: must be true or false',
    ]);
    expect(error.message).toMatch(/^Invalid configuration:\n {2}- API_PORT/);
    expect(error.message).not.toContain('hunter2');
  });

  it('refuses production without a database URL, a public URL, PayPal credentials and SMTP settings', () => {
    const error = configError({ NODE_ENV: 'production' });
    expect(error.problems.map((problem) => problem.split(':')[0])).toEqual([
      'DATABASE_URL',
      'PUBLIC_URL',
      'PAYPAL_CLIENT_ID',
      'PAYPAL_CLIENT_SECRET',
      'PAYPAL_WEBHOOK_ID',
      'SMTP_URL',
    ]);
  });

  it('turns Sandbox, introspection and demo data off in production', () => {
    const config = loadConfig(
      {
        NODE_ENV: 'production',
        DATABASE_URL: 'postgres://db/shop',
        PUBLIC_URL: 'https://tickets.example.org/',
        ...PAYPAL_LIVE,
        SMTP_URL: 'smtp://mail.example.org:587',
      },
      emptyRoot(),
    );
    expect(config.graphql.explorer).toBe('off');
    expect(config.graphql.introspection).toBe(false);
    expect(config.seedDemoData).toBe(false);
    expect(config.site.publicUrl).toBe('https://tickets.example.org');
  });

  describe('PayPal sandbox in production', () => {
    const production = {
      NODE_ENV: 'production',
      DATABASE_URL: 'postgres://db/shop',
      PUBLIC_URL: 'https://tickets.example.org',
      SMTP_URL: 'smtp://mail.example.org:587',
      ...PAYPAL_LIVE,
    };

    it('is refused, with how a staging deployment allows it', () => {
      const error = configError({ ...production, PAYPAL_ENVIRONMENT: 'sandbox' });
      expect(error.problems).toEqual([
        'PAYPAL_ENVIRONMENT: must be live in production (the sandbox takes no real money); ' +
          'a staging deployment sets PAYPAL_ALLOW_SANDBOX_IN_PRODUCTION=true',
      ]);
      expect(error.message).not.toContain(PAYPAL_LIVE.PAYPAL_CLIENT_SECRET);
      expect(
        configError({
          ...production,
          PAYPAL_ENVIRONMENT: 'sandbox',
          PAYPAL_ALLOW_SANDBOX_IN_PRODUCTION: 'false',
        }).problems,
      ).toHaveLength(1);
    });

    it('runs with PAYPAL_ALLOW_SANDBOX_IN_PRODUCTION=true (staging)', () => {
      const config = loadConfig(
        { ...production, PAYPAL_ENVIRONMENT: 'sandbox', PAYPAL_ALLOW_SANDBOX_IN_PRODUCTION: 'true' },
        emptyRoot(),
      );
      expect(config.payments.paypal?.environment).toBe('sandbox');
    });

    it('defaults to live in production and to the sandbox elsewhere', () => {
      const { PAYPAL_ENVIRONMENT: _environment, ...unset } = production;
      expect(loadConfig(unset, emptyRoot()).payments.paypal?.environment).toBe('live');
      const development = loadConfig(
        { NODE_ENV: 'development', PAYPAL_CLIENT_ID: 'id', PAYPAL_CLIENT_SECRET: 'secret' },
        emptyRoot(),
      );
      expect(development.payments.paypal?.environment).toBe('sandbox');
    });

    it('refuses a flag that is not true or false', () => {
      expect(configError({ ...production, PAYPAL_ALLOW_SANDBOX_IN_PRODUCTION: 'staging' }).problems).toEqual([
        'PAYPAL_ALLOW_SANDBOX_IN_PRODUCTION: must be true or false',
      ]);
    });
  });

  it('reads .env.local in development, and real environment variables win over it', () => {
    const root = emptyRoot();
    fs.writeFileSync(path.join(root, '.env.local'), 'API_PORT=4555\nPORT=3555\n');
    const config = loadConfig({ NODE_ENV: 'development', PORT: '3999' }, root);
    expect(config.api.port).toBe(4555);
    expect(config.site.port).toBe(3999);
  });

  it('reads .env.production, not .env.local, when NODE_ENV=production', () => {
    const root = emptyRoot();
    fs.writeFileSync(path.join(root, '.env.local'), 'DATABASE_URL=postgres://local/dev\n');
    fs.writeFileSync(
      path.join(root, '.env.production'),
      'DATABASE_URL=postgres://prod/shop\nPUBLIC_URL=https://tickets.example.org\nSMTP_URL=smtp://mail.example.org\n',
    );
    const config = loadConfig({ NODE_ENV: 'production', ...PAYPAL_LIVE }, root);
    expect(config.database.url).toBe('postgres://prod/shop');
  });

  it('holds seats 15 minutes (30 at PayPal, 45 in all) and runs the job worker unless told otherwise', () => {
    const defaults = loadConfig({ NODE_ENV: 'development' }, emptyRoot());
    expect(defaults.bookings).toEqual({
      holdMinutes: 15,
      paymentHoldMinutes: 30,
      holdMaxMinutes: 45,
      openLimits: { perEmail: 3, perAddress: 8, seatsFactor: 2 },
      rateLimit: { points: 30, windowSeconds: 600 },
      catalogSnapshotMs: 1000,
      admission: { concurrency: 4, queueLimit: 500 },
    });
    expect(defaults.email.maxPerRecipientPerHour).toBe(20);
    expect(defaults.jobs).toEqual({ enabled: true, expirySweepSeconds: 15, messagesSweepSeconds: 20 });

    const tuned = loadConfig(
      {
        NODE_ENV: 'development',
        BOOKING_HOLD_MINUTES: '5',
        BOOKING_PAYMENT_HOLD_MINUTES: '20',
        BOOKING_CATALOG_SNAPSHOT_MS: '0',
        BOOKING_CONCURRENCY: '1',
        BOOKING_QUEUE_LIMIT: '0',
        JOBS_ENABLED: 'false',
        JOBS_EXPIRY_SWEEP_SECONDS: '0',
        JOBS_MESSAGES_SWEEP_SECONDS: '0',
      },
      emptyRoot(),
    );
    expect(tuned.bookings).toMatchObject({
      holdMinutes: 5,
      paymentHoldMinutes: 20,
      catalogSnapshotMs: 0,
      admission: { concurrency: 1, queueLimit: 0 },
    });
    expect(() =>
      loadConfig({ NODE_ENV: 'development', BOOKING_HOLD_MAX_MINUTES: '10' }, emptyRoot()),
    ).toThrow('BOOKING_HOLD_MAX_MINUTES: must be at least BOOKING_HOLD_MINUTES');
    expect(tuned.jobs).toEqual({ enabled: false, expirySweepSeconds: 0, messagesSweepSeconds: 0 });
  });

  it('reminds unsigned attendees 72 h and 24 h before an event unless told otherwise', () => {
    expect(loadConfig({ NODE_ENV: 'development' }, emptyRoot()).waivers).toEqual({ reminderHours: [72, 24] });
    const tuned = loadConfig({ NODE_ENV: 'development', WAIVER_REMINDER_HOURS: ' 2, 48,2 ' }, emptyRoot());
    expect(tuned.waivers).toEqual({ reminderHours: [48, 2] });
    for (const bad of ['0', '24,', 'a day', '-1', '1.5']) {
      expect(configError({ NODE_ENV: 'development', WAIVER_REMINDER_HOURS: bad }).problems).toEqual([
        'WAIVER_REMINDER_HOURS: must be whole hours above 0, separated by commas, e.g. 72,24',
      ]);
    }
  });

  it('refuses hold times and job settings out of range', () => {
    const error = configError({
      NODE_ENV: 'development',
      BOOKING_HOLD_MINUTES: '0',
      BOOKING_PAYMENT_HOLD_MINUTES: 'ten',
      JOBS_ENABLED: 'sometimes',
      JOBS_EXPIRY_SWEEP_SECONDS: '-1',
    });
    expect(error.problems.map((problem) => problem.split(':')[0])).toEqual([
      'BOOKING_HOLD_MINUTES',
      'BOOKING_PAYMENT_HOLD_MINUTES',
      'JOBS_ENABLED',
      'JOBS_EXPIRY_SWEEP_SECONDS',
    ]);
  });

  it('keeps processed PayPal webhook event ids 90 days unless told otherwise, and never under 4', () => {
    expect(loadConfig({ NODE_ENV: 'development' }, emptyRoot()).retention).toEqual({
      paypalWebhookEventDays: 90,
      webhookLogDays: 30,
    });
    const tuned = loadConfig(
      { NODE_ENV: 'development', PAYPAL_WEBHOOK_EVENT_RETENTION_DAYS: '4' },
      emptyRoot(),
    );
    expect(tuned.retention.paypalWebhookEventDays).toBe(4);
    const error = configError({ NODE_ENV: 'development', PAYPAL_WEBHOOK_EVENT_RETENTION_DAYS: '3' });
    expect(error.problems).toEqual([
      'PAYPAL_WEBHOOK_EVENT_RETENTION_DAYS: must be a whole number from 4 to 3650',
    ]);
  });

  it('is frozen', () => {
    const config = loadConfig({ NODE_ENV: 'development' }, emptyRoot());
    expect(Object.isFrozen(config)).toBe(true);
    expect(Object.isFrozen(config.graphql)).toBe(true);
  });
  it('signs admins in with 2 h idle and 12 h absolute sessions, 5 failures per 15 minutes per address and 100 an hour per account by default', () => {
    const config = loadConfig({ NODE_ENV: 'development' }, emptyRoot());
    expect(config.auth.session).toEqual({
      idleTimeoutMs: 2 * 60 * 60 * 1000,
      absoluteTimeoutMs: 12 * 60 * 60 * 1000,
      cookieName: 'evt_session',
      cookieSecure: false,
    });
    expect(config.auth.login).toEqual({
      maxFailures: 5,
      failureWindowSeconds: 15 * 60,
      accountMaxFailures: 100,
      accountFailureWindowSeconds: 60 * 60,
      maxDelaySeconds: 15 * 60,
    });
    expect(config.auth.initialAdmin).toBeUndefined();
  });

  it('refuses ADMIN_EMAIL without a password, and a short ADMIN_PASSWORD, without echoing it', () => {
    expect(configError({ NODE_ENV: 'development', ADMIN_EMAIL: 'boss@example.com' }).problems).toEqual([
      'ADMIN_PASSWORD: is required with ADMIN_EMAIL',
    ]);
    const error = configError({ NODE_ENV: 'development', ADMIN_EMAIL: 'boss', ADMIN_PASSWORD: 'hunter2' });
    expect(error.problems).toEqual([
      'ADMIN_EMAIL: must be an e-mail address',
      'ADMIN_PASSWORD: must be at least 12 characters',
    ]);
    expect(error.message).not.toContain('hunter2');
  });
});
