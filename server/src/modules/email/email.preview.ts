import type { StoredAttachment } from './email-message.entity';

/**
 * The HTML of a message with its `cid:` image references replaced by data: URLs, so a browser (the
 * admin area's mail preview) shows what a mail client shows. Only exact cids of the message's own
 * attachments are replaced.
 */
export function inlineImagesAsDataUrls(html: string, attachments: StoredAttachment[]): string {
  const byCid = new Map(
    attachments
      .filter((attachment) => attachment.cid && attachment.contentType.startsWith('image/'))
      .map((attachment) => [
        attachment.cid!,
        `data:${attachment.contentType};base64,${attachment.contentBase64}`,
      ]),
  );
  return html.replace(/cid:([^"'\s>]+)/g, (match, cid: string) => byCid.get(cid) ?? match);
}
