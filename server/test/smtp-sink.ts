/**
 * A real SMTP server on loopback for tests: it accepts every message (or rejects them with a chosen
 * reply code), parses each with mailparser and keeps it. It can be stopped and started again on the
 * same port, as a mail server that goes down and comes back.
 *
 *   const sink = await startSmtpSink();          // SMTP_URL: sink.url
 *   const [mail] = await sink.waitForMessages(1);
 *   mail.subject; mail.html; mail.attachments;   // cid: links in the HTML are kept as they were sent
 *   await sink.stop(); ... await sink.start();   // down, then back on the same port
 *   sink.rejectWith(451);                        // 4xx: try again later; 5xx: refused for good
 */
import type { AddressInfo } from 'node:net';
import { simpleParser, type AddressObject, type ParsedMail } from 'mailparser';
import { SMTPServer } from 'smtp-server';

export interface ReceivedAttachment {
  filename: string | undefined;
  contentType: string;
  /** Content-ID without angle brackets (inline images), else undefined. */
  cid: string | undefined;
  content: Buffer;
}

export interface ReceivedMail {
  /** Envelope recipients (RCPT TO). */
  recipients: string[];
  /** Envelope sender (MAIL FROM). */
  sender: string;
  /** Addresses of the To header. */
  to: string[];
  from: string | undefined;
  replyTo: string[];
  subject: string | undefined;
  messageId: string | undefined;
  /** The HTML part as sent (cid: links not replaced); undefined without one. */
  html: string | undefined;
  text: string | undefined;
  attachments: ReceivedAttachment[];
  headers: ParsedMail['headers'];
  raw: Buffer;
}

export interface SmtpSink {
  readonly port: number;
  /** smtp://127.0.0.1:<port>, for SMTP_URL. */
  readonly url: string;
  /** Every message accepted so far, in order of arrival. */
  readonly messages: ReceivedMail[];
  readonly running: boolean;
  /** Resolves with the messages once at least `count` have arrived; rejects after `timeoutMs`. */
  waitForMessages(count: number, timeoutMs?: number): Promise<ReceivedMail[]>;
  /** From now on, refuse each message with this SMTP reply code (e.g. 451, 550); null accepts again. */
  rejectWith(code: number | null, message?: string): void;
  /** Stops listening (connections are refused), keeping the port and the messages. */
  stop(): Promise<void>;
  /** Listens again on the same port. */
  start(): Promise<void>;
  /** Forgets the messages received so far. */
  clear(): void;
  close(): Promise<void>;
}

function addresses(header: AddressObject | AddressObject[] | undefined): string[] {
  const objects = header === undefined ? [] : Array.isArray(header) ? header : [header];
  return objects.flatMap((object) => object.value.map((entry) => entry.address ?? '')).filter(Boolean);
}

export async function startSmtpSink(options: { port?: number } = {}): Promise<SmtpSink> {
  const messages: ReceivedMail[] = [];
  const waiters = new Set<() => void>();
  let rejection: { code: number; message: string } | null = null;
  let server: SMTPServer | null = null;
  let port = options.port ?? 0;

  const notify = () => {
    for (const waiter of [...waiters]) waiter();
  };

  function createServer(): SMTPServer {
    return new SMTPServer({
      // Plain SMTP on loopback: no TLS (and so no built-in test certificate), no login.
      disabledCommands: ['STARTTLS', 'AUTH'],
      authOptional: true,
      logger: false,
      closeTimeout: 500,
      onData(stream, session, callback) {
        const chunks: Buffer[] = [];
        stream.on('data', (chunk: Buffer) => chunks.push(chunk));
        stream.on('error', callback);
        stream.on('end', () => {
          if (rejection) {
            const error = Object.assign(new Error(rejection.message), { responseCode: rejection.code });
            callback(error);
            return;
          }
          const raw = Buffer.concat(chunks);
          simpleParser(raw, { keepCidLinks: true }).then(
            (parsed) => {
              messages.push({
                recipients: session.envelope.rcptTo.map((address) => address.address),
                sender: session.envelope.mailFrom ? session.envelope.mailFrom.address : '',
                to: addresses(parsed.to),
                from: addresses(parsed.from)[0],
                replyTo: addresses(parsed.replyTo),
                subject: parsed.subject,
                messageId: parsed.messageId,
                html: parsed.html || undefined,
                text: parsed.text,
                attachments: parsed.attachments.map((attachment) => ({
                  filename: attachment.filename,
                  contentType: attachment.contentType,
                  cid: attachment.cid,
                  content: attachment.content,
                })),
                headers: parsed.headers,
                raw,
              });
              // Accept only once the message is recorded: a sender's success means the test can see it.
              callback();
              notify();
            },
            (error: Error) => callback(error),
          );
        });
      },
    });
  }

  async function start(): Promise<void> {
    if (server) return;
    const next = createServer();
    await new Promise<void>((resolve, reject) => {
      next.once('error', reject);
      next.listen(port, '127.0.0.1', () => {
        next.off('error', reject);
        resolve();
      });
    });
    port = (next.server.address() as AddressInfo).port;
    server = next;
  }

  async function stop(): Promise<void> {
    const current = server;
    if (!current) return;
    server = null;
    await new Promise<void>((resolve) => current.close(() => resolve()));
  }

  await start();

  return {
    get port() {
      return port;
    },
    get url() {
      return `smtp://127.0.0.1:${port}`;
    },
    messages,
    get running() {
      return server !== null;
    },
    waitForMessages(count, timeoutMs = 5000) {
      if (messages.length >= count) return Promise.resolve([...messages]);
      return new Promise((resolve, reject) => {
        const waiter = () => {
          if (messages.length < count) return;
          clearTimeout(timer);
          waiters.delete(waiter);
          resolve([...messages]);
        };
        const timer = setTimeout(() => {
          waiters.delete(waiter);
          reject(new Error(`expected ${count} messages within ${timeoutMs} ms, got ${messages.length}`));
        }, timeoutMs);
        waiters.add(waiter);
      });
    },
    rejectWith(code, message) {
      rejection =
        code === null
          ? null
          : { code, message: message ?? (code >= 500 ? 'Rejected for good' : 'Try again later') };
    },
    stop,
    start,
    clear() {
      messages.length = 0;
    },
    close: stop,
  };
}
