/**
 * Per-request DataLoaders: a list of N events asks for its ticket types in one statement, not N.
 * Created fresh for each request so nothing cached leaks between callers.
 */
import DataLoader from 'dataloader';
import type { TicketTypeEntity } from '../modules/tickets/ticket-type.entity';
import type { Services } from '../services';

export interface Loaders {
  activeTicketTypesByEventId: DataLoader<string, TicketTypeEntity[]>;
}

export function createLoaders(services: Services): Loaders {
  return {
    activeTicketTypesByEventId: new DataLoader(async (eventIds) => {
      const byEvent = await services.ticketTypes.activeByEventIds(eventIds);
      return eventIds.map((id) => byEvent.get(id) ?? []);
    }),
  };
}
