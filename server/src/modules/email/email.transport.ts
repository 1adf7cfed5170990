/**
 * Where delivered messages go: an SMTP server (nodemailer), or nowhere in mail-preview mode, where
 * the outbox row itself is the result and admins read it there.
 */
import type { Transporter } from 'nodemailer';
import { reduceError } from '../../common/safe-error';
import type { Config } from '../../config';
import type { StoredAttachment } from './email-message.entity';

export interface OutgoingMail {
  /** The outbox row's id; also makes the Message-ID, so a repeated send is recognisable downstream. */
  id: string;
  to: string[];
  replyTo: string | null;
  subject: string;
  html: string;
  text: string;
  attachments: StoredAttachment[];
  /** Sent as the List-Unsubscribe header when set. */
  listUnsubscribeUrl?: string | null;
}

export interface MailTransport {
  readonly mode: 'SMTP' | 'PREVIEW';
  /** Resolves once the server accepted the message; rejects with the server's (or socket's) error. */
  send(mail: OutgoingMail): Promise<{ response: string | null }>;
  close(): void;
}

/** An SMTP error that retrying cannot fix (a 5xx reply other than 503, as nodemailer classifies it). */
export function isPermanentFailure(error: unknown): boolean {
  return Boolean(error && typeof error === 'object' && (error as { permanent?: unknown }).permanent === true);
}

/**
 * The credentials in an SMTP URL as they may show up in an error (an SMTP reply that echoes the AUTH
 * command): as written, decoded, and base64-encoded the ways AUTH PLAIN and AUTH LOGIN send them.
 */
export function smtpSecrets(smtpUrl: string): string[] {
  let url: URL;
  try {
    url = new URL(smtpUrl);
  } catch {
    return [];
  }
  if (!url.password) return [];
  const user = decodeURIComponent(url.username);
  const password = decodeURIComponent(url.password);
  const base64 = (text: string) => Buffer.from(text).toString('base64');
  return [
    url.password,
    password,
    base64(password),
    base64(`\0${user}\0${password}`),
    base64(`${user}\0${user}\0${password}`),
  ];
}

function domainOf(address: string): string {
  return /@([^\s@<>]+)>?\s*$/.exec(address)?.[1] ?? 'localhost';
}

export function createSmtpTransport(smtpUrl: string, from: string): MailTransport {
  // nodemailer (~20 MB) is loaded by the first send: only the process running the jobs sends.
  let transporter: Promise<Transporter> | undefined;
  const connect = () =>
    (transporter ??= import('nodemailer').then(({ createTransport }) =>
      createTransport({
        url: smtpUrl,
        // nodemailer's defaults (2 min to connect, 10 min idle) would hold a delivery claim far too long.
        connectionTimeout: 15_000,
        greetingTimeout: 15_000,
        socketTimeout: 60_000,
      }),
    ));
  const messageIdDomain = domainOf(from);
  const secrets = smtpSecrets(smtpUrl);
  return {
    mode: 'SMTP',
    async send(mail) {
      const transport = await connect();
      const info = await transport
        .sendMail({
          from,
          to: mail.to,
          replyTo: mail.replyTo ?? undefined,
          subject: mail.subject,
          html: mail.html,
          text: mail.text,
          messageId: `<${mail.id}@${messageIdDomain}>`,
          headers: {
            'Auto-Submitted': 'auto-generated',
            // Mail clients show an "unsubscribe" action: one-click (RFC 8058) POSTs to the link, which
            // the site takes from any origin (client/src/lib/server/form-origin.ts); others open it (a
            // page with one button).
            ...(mail.listUnsubscribeUrl
              ? {
                  'List-Unsubscribe': `<${mail.listUnsubscribeUrl}>`,
                  'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click',
                }
              : {}),
          },
          attachments: mail.attachments.map((attachment) => ({
            filename: attachment.filename,
            contentType: attachment.contentType,
            content: Buffer.from(attachment.contentBase64, 'base64'),
            ...(attachment.cid ? { cid: attachment.cid, contentDisposition: 'inline' as const } : {}),
          })),
        })
        .catch((error: unknown) => {
          // Reduced (credentials cut out), keeping whether retrying can help.
          throw Object.assign(reduceError(error, { secrets }), { permanent: isPermanentFailure(error) });
        });
      return { response: typeof info.response === 'string' ? info.response : null };
    },
    close() {
      void transporter?.then((opened) => opened.close());
    },
  };
}

/** Mail preview: nothing leaves the machine. */
export function createPreviewTransport(): MailTransport {
  return {
    mode: 'PREVIEW',
    async send() {
      return { response: null };
    },
    close() {},
  };
}

export function createMailTransport(email: Config['email']): MailTransport {
  return email.mode === 'SMTP' && email.smtpUrl
    ? createSmtpTransport(email.smtpUrl, email.from)
    : createPreviewTransport();
}
