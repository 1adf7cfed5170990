/**
 * Per-request DataLoaders: a list of N events asks for its ticket types in one statement, not N (and
 * a booking's tickets for their waivers).
 * Created fresh for each request so nothing cached leaks between callers.
 */
import DataLoader from 'dataloader';
import type { RequestContext } from '../common/request-context';
import type { TicketTypeEntity } from '../modules/tickets/ticket-type.entity';
import type { TicketWaiver } from '../modules/waivers/waivers.types';
import type { Services } from '../services';

export interface Loaders {
  activeTicketTypesByEventId: DataLoader<string, TicketTypeEntity[]>;
  /** A booking's tickets ask for their waiver status in one statement. */
  waiverByTicketId: DataLoader<string, TicketWaiver | null>;
}

/** The request's loaders: they read through the services with the request's context. */
export function createLoaders(services: Services, ctx: RequestContext): Loaders {
  return {
    activeTicketTypesByEventId: new DataLoader(async (eventIds) => {
      const byEvent = await services.ticketTypes.activeByEventIds(ctx, eventIds);
      return eventIds.map((id) => byEvent.get(id) ?? []);
    }),
    waiverByTicketId: new DataLoader(async (ticketIds) => {
      const byTicket = await services.waiverViews.ticketWaivers(ctx, ticketIds);
      return ticketIds.map((id) => byTicket.get(id) ?? null);
    }),
  };
}
