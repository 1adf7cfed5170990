import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { productionTestEnv } from '../../../test/production-env';
import { ConfigError, loadConfig } from '../../config';

const emptyRoot = () => fs.mkdtempSync(path.join(os.tmpdir(), 'evt-email-config-'));
// Everything production needs except the e-mail settings under test.
const { SMTP_URL: _smtpUrl, ...production } = { ...productionTestEnv, DATABASE_URL: 'postgres://db/shop' };

function problemsOf(env: Record<string, string>): string[] {
  try {
    loadConfig(env, emptyRoot());
  } catch (error) {
    if (error instanceof ConfigError) return error.problems;
    throw error;
  }
  throw new Error('expected a ConfigError');
}

describe('e-mail configuration', () => {
  it('defaults to mail preview outside production, with a local sender and no organiser notices', () => {
    const { email } = loadConfig({ NODE_ENV: 'development' }, emptyRoot());
    expect(email).toEqual({
      mode: 'PREVIEW',
      smtpUrl: undefined,
      from: 'Tickets <tickets@localhost>',
      organiserAddress: null,
      maxAttempts: 10,
      maxPerRecipientPerHour: 20,
    });
  });

  it('sends through SMTP when SMTP_URL is set', () => {
    const { email } = loadConfig(
      {
        ...production,
        SMTP_URL: 'smtps://mailer:s3cret@smtp.example.org:465',
        MAIL_FROM: 'Spring Tickets <tickets@example.org>',
        ORGANISER_EMAIL: 'organiser@example.org',
        EMAIL_MAX_ATTEMPTS: '4',
        EMAIL_MAX_PER_RECIPIENT_PER_HOUR: '20',
      },
      emptyRoot(),
    );
    expect(email).toEqual({
      mode: 'SMTP',
      smtpUrl: 'smtps://mailer:s3cret@smtp.example.org:465',
      from: 'Spring Tickets <tickets@example.org>',
      organiserAddress: 'organiser@example.org',
      maxAttempts: 4,
      maxPerRecipientPerHour: 20,
    });
  });

  it('refuses to start in production without SMTP settings', () => {
    expect(problemsOf(production)).toEqual([
      'SMTP_URL: is required in production (without it e-mails are only kept for preview)',
    ]);
  });

  it('names each bad e-mail setting without echoing its value (an SMTP URL holds a password)', () => {
    const problems = problemsOf({
      NODE_ENV: 'development',
      SMTP_URL: 'http://mailer:hunter2@smtp.example.org',
      MAIL_FROM: 'not an address',
      ORGANISER_EMAIL: 'organiser@',
      EMAIL_MAX_ATTEMPTS: '0',
    });
    expect(problems).toEqual([
      'SMTP_URL: must be an smtp:// or smtps:// URL',
      'MAIL_FROM: must be an e-mail address, optionally as "Name <address>"',
      'ORGANISER_EMAIL: must be an e-mail address, optionally as "Name <address>"',
      'EMAIL_MAX_ATTEMPTS: must be a whole number from 1 to 100',
    ]);
    expect(problems.join('\n')).not.toContain('hunter2');
  });
});
