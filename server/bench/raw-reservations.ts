/**
 * The hot sale's second baseline: a minimal node:http + pg server that takes the bench's createBooking
 * request body and makes the reservation the API makes for it, with the same statement
 * (reserve_paid_booking: the rate limit's count, the open-booking caps, the booking, its line and
 * ticket, the seats), answering the JSON the bench checks. Beside the bare seat update it shows what
 * any HTTP service doing a reservation's database work reaches on the machine, so the API's row can
 * be read as what GraphQL, validation and the rules cost on top. Run as a child process, like the API.
 */
import { createHash, randomBytes } from 'node:crypto';
import { Pool } from 'pg';
import { clientAddressKey } from '../src/common/client-address-key';
import { type BaselineServer, forkBaselineServer, serveJson } from './raw-catalog';

interface HoldInput {
  eventId: string;
  lines: { ticketTypeId: string; quantity: number }[];
  buyer: { name: string; email: string };
  attendees: { ticketTypeId: string; name: string; email: string | null }[];
}

/** What the API reads once per event for a hot sale's bookings (its catalog snapshot). */
interface EventPrices {
  catalogVersion: number;
  currency: string;
  prices: Map<string, number>;
}

/**
 * The per-address limits the bench lifts, for the API (its CHECKOUT_RATE_LIMIT and BOOKING_OPEN_*
 * settings, in run.ts) and for this server alike: one load generator makes thousands of bookings.
 */
export const LIFTED_BOOKING_LIMITS = {
  checkoutRate: 1_000_000,
  perAddress: 100_000,
  perEmail: 100_000,
  seatsFactor: 100_000,
};
/** What the API sends as `limits` with those settings for the bench's ticket types (1 per order). */
const LIMITS = {
  per_email: LIFTED_BOOKING_LIMITS.perEmail,
  per_address: LIFTED_BOOKING_LIMITS.perAddress,
  seats: LIFTED_BOOKING_LIMITS.seatsFactor,
};
const REFERENCE_ALPHABET = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789';

function reference(): string {
  return Array.from(randomBytes(8), (byte) => REFERENCE_ALPHABET[byte % REFERENCE_ALPHABET.length]).join('');
}

function serve(databaseUrl: string): void {
  // As many connections as the API's bookings use at once (BOOKING_CONCURRENCY's default).
  const pool = new Pool({ connectionString: databaseUrl, max: 4 });
  const events = new Map<string, Promise<EventPrices>>();
  const pricesOf = (eventId: string) => {
    let found = events.get(eventId);
    if (!found) {
      found = pool
        .query<{ catalog_version: number; currency: string; id: string; price_minor: number }>(
          `SELECT e.catalog_version, e.currency, t.id, t.price_minor
           FROM event e JOIN ticket_type t ON t.event_id = e.id WHERE e.id = $1`,
          [eventId],
        )
        .then(({ rows }) => ({
          catalogVersion: rows[0].catalog_version,
          currency: rows[0].currency,
          prices: new Map(rows.map((row) => [row.id, row.price_minor])),
        }));
      events.set(eventId, found);
    }
    return found;
  };

  const reserve = async (input: HoldInput, address: string): Promise<string> => {
    const event = await pricesOf(input.eventId);
    const addressKey = clientAddressKey(address);
    const token = randomBytes(32).toString('base64url');
    const now = Date.now();
    const lines = input.lines.map((line) => ({
      ticket_type_id: line.ticketTypeId,
      quantity: line.quantity,
      unit_price_minor: event.prices.get(line.ticketTypeId)!,
      unit_discount_minor: 0,
    }));
    const request = {
      rate_limit: {
        key: `raw-checkout:${addressKey}`,
        points: LIFTED_BOOKING_LIMITS.checkoutRate,
        window_ms: 600_000,
        now_ms: now,
      },
      event_id: input.eventId,
      buyer_email_key: input.buyer.email.trim().toLowerCase(),
      client_address_key: addressKey,
      seats: input.attendees.length,
      limits: LIMITS,
      reference: reference(),
      token_hash: createHash('sha256').update(token).digest('hex'),
      catalog_version: event.catalogVersion,
      buyer_name: input.buyer.name,
      buyer_email: input.buyer.email,
      total_minor: lines.reduce((sum, line) => sum + line.quantity * line.unit_price_minor, 0),
      currency: event.currency,
      hold_expires_at: new Date(now + 15 * 60_000).toISOString(),
      hold_deadline: new Date(now + 45 * 60_000).toISOString(),
      voucher_id: null,
      voucher_code: null,
      voucher_uses: 0,
      lines,
      tickets: input.attendees.map((attendee) => ({
        ticket_type_id: attendee.ticketTypeId,
        attendee_name: attendee.name,
        attendee_email: attendee.email,
      })),
      answers: [],
    };
    const { rows } = await pool.query<{ id: string }>(
      'SELECT reserved_id AS id FROM reserve_paid_booking($1::jsonb)',
      [JSON.stringify(request)],
    );
    return JSON.stringify({ data: { createBooking: { booking: { id: rows[0].id }, errors: [] } } });
  };

  serveJson(async (req, body) => {
    const { variables } = JSON.parse(body) as { variables: { input: HoldInput } };
    return reserve(variables.input, String(req.headers['x-forwarded-for'] ?? req.socket.remoteAddress));
  });
}

/** Starts the baseline; the bench posts its createBooking bodies to `<url>graphql`. */
export function startRawReservationsServer(databaseUrl: string): Promise<BaselineServer> {
  return forkBaselineServer(__filename, databaseUrl);
}

if (require.main === module && process.argv[2] === 'serve') serve(process.env.RAW_DATABASE_URL!);
