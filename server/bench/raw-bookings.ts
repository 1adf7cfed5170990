/**
 * Baselines for two reads that never touch the public cache: a shopper's booking by its secret token,
 * and an admin's bookings list at 100 rows. A minimal node:http + pg server (a child process, like
 * the API) runs the statements the API runs for them (the session and its account, then the rows)
 * and answers the same JSON, so the bench's ratio shows what the GraphQL stack costs on top.
 */
import { createHash } from 'node:crypto';
import { Pool } from 'pg';
import { type BaselineServer, forkBaselineServer, serveJson } from './raw-catalog';

export const BOOKING_BY_TOKEN_QUERY = /* GraphQL */ `
  query BenchBooking($token: String!) {
    booking(token: $token) {
      reference
      status
      createdAt
      buyer {
        name
        email
      }
      event {
        title
        startsAt
        timeZone
        venue {
          name
        }
      }
      lines {
        ticketTypeName
        quantity
        total {
          amountMinor
          currency
        }
      }
      total {
        amountMinor
        currency
      }
      tickets {
        attendeeName
        status
        code
      }
    }
  }
`;

export const ADMIN_BOOKINGS_QUERY = /* GraphQL */ `
  query BenchAdminBookings {
    adminBookings(first: 100) {
      nodes {
        id
        reference
        status
        createdAt
        buyer {
          name
          email
        }
        event {
          id
          title
          timeZone
        }
        ticketCount
        total {
          amountMinor
          currency
        }
        refunded {
          amountMinor
          currency
        }
      }
      pageInfo {
        endCursor
        hasNextPage
      }
    }
  }
`;

const sha256 = (text: string) => createHash('sha256').update(text, 'utf8').digest('hex');

// The API's statements for a booking page: the booking by digest (its own token or a minted link),
// then its event, lines, tickets, payments and refunds side by side (booking-views.service.ts).
const BOOKING_SQL = `
  SELECT * FROM booking b WHERE b.token_hash = $1
     OR b.id = (SELECT link.booking_id FROM booking_link link WHERE link.token_hash = $1)`;
const EVENT_SQL = `SELECT * FROM event WHERE id = $1`;
const LINES_SQL = `
  SELECT l.*, tt.name AS ticket_type_name FROM booking_line l JOIN ticket_type tt ON tt.id = l.ticket_type_id
  WHERE l.booking_id = ANY($1::uuid[]) ORDER BY tt.sort_order, tt.created_at`;
const TICKETS_SQL = `
  SELECT t.*, tt.name AS ticket_type_name FROM ticket t JOIN ticket_type tt ON tt.id = t.ticket_type_id
  WHERE t.booking_id = ANY($1::uuid[]) ORDER BY t.booking_id, t.position`;
const PAYMENTS_SQL = `SELECT * FROM booking_payment WHERE booking_id = ANY($1::uuid[]) ORDER BY created_at, id`;
const REFUNDS_SQL = `SELECT * FROM booking_refund WHERE booking_id = ANY($1::uuid[]) ORDER BY created_at, id`;
// The admin list: the session and its account (auth.service.ts viewerFor), then the page and, one
// statement per kind, everything its rows show (booking-admin-views.service.ts).
const SESSION_SQL = `
  SELECT s.id, s.expires_at, a.role, a.disabled_at FROM admin_session s JOIN admin_account a ON a.id = s.account_id
  WHERE s.token_hash = $1`;
const ADMIN_LIST_SQL = `
  SELECT b.*, to_char(b.created_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') AS cursor_created_at
  FROM booking b ORDER BY b.created_at DESC, b.id DESC LIMIT 101`;
const EVENTS_SQL = `SELECT * FROM event WHERE id = ANY($1::uuid[])`;

type Row = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

const amount = (amountMinor: number, currency: string) => ({ amountMinor, currency });

async function bookingByToken(pool: Pool, token: string): Promise<unknown> {
  const booking = (await pool.query<Row>(BOOKING_SQL, [sha256(token)])).rows[0];
  if (!booking) return { data: { booking: null } };
  const ids = [booking.id];
  const [event, lines, tickets] = await Promise.all([
    pool.query<Row>(EVENT_SQL, [booking.event_id]).then((result) => result.rows[0]),
    pool.query<Row>(LINES_SQL, [ids]).then((result) => result.rows),
    pool.query<Row>(TICKETS_SQL, [ids]).then((result) => result.rows),
    pool.query<Row>(PAYMENTS_SQL, [ids]),
    pool.query<Row>(REFUNDS_SQL, [ids]),
  ]);
  return {
    data: {
      booking: {
        reference: booking.reference,
        status: booking.status,
        createdAt: booking.created_at.toISOString(),
        buyer: { name: booking.buyer_name, email: booking.buyer_email },
        event: {
          title: event.title,
          startsAt: event.starts_at.toISOString(),
          timeZone: event.time_zone,
          venue: { name: event.venue_name },
        },
        lines: lines.map((line) => ({
          ticketTypeName: line.ticket_type_name,
          quantity: line.quantity,
          total: amount(line.quantity * (line.unit_price_minor - line.unit_discount_minor), booking.currency),
        })),
        total: amount(booking.total_minor, booking.currency),
        tickets: tickets.map((ticket) => ({
          attendeeName: ticket.attendee_name,
          status: ticket.status,
          code: ticket.status === 'ISSUED' ? ticket.code : null,
        })),
      },
    },
  };
}

async function adminBookings(pool: Pool, sessionToken: string | undefined): Promise<unknown> {
  const session = sessionToken && (await pool.query<Row>(SESSION_SQL, [sha256(sessionToken)])).rows[0];
  if (!session || session.disabled_at || session.expires_at <= new Date()) throw new Error('not signed in');
  const rows = (await pool.query<Row>(ADMIN_LIST_SQL)).rows;
  const page = rows.slice(0, 100);
  const ids = page.map((booking) => booking.id);
  const [events, lines, , refunds] = await Promise.all([
    pool.query<Row>(EVENTS_SQL, [[...new Set(page.map((booking) => booking.event_id))]]).then((r) => r.rows),
    pool.query<Row>(LINES_SQL, [ids]).then((result) => result.rows),
    pool.query<Row>(TICKETS_SQL, [ids]),
    pool.query<Row>(REFUNDS_SQL, [ids]).then((result) => result.rows),
    pool.query<Row>(PAYMENTS_SQL, [ids]),
  ]);
  const eventById = new Map(events.map((event) => [event.id, event]));
  const cursor = (booking: Row) =>
    Buffer.from(JSON.stringify([booking.cursor_created_at, booking.id])).toString('base64url');
  return {
    data: {
      adminBookings: {
        nodes: page.map((booking) => {
          const event = eventById.get(booking.event_id)!;
          const paid =
            Boolean(booking.confirmed_at && booking.provider_capture_id) && booking.total_minor > 0;
          const refunded = paid
            ? refunds
                .filter((refund) => refund.booking_id === booking.id)
                .filter((refund) => refund.provider_capture_id === booking.provider_capture_id)
                .reduce((sum, refund) => sum + refund.amount_minor, 0)
            : 0;
          return {
            id: booking.id,
            reference: booking.reference,
            status: booking.status,
            createdAt: booking.created_at.toISOString(),
            buyer: { name: booking.buyer_name, email: booking.buyer_email },
            event: { id: event.id, title: event.title, timeZone: event.time_zone },
            ticketCount: lines
              .filter((line) => line.booking_id === booking.id)
              .reduce((sum, line) => sum + line.quantity, 0),
            total: amount(booking.total_minor, booking.currency),
            refunded: amount(refunded, booking.currency),
          };
        }),
        pageInfo: {
          endCursor: page.length ? cursor(page[page.length - 1]) : null,
          hasNextPage: rows.length > 100,
        },
      },
    },
  };
}

function serve(databaseUrl: string): void {
  const pool = new Pool({ connectionString: databaseUrl, max: 10 });
  serveJson(async (req, body) =>
    JSON.stringify(
      req.url === '/booking'
        ? await bookingByToken(pool, (JSON.parse(body) as { variables: { token: string } }).variables.token)
        : await adminBookings(pool, /evt_session=([^;]+)/.exec(req.headers.cookie ?? '')?.[1]),
    ),
  );
}

/** Starts the baseline; its URLs are `<url>booking` and `<url>admin-bookings`. */
export function startRawBookingsServer(databaseUrl: string): Promise<BaselineServer> {
  return forkBaselineServer(__filename, databaseUrl);
}

if (require.main === module && process.argv[2] === 'serve') serve(process.env.RAW_DATABASE_URL!);
