/**
 * SMTP failures with credentials in SMTP_URL: neither the outbox row (last_error), nor the error the
 * job queue stores, nor a log line carries the password, whatever the server or the socket did.
 */
import net from 'node:net';
import { serializeError } from 'serialize-error';
import { SMTPServer } from 'smtp-server';
import type { DataSource } from 'typeorm';
import { waiverRequest } from '../../../test/email-views';
import { testContext, testJobContext } from '../../../test/context';
import { captureLogs } from '../../../test/log-capture';
import { listenOnLoopback, type LoopbackServer } from '../../../test/loopback-server';
import { createMigratedTestDatabase, type TestDatabase } from '../../../test/test-database';
import { createDataSource } from '../../db/data-source';
import { UnitOfWork } from '../../db/unit-of-work';
import { deliverEmailJob } from '../../jobs/deliver-email.job';
import type { Services } from '../../services';
import { EmailMessageEntity, EmailStatus } from './email-message.entity';
import { EmailService } from './email.service';
import { renderWaiverRequest } from './email.templates';
import { createSmtpTransport } from './email.transport';

const USER = 'mailer';
const PASSWORD = 's3cret+Sm7p/Pw-41';
const PLAIN = Buffer.from(`\0${USER}\0${PASSWORD}`).toString('base64');

let database: TestDatabase;
let dataSource: DataSource;

beforeAll(async () => {
  database = await createMigratedTestDatabase();
  dataSource = createDataSource({ url: database.url, poolSize: 3 });
  await dataSource.initialize();
});

afterAll(async () => {
  await dataSource.destroy();
  await database.drop();
});

/** Resets every connection. */
const resetting = () => listenOnLoopback(net.createServer((socket) => socket.resetAndDestroy()));

/** A real SMTP server (smtp-server) that refuses the credentials. */
async function refusingLogin(): Promise<LoopbackServer> {
  const smtp = new SMTPServer({
    disabledCommands: ['STARTTLS'],
    allowInsecureAuth: true,
    logger: false,
    onAuth: (_auth, _session, callback) => callback(new Error('Invalid username or password')),
  });
  return listenOnLoopback(smtp.server);
}

/** A server that refuses AUTH by quoting the command it got, as some do with a line they reject. */
const echoingAuth = () =>
  listenOnLoopback(
    net.createServer((socket) => {
      socket.write('220 mail.example.org ESMTP\r\n');
      socket.on('data', (data) => {
        for (const line of String(data).split('\r\n').filter(Boolean)) {
          if (/^EHLO/i.test(line)) socket.write('250-mail.example.org\r\n250 AUTH PLAIN LOGIN\r\n');
          else if (/^AUTH/i.test(line)) socket.write(`535 5.7.8 Authentication failed: ${line}\r\n`);
          else socket.write('502 5.5.2 Error: command not recognized\r\n');
        }
      });
    }),
  );

function expectNoPassword(text: string) {
  expect(text).not.toContain(PASSWORD);
  expect(text).not.toContain(encodeURIComponent(PASSWORD));
  expect(text).not.toContain(PLAIN);
  expect(text).not.toContain(Buffer.from(PASSWORD).toString('base64'));
}

describe.each<[string, () => Promise<LoopbackServer>, RegExp]>([
  ['resets every connection', resetting, /ECONNRESET|ESOCKET/],
  ['refuses the login', refusingLogin, /535/],
  ['quotes the AUTH command it refuses', echoingAuth, /535/],
])('an SMTP server that %s', (_name, start, expected) => {
  let server: LoopbackServer;

  beforeAll(async () => {
    server = await start();
  });

  afterAll(() => server.close());

  it('leaves no credential in last_error, the job error or the log', async () => {
    const smtpUrl = `smtp://${USER}:${encodeURIComponent(PASSWORD)}@127.0.0.1:${server.port}`;
    const transport = createSmtpTransport(smtpUrl, 'Tickets <tickets@example.org>');
    const uow = new UnitOfWork(dataSource);
    const email = new EmailService(dataSource, uow, {
      transport,
      maxAttempts: 5,
      maxPerRecipientPerHour: 100,
    });
    const rendered = await renderWaiverRequest(waiverRequest());
    const id = await uow.withTransaction(testContext(), (tx) =>
      email.enqueue(tx, rendered, `waiver:${_name}`),
    );
    const log = captureLogs();

    let thrown: unknown;
    try {
      await email.deliver(testContext(), id);
    } catch (error) {
      thrown = error;
    }
    expect(String(thrown)).toMatch(expected);
    // What pg-boss keeps as the failed job's output, and a log line about it.
    const stored = JSON.stringify(serializeError(thrown));
    log.logger.warn({ err: thrown }, 'e-mail delivery failed');

    // The last retry: the job gives up, keeps the message as FAILED and logs why (a permanent refusal
    // was kept as FAILED at once: nothing is left to send).
    const context = testJobContext({ email } as unknown as Services, log.logger);
    await deliverEmailJob.handle({ emailId: id }, context, { id: 'job-1', retryCount: 12, retryLimit: 12 });

    const row = await dataSource.getRepository(EmailMessageEntity).findOneByOrFail({ id });
    expect(row.status).toBe(EmailStatus.FAILED);
    expect(row.lastError).toMatch(expected);
    expect(log.text()).toMatch(expected);
    expect(log.lines.length).toBeGreaterThanOrEqual(1);
    expectNoPassword(row.lastError ?? '');
    expectNoPassword(stored);
    expectNoPassword(log.text());
    transport.close();
  });
});
