/**
 * Seat inventory: every statement that changes a ticket type's seat counters (held_count, sold_count)
 * lives here, and nowhere else. Each is one conditional statement per ticket type, run in the
 * caller's unit of work (`tx`), with ticket types always touched in id order so concurrent
 * transactions cannot deadlock, and no network call while a row is locked.
 *
 *   take      takeSeatsOfNewBooking / reservePaidBooking   a new booking's seats (held, or sold if free)
 *   cap       checkOpenBookingLimits                       unpaid bookings per buyer and address
 *   sell      sellHeldSeats                                held -> sold on a completed payment
 *   release   releaseSeats(held | sold)                    given back on release or cancellation (and pools)
 *   retake    retakeSeats(held | sold)                     taken again for a payment after expiry (and pools)
 *   expire    expireHoldsBatch                             the expiry sweep (status, tickets, seats, pools, code uses)
 *   codes     returnVoucherUses                            a code's uses back when seats are given back
 *   block     reserveVoucherSeats / releaseVoucherBlocks   seats a code sets aside for its holders (and pools)
 *
 * Capacity pools shared by ticket types (capacity-pool.entity.ts) count the seats held or sold of
 * their ticket types in the same step, after the ticket types: take_booking_seats and retakeSeats take
 * pool seats (take_pool_seats), release and expire give them back (return_pool_seats); sell (held ->
 * sold) leaves them alone. A booking's code (voucher) counts its uses in the same step, last (lock
 * order: ticket types in id order, then pools in id order, then the code's row): take_booking_seats
 * calls use_booking_voucher, retakeSeats takes them again, and every path that gives seats back gives
 * the uses back.
 *
 * A refusal of take raises a SQLSTATE (seatsRefusal reads it), which aborts the transaction.
 */
import { QueryFailedError, type EntityManager } from 'typeorm';
import type { Transaction } from '../../db/unit-of-work';

/** What seat statements need of a unit of work: its connection. */
type SeatTx = Pick<Transaction, 'manager'>;

/** A booking line as the counters see it. */
export interface SeatLine {
  ticketTypeId: string;
  quantity: number;
}

/**
 * SQLSTATEs raised by take_booking_seats, reserve_paid_booking, check_open_booking_limits and
 * charge_rate_limit (db/functions/*.sql); the error's detail is the ticket type id (the event id for
 * CATALOG_CHANGED, the caps exceeded for OPEN_BOOKING_LIMIT, the milliseconds left in the window for
 * RATE_LIMITED).
 */
const SEATS_UNAVAILABLE_SQLSTATE = 'ES001';
const PRICE_CHANGED_SQLSTATE = 'ES002';
const CATALOG_CHANGED_SQLSTATE = 'ES003';
const OPEN_BOOKING_LIMIT_SQLSTATE = 'ES004';
const VOUCHER_USED_UP_SQLSTATE = 'ES005';
const RATE_LIMITED_SQLSTATE = 'ES006';
const REFUSALS = {
  [SEATS_UNAVAILABLE_SQLSTATE]: 'SEATS_UNAVAILABLE',
  [PRICE_CHANGED_SQLSTATE]: 'PRICE_CHANGED',
  [CATALOG_CHANGED_SQLSTATE]: 'CATALOG_CHANGED',
  [OPEN_BOOKING_LIMIT_SQLSTATE]: 'OPEN_BOOKING_LIMIT',
  [VOUCHER_USED_UP_SQLSTATE]: 'VOUCHER_USED_UP',
  [RATE_LIMITED_SQLSTATE]: 'RATE_LIMITED',
} as const;

export type SeatsRefusalReason = (typeof REFUSALS)[keyof typeof REFUSALS];

/** The caps check_open_booking_limits names when it refuses a booking. */
export type OpenBookingLimitExceeded =
  'email_bookings' | 'email_seats' | 'address_bookings' | 'address_seats';

/** What the open-booking caps need of a booking about to be written (check_open_booking_limits). */
export interface OpenBookingCheck {
  event_id: string;
  /** bookingEmailKey of the buyer's e-mail. */
  buyer_email_key: string;
  /** clientAddressKey of the caller, or null (not over HTTP: not counted per address). */
  client_address_key: string | null;
  /** The new booking's seats. */
  seats: number;
  limits: { per_email: number; per_address: number; seats: number };
}

/** Checks the open-booking caps in the caller's transaction, before the booking is written. */
const CHECK_OPEN_BOOKING_LIMITS_SQL = 'SELECT check_open_booking_limits($1::jsonb)';

/**
 * Takes the seats of a booking this transaction just wrote ($1: its id) with take_booking_seats
 * (db/functions/take_booking_seats.sql), the one seat-taking rule, which reserve_paid_booking uses
 * too: lines in ticket type id order, into held_count for a booking awaiting payment, into
 * sold_count for a confirmed (free) one; SEATS_UNAVAILABLE or PRICE_CHANGED abort the transaction.
 */
const TAKE_SEATS_SQL = 'SELECT take_booking_seats($1)';
/**
 * A booking awaiting payment, its lines, pending tickets and held seats in one statement (one round
 * trip, atomic without BEGIN/COMMIT): db/functions/reserve_paid_booking.sql, which takes the seats
 * last with take_booking_seats, like TAKE_SEATS_SQL. No row back: the reference was taken.
 */
const RESERVE_PAID_BOOKING_SQL = `
  SELECT reserved_id AS id, reserved_at AS created_at, reserved_ticket_ids AS ticket_ids
  FROM reserve_paid_booking($1::jsonb)`;
const SELL_HELD_SEATS_SQL = `
  UPDATE ticket_type SET held_count = held_count - $1, sold_count = sold_count + $1, updated_at = now()
  WHERE id = $2 AND held_count >= $1
  RETURNING id`;
const RELEASE_SOLD_SEATS_SQL = `
  UPDATE ticket_type SET sold_count = sold_count - $1, updated_at = now()
  WHERE id = $2 AND sold_count >= $1
  RETURNING id`;
const RELEASE_HELD_SEATS_SQL = `
  UPDATE ticket_type SET held_count = held_count - $1, updated_at = now()
  WHERE id = $2 AND held_count >= $1
  RETURNING id`;
/** Takes seats again for a booking whose hold was given back, straight into held or sold. */
const RETAKE_SEATS_SQL = {
  held: `UPDATE ticket_type SET held_count = held_count + $1, updated_at = now()
         WHERE id = $2 AND capacity - sold_count - held_count >= $1 RETURNING id`,
  sold: `UPDATE ticket_type SET sold_count = sold_count + $1, updated_at = now()
         WHERE id = $2 AND capacity - sold_count - held_count >= $1 RETURNING id`,
};

/**
 * The expiry sweep as one statement. Bookings are claimed with FOR UPDATE SKIP LOCKED and re-checked
 * in the UPDATE, so a booking is expired by exactly one sweep even when replicas sweep together, and a
 * booking being confirmed right now (row locked) is left alone. Ticket types are locked in id order
 * before their counters change, like everywhere else.
 */
const EXPIRE_HOLDS_SQL = `
  WITH expired AS (
    UPDATE booking b SET status = 'EXPIRED', updated_at = now()
    WHERE b.id IN (
      SELECT id FROM booking
      WHERE status = 'AWAITING_PAYMENT' AND hold_expires_at < $1
      ORDER BY hold_expires_at
      LIMIT $2
      FOR UPDATE SKIP LOCKED
    ) AND b.status = 'AWAITING_PAYMENT'
    RETURNING b.id, b.voucher_id, b.event_id
  ), voided AS (
    UPDATE ticket t SET status = 'VOID', updated_at = now()
    FROM expired e WHERE t.booking_id = e.id AND t.status = 'PENDING'
    RETURNING t.id
  ), released AS (
    SELECT l.ticket_type_id, sum(l.quantity)::int AS quantity
    FROM booking_line l JOIN expired e ON e.id = l.booking_id
    GROUP BY l.ticket_type_id
  ), locked AS (
    SELECT tt.id FROM ticket_type tt
    WHERE tt.id IN (SELECT ticket_type_id FROM released)
    ORDER BY tt.id
    FOR UPDATE
  ), given_back AS (
    UPDATE ticket_type tt SET held_count = tt.held_count - r.quantity, updated_at = now()
    FROM released r JOIN locked k ON k.id = r.ticket_type_id
    WHERE tt.id = r.ticket_type_id
    RETURNING tt.id
  )
  SELECT (SELECT count(*) FROM expired)::int AS expired,
         (SELECT count(*) FROM voided)::int AS voided,
         (SELECT count(*) FROM given_back)::int AS ticket_types,
         array(SELECT id FROM expired WHERE voucher_id IS NOT NULL) AS with_voucher,
         array(SELECT DISTINCT event_id FROM expired) AS event_ids,
         (SELECT coalesce(jsonb_agg(jsonb_build_object('ticket_type_id', ticket_type_id, 'quantity', quantity)),
                          '[]') FROM released) AS released_lines`;
/** Takes lines' seats of the pools their ticket types are in: null, or the ticket type of a short pool. */
const TAKE_POOL_SEATS_SQL = 'SELECT take_pool_seats($1::jsonb) AS short';
/** Gives lines' seats back to the pools their ticket types are in (raises on a corrupt counter). */
const RETURN_POOL_SEATS_SQL = 'SELECT return_pool_seats($1::jsonb)';
/** Gives back the code uses of bookings whose seats were just given back (codes in id order). */
const RETURN_VOUCHER_USES_SQL = 'SELECT return_booking_vouchers($1::uuid[])';
/** Takes a booking's code uses again (false: not enough left, or the code was disabled). */
const USE_VOUCHER_SQL = 'SELECT use_booking_voucher($1) AS used';
/**
 * After a retake, which took fresh seats: the uses use_booking_voucher took from a code's block leave
 * held_count too (the block shrank; the booking holds seats of its own). The type is locked already.
 */
const FREE_RETAKEN_BLOCK_SQL = `
  UPDATE ticket_type t SET held_count = t.held_count - b.voucher_uses, updated_at = now()
  FROM booking b JOIN voucher v ON v.id = b.voucher_id
  WHERE b.id = $1 AND v.reserves_seats AND t.id = v.ticket_type_ids[1]`;
/** ...and from the pools of that type, which count the block too (locked already by the retake). */
const FREE_RETAKEN_BLOCK_POOLS_SQL = `
  SELECT return_pool_seats(jsonb_build_array(
           jsonb_build_object('ticket_type_id', v.ticket_type_ids[1], 'quantity', b.voucher_uses)))
  FROM booking b JOIN voucher v ON v.id = b.voucher_id
  WHERE b.id = $1 AND v.reserves_seats`;
/** Locks the pools ticket types are in, in id order (before a code's row: the lock order). */
const LOCK_POOLS_SQL = `
  SELECT id FROM capacity_pool
  WHERE id IN (SELECT pool_id FROM pool_seat_needs($1::jsonb))
  ORDER BY id
  FOR UPDATE`;
/** Sets seats aside for codes that reserve them: counted in held_count, within capacity. */
const RESERVE_VOUCHER_SEATS_SQL = `
  UPDATE ticket_type SET held_count = held_count + $1, updated_at = now()
  WHERE id = $2 AND capacity - sold_count - held_count >= $1
  RETURNING id`;
/** Gives the blocks of codes no longer usable back to sale (db/functions/release_voucher_blocks.sql). */
const RELEASE_VOUCHER_BLOCKS_SQL = 'SELECT release_voucher_blocks($1, $2) AS released';

export interface SeatsRefusal {
  reason: SeatsRefusalReason;
  ticketTypeId: string | null;
  /** For OPEN_BOOKING_LIMIT: every cap the booking would exceed. */
  exceeded: OpenBookingLimitExceeded[];
  /** For RATE_LIMITED (charge_rate_limit): milliseconds left in the address's window, else 0. */
  retryAfterMs: number;
}

/**
 * Why takeSeatsOfNewBooking, reservePaidBooking or checkOpenBookingLimits refused a booking, or null
 * for any other error.
 */
export function seatsRefusal(error: unknown): SeatsRefusal | null {
  if (!(error instanceof QueryFailedError)) return null;
  const { code, detail } = error.driverError as { code?: string; detail?: string };
  const reason = REFUSALS[code as keyof typeof REFUSALS];
  if (!reason) return null;
  if (reason === 'OPEN_BOOKING_LIMIT') {
    const exceeded = detail!.split(',') as OpenBookingLimitExceeded[];
    return { reason, ticketTypeId: null, exceeded, retryAfterMs: 0 };
  }
  if (reason === 'RATE_LIMITED')
    return { reason, ticketTypeId: null, exceeded: [], retryAfterMs: Number(detail) };
  // CATALOG_CHANGED names the event and VOUCHER_USED_UP the code, not a ticket type.
  const namesTicketType = reason !== 'CATALOG_CHANGED' && reason !== 'VOUCHER_USED_UP';
  return { reason, ticketTypeId: namesTicketType ? detail! : null, exceeded: [], retryAfterMs: 0 };
}

/**
 * The open-booking caps for a free booking, in its transaction before it is written (a paid one is
 * checked by reserve_paid_booking itself): waits for the buyer's and the address's other bookings of
 * the event, then raises OPEN_BOOKING_LIMIT past a cap, which aborts the transaction.
 */
export async function checkOpenBookingLimits(tx: SeatTx, check: OpenBookingCheck): Promise<void> {
  await tx.manager.query(CHECK_OPEN_BOOKING_LIMITS_SQL, [JSON.stringify(check)]);
}

/** Runs a statement on the transaction's connection, returning its rows. */
async function rows<Row = Record<string, unknown>>(
  manager: EntityManager,
  sql: string,
  parameters: unknown[],
): Promise<Row[]> {
  const result = await manager.queryRunner!.query(sql, parameters, true);
  return result.records as Row[];
}

/** In ticket type id order, the order every counter change follows. */
function inLockOrder<Line extends SeatLine>(lines: readonly Line[]): Line[] {
  return [...lines].sort((a, b) => (a.ticketTypeId < b.ticketTypeId ? -1 : 1));
}

/** Takes the seats of the booking this transaction just wrote (see TAKE_SEATS_SQL); throws a refusal. */
export async function takeSeatsOfNewBooking(tx: SeatTx, bookingId: string): Promise<void> {
  await tx.manager.query(TAKE_SEATS_SQL, [bookingId]);
}

/** The row reserve_paid_booking returns for a booking written. */
export type ReservedBookingRow = { id: string; created_at: Date; ticket_ids: string[] };

/**
 * Writes a paid booking and holds its seats in ONE statement of its own (reserve_paid_booking: no
 * BEGIN/COMMIT round trips, which a hot sale would feel), so it takes a manager outside any
 * transaction rather than a `tx`. No row back: the reference was taken. Throws a refusal.
 */
export function reservePaidBooking(manager: EntityManager, booking: object): Promise<ReservedBookingRow[]> {
  return manager.query(RESERVE_PAID_BOOKING_SQL, [JSON.stringify(booking)]);
}

/** Held seats become sold (a completed payment). Missing held seats mean corrupt counters: throws. */
export async function sellHeldSeats(tx: SeatTx, lines: readonly SeatLine[]): Promise<void> {
  for (const line of inLockOrder(lines)) {
    const sold = await rows(tx.manager, SELL_HELD_SEATS_SQL, [line.quantity, line.ticketTypeId]);
    // Held seats are counted; missing ones mean the counters are corrupt: stop, roll back.
    if (sold.length === 0) throw new Error(`held seats of ticket type ${line.ticketTypeId} are missing`);
  }
}

/** Gives held or sold seats back. Missing counted seats mean corrupt counters: throws `what` is missing. */
export async function releaseSeats(
  tx: SeatTx,
  lines: readonly SeatLine[],
  from: 'held' | 'sold',
  what: string,
): Promise<void> {
  const sql = from === 'held' ? RELEASE_HELD_SEATS_SQL : RELEASE_SOLD_SEATS_SQL;
  for (const line of inLockOrder(lines)) {
    const released = await rows(tx.manager, sql, [line.quantity, line.ticketTypeId]);
    // Counted seats missing means the counters are corrupt: stop, roll back.
    if (released.length === 0) throw new Error(`${from} seats of ${what} are missing`);
  }
  await returnPoolSeats(tx, lines);
}

/** The lines as take_pool_seats / return_pool_seats read them. */
function poolLines(lines: readonly SeatLine[]): string {
  return JSON.stringify(
    lines.map((line) => ({ ticket_type_id: line.ticketTypeId, quantity: line.quantity })),
  );
}

/** Gives lines' seats back to their pools, after their ticket types (see RETURN_POOL_SEATS_SQL). */
async function returnPoolSeats(tx: SeatTx, lines: readonly SeatLine[] | string): Promise<void> {
  await tx.manager.query(RETURN_POOL_SEATS_SQL, [typeof lines === 'string' ? lines : poolLines(lines)]);
}

/**
 * Takes the seats of a booking whose hold was given back, then its pools' seats and its code's uses,
 * all or none (a savepoint undoes a partial success). Returns false when some ticket type or pool has
 * not enough seats left, or its code not enough uses.
 */
export async function retakeSeats(
  tx: SeatTx,
  bookingId: string,
  lines: readonly SeatLine[],
  into: 'held' | 'sold',
): Promise<boolean> {
  await tx.manager.query('SAVEPOINT retake_seats');
  for (const line of inLockOrder(lines)) {
    const taken = await rows(tx.manager, RETAKE_SEATS_SQL[into], [line.quantity, line.ticketTypeId]);
    if (taken.length === 0) {
      await tx.manager.query('ROLLBACK TO SAVEPOINT retake_seats');
      return false;
    }
  }
  const [{ short }] = await rows<{ short: string | null }>(tx.manager, TAKE_POOL_SEATS_SQL, [
    poolLines(lines),
  ]);
  if (short !== null) {
    await tx.manager.query('ROLLBACK TO SAVEPOINT retake_seats');
    return false;
  }
  const [{ used }] = await rows<{ used: boolean }>(tx.manager, USE_VOUCHER_SQL, [bookingId]);
  if (used) {
    await tx.manager.query(FREE_RETAKEN_BLOCK_SQL, [bookingId]);
    await tx.manager.query(FREE_RETAKEN_BLOCK_POOLS_SQL, [bookingId]);
  }
  await tx.manager.query(used ? 'RELEASE SAVEPOINT retake_seats' : 'ROLLBACK TO SAVEPOINT retake_seats');
  return used;
}

/**
 * Sets seats aside for codes that reserve them (`blocks`: seats per ticket type), counted in held_count
 * so nobody else can buy them, and in the capacity pools of those ticket types (the block's holders
 * then book without taking pool seats: take_booking_seats), in the caller's transaction before the
 * codes are written with their reservedSeats: ticket types in id order, then pools. All or nothing (a
 * savepoint): returns the ticket types that had not the seats free (themselves, or a pool of theirs),
 * changing nothing then.
 */
export async function reserveVoucherSeats(tx: SeatTx, blocks: readonly SeatLine[]): Promise<string[]> {
  await tx.manager.query('SAVEPOINT reserve_voucher_seats');
  const short: string[] = [];
  for (const block of inLockOrder(blocks)) {
    const taken = await rows(tx.manager, RESERVE_VOUCHER_SEATS_SQL, [block.quantity, block.ticketTypeId]);
    if (taken.length === 0) short.push(block.ticketTypeId);
  }
  if (short.length === 0) {
    const [{ short: pool }] = await rows<{ short: string | null }>(tx.manager, TAKE_POOL_SEATS_SQL, [
      poolLines(blocks),
    ]);
    if (pool !== null) short.push(pool);
  }
  await tx.manager.query(
    short.length > 0
      ? 'ROLLBACK TO SAVEPOINT reserve_voucher_seats'
      : 'RELEASE SAVEPOINT reserve_voucher_seats',
  );
  return short;
}

/**
 * Locks the capacity pools the ticket types are in (id order), for a change of a code's block that
 * locks the code's row before taking pool seats: pools come before codes in the lock order.
 */
export async function lockPoolsOf(tx: SeatTx, ticketTypeIds: readonly string[]): Promise<void> {
  await tx.manager.query(LOCK_POOLS_SQL, [
    poolLines(ticketTypeIds.map((ticketTypeId) => ({ ticketTypeId, quantity: 1 }))),
  ]);
}

/**
 * Gives the seats of codes that can no longer be used (disabled, or valid only until `at` or before)
 * back to general sale: all such codes, or only `voucherId`. Returns how many seats it released.
 */
export async function releaseVoucherBlocks(
  tx: SeatTx,
  at: Date,
  voucherId: string | null = null,
): Promise<number> {
  const [{ released }] = await rows<{ released: number }>(tx.manager, RELEASE_VOUCHER_BLOCKS_SQL, [
    at,
    voucherId,
  ]);
  return released;
}

/**
 * Gives back the code uses of bookings whose seats this transaction just gave back (after the seats:
 * ticket types, then codes). Bookings without a code change nothing.
 */
export async function returnVoucherUses(tx: SeatTx, bookingIds: readonly string[]): Promise<void> {
  if (bookingIds.length > 0) await tx.manager.query(RETURN_VOUCHER_USES_SQL, [bookingIds]);
}

/**
 * One batch of the expiry sweep (EXPIRE_HOLDS_SQL): up to `limit` bookings awaiting payment whose hold
 * ended before `now` become EXPIRED, their pending tickets VOID, their held seats free, and then their
 * pools' seats and the uses of their codes given back (statements of their own: ticket types, then
 * pools, then codes).
 */
export async function expireHoldsBatch(
  tx: SeatTx,
  now: Date,
  limit: number,
): Promise<{ expired: number; voided: number; ticketTypes: number; eventIds: string[] }> {
  const [result] = (await tx.manager.query(EXPIRE_HOLDS_SQL, [now, limit])) as {
    expired: number;
    voided: number;
    ticket_types: number;
    with_voucher: string[];
    event_ids: string[];
    released_lines: unknown[];
  }[];
  if (result.released_lines.length > 0) await returnPoolSeats(tx, JSON.stringify(result.released_lines));
  await returnVoucherUses(tx, result.with_voucher);
  return {
    expired: result.expired,
    voided: result.voided,
    ticketTypes: result.ticket_types,
    eventIds: result.event_ids,
  };
}
