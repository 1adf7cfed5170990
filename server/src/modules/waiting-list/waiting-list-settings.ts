/** An event's waiting-list settings, with the defaults for an event that has no row. */
import type { EntityManager } from 'typeorm';
import { WaitingListSettingsEntity } from './waiting-list-entry.entity';

export interface WaitingListSettingsValues {
  eventId: string;
  enabled: boolean;
  autoOffer: boolean;
  offerHours: number;
}

/** The defaults (make_waiting_list_offers.sql reads the same with coalesce). */
export const DEFAULT_WAITING_LIST_SETTINGS = { enabled: true, autoOffer: true, offerHours: 24 } as const;

export async function readWaitingListSettings(
  manager: EntityManager,
  eventId: string,
): Promise<WaitingListSettingsValues> {
  const row = await manager.findOneBy(WaitingListSettingsEntity, { eventId });
  return row
    ? { eventId, enabled: row.enabled, autoOffer: row.autoOffer, offerHours: row.offerHours }
    : { eventId, ...DEFAULT_WAITING_LIST_SETTINGS };
}
