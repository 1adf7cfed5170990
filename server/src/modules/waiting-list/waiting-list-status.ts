/**
 * The waiting list's state machine as data: where an entry may go next, and the predicates. Nothing
 * else compares status strings (SQL functions aside: make_waiting_list_offers, expiry).
 */
export enum WaitingListStatus {
  /** In line. */
  WAITING = 'WAITING',
  /** Seats held for the person until the offer expires. */
  OFFERED = 'OFFERED',
  /** Booked with the offer. */
  ACCEPTED = 'ACCEPTED',
  /** The offer ran out unused; the seats went on. */
  EXPIRED = 'EXPIRED',
  /** Taken off the list by an organiser. */
  REMOVED = 'REMOVED',
  /** Closed because its event (or date) was cancelled; an offer's seats went back. */
  EVENT_CANCELLED = 'EVENT_CANCELLED',
}

export const WAITING_LIST_TRANSITIONS: Record<WaitingListStatus, readonly WaitingListStatus[]> = {
  [WaitingListStatus.WAITING]: [
    WaitingListStatus.OFFERED,
    WaitingListStatus.REMOVED,
    WaitingListStatus.EVENT_CANCELLED,
  ],
  [WaitingListStatus.OFFERED]: [
    WaitingListStatus.ACCEPTED,
    WaitingListStatus.EXPIRED,
    WaitingListStatus.REMOVED,
    WaitingListStatus.EVENT_CANCELLED,
  ],
  [WaitingListStatus.ACCEPTED]: [],
  [WaitingListStatus.EXPIRED]: [],
  [WaitingListStatus.REMOVED]: [],
  [WaitingListStatus.EVENT_CANCELLED]: [],
};

/** The statuses an entry leaves when its event is cancelled (every one on the list). */
export const CLOSED_BY_EVENT_CANCEL = (Object.keys(WAITING_LIST_TRANSITIONS) as WaitingListStatus[]).filter(
  (status) => WAITING_LIST_TRANSITIONS[status].includes(WaitingListStatus.EVENT_CANCELLED),
);

/** Still on the list (waiting, or holding an offer): counts against joining twice. */
export function isOnList(status: WaitingListStatus): boolean {
  return status === WaitingListStatus.WAITING || status === WaitingListStatus.OFFERED;
}

/** Holds seats (an offer not yet accepted, expired or removed). */
export function holdsOfferSeats(status: WaitingListStatus): boolean {
  return status === WaitingListStatus.OFFERED;
}

export function canMove(status: WaitingListStatus): boolean {
  return status === WaitingListStatus.WAITING;
}

export function canRemove(status: WaitingListStatus): boolean {
  return WAITING_LIST_TRANSITIONS[status].includes(WaitingListStatus.REMOVED);
}
