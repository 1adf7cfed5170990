/**
 * Unsubscribing from an event's messages and reminders. Each message or reminder carries a link of its
 * own, minted as it is written (256 random bits; only the SHA-256 is stored, like booking links), which
 * names the event and the address. Following it adds the address to the event's unsubscribes;
 * recipient queries (message-recipients.ts) leave such addresses out. Transactional e-mails still go.
 */
import type { EntityManager } from 'typeorm';
import { hashSecretToken, newSecretToken } from '../../common/secret-token';
import { recipientKey } from '../email/email.service';
import { EventUnsubscribeEntity, UnsubscribeLinkEntity } from './unsubscribe.entity';

/** The site's page that unsubscribes (a button; mail clients' one-click POST goes there too). */
export function unsubscribeUrl(publicUrl: string, token: string): string {
  return `${publicUrl}/unsubscribe/${encodeURIComponent(token)}`;
}

/** Makes a new unsubscribe link for the address and event (in the caller's transaction). */
export async function mintUnsubscribeLink(
  manager: EntityManager,
  eventId: string,
  address: string,
): Promise<string> {
  const token = newSecretToken(32);
  await manager.insert(UnsubscribeLinkEntity, {
    tokenHash: hashSecretToken(token),
    eventId,
    addressKey: recipientKey(address),
  });
  return token;
}

/** The link a token is, or null. */
export function findUnsubscribeLink(
  manager: EntityManager,
  token: string,
): Promise<UnsubscribeLinkEntity | null> {
  return manager.findOneBy(UnsubscribeLinkEntity, { tokenHash: hashSecretToken(token) });
}

/** Records the unsubscribe (again is harmless). */
export async function unsubscribeAddress(
  manager: EntityManager,
  link: Pick<UnsubscribeLinkEntity, 'eventId' | 'addressKey'>,
): Promise<void> {
  await manager
    .createQueryBuilder()
    .insert()
    .into(EventUnsubscribeEntity)
    .values({ eventId: link.eventId, addressKey: link.addressKey })
    .orIgnore()
    .execute();
}
