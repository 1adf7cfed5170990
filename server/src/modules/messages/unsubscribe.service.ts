/** Following an unsubscribe link (anonymous: the token is the authority; limited per client address). */
import type { RequestContext } from '../../common/request-context';
import type { AddressRateLimiter } from '../../db/address-rate-limiter';
import type { UnitOfWork } from '../../db/unit-of-work';
import { EventEntity } from '../events/event.entity';
import { findUnsubscribeLink, unsubscribeAddress } from './unsubscribe-links';

export type UnsubscribeOutcome =
  | { outcome: 'UNSUBSCRIBED'; eventTitle: string }
  | { outcome: 'UNKNOWN_LINK' }
  | { outcome: 'RATE_LIMITED'; retryAfterSeconds: number };

export class UnsubscribeService {
  constructor(
    private readonly uow: UnitOfWork,
    private readonly rateLimiter: AddressRateLimiter,
  ) {}

  /** Unsubscribes the link's address from its event's messages and reminders (again: no change). */
  async unsubscribe(ctx: RequestContext, token: string): Promise<UnsubscribeOutcome> {
    const verdict = await this.rateLimiter.consume(ctx.clientAddress);
    if (!verdict.allowed) return { outcome: 'RATE_LIMITED', retryAfterSeconds: verdict.retryAfterSeconds };
    return this.uow.withTransaction(ctx, async ({ manager }) => {
      const link = token.length <= 100 ? await findUnsubscribeLink(manager, token) : null;
      if (!link) return { outcome: 'UNKNOWN_LINK' as const };
      await unsubscribeAddress(manager, link);
      const event = await manager.findOneByOrFail(EventEntity, { id: link.eventId });
      return { outcome: 'UNSUBSCRIBED' as const, eventTitle: event.title };
    });
  }
}
