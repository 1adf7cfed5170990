/**
 * Where delivered messages go: an SMTP server (nodemailer), or nowhere in mail-preview mode, where
 * the outbox row itself is the result and admins read it there.
 */
import nodemailer from 'nodemailer';
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

function domainOf(address: string): string {
  return /@([^\s@<>]+)>?\s*$/.exec(address)?.[1] ?? 'localhost';
}

export function createSmtpTransport(smtpUrl: string, from: string): MailTransport {
  const transporter = nodemailer.createTransport({
    url: smtpUrl,
    // nodemailer's defaults (2 min to connect, 10 min idle) would hold a delivery claim far too long.
    connectionTimeout: 15_000,
    greetingTimeout: 15_000,
    socketTimeout: 60_000,
  });
  const messageIdDomain = domainOf(from);
  return {
    mode: 'SMTP',
    async send(mail) {
      const info = await transporter.sendMail({
        from,
        to: mail.to,
        replyTo: mail.replyTo ?? undefined,
        subject: mail.subject,
        html: mail.html,
        text: mail.text,
        messageId: `<${mail.id}@${messageIdDomain}>`,
        headers: { 'Auto-Submitted': 'auto-generated' },
        attachments: mail.attachments.map((attachment) => ({
          filename: attachment.filename,
          contentType: attachment.contentType,
          content: Buffer.from(attachment.contentBase64, 'base64'),
          ...(attachment.cid ? { cid: attachment.cid, contentDisposition: 'inline' as const } : {}),
        })),
      });
      return { response: typeof info.response === 'string' ? info.response : null };
    },
    close() {
      transporter.close();
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
