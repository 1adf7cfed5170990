/**
 * The catalog-read baseline: a minimal node:http + pg server running the same SQL as the API's
 * public events query and answering the same JSON. Run as a child process, like the API.
 */
import { fork } from 'node:child_process';
import http from 'node:http';
import net from 'node:net';
import { Pool } from 'pg';

export const CATALOG_QUERY = /* GraphQL */ `
  query BenchCatalog {
    events(first: 20) {
      nodes {
        id
        slug
        title
        startsAt
        endsAt
        timeZone
        currency
        venue {
          name
        }
        ticketTypes {
          id
          name
          price {
            amountMinor
            currency
          }
          remaining
        }
      }
    }
  }
`;

const EVENTS_SQL = `
  SELECT id, slug, title, starts_at, ends_at, time_zone, currency, venue_name FROM event
  WHERE status = 'PUBLISHED' AND visibility = 'PUBLIC' AND ends_at > $1
  ORDER BY starts_at, id LIMIT 21`;
const TICKET_TYPES_SQL = `
  SELECT id, event_id, name, price_minor, greatest(capacity - sold_count - held_count, 0) AS remaining
  FROM ticket_type WHERE event_id = ANY($1) AND is_active ORDER BY sort_order, created_at`;

interface EventRow {
  id: string;
  slug: string;
  title: string;
  starts_at: Date;
  ends_at: Date;
  time_zone: string;
  currency: string;
  venue_name: string;
}
interface TicketTypeRow {
  id: string;
  event_id: string;
  name: string;
  price_minor: number;
  remaining: number;
}

function serve(databaseUrl: string): void {
  const pool = new Pool({ connectionString: databaseUrl, max: 10 });
  const server = http.createServer((req, res) => {
    req.resume();
    req.on('end', async () => {
      try {
        const events = (await pool.query<EventRow>(EVENTS_SQL, [new Date()])).rows.slice(0, 20);
        const types = (await pool.query<TicketTypeRow>(TICKET_TYPES_SQL, [events.map((event) => event.id)]))
          .rows;
        const nodes = events.map((event) => ({
          id: event.id,
          slug: event.slug,
          title: event.title,
          startsAt: event.starts_at.toISOString(),
          endsAt: event.ends_at.toISOString(),
          timeZone: event.time_zone,
          currency: event.currency,
          venue: { name: event.venue_name },
          ticketTypes: types
            .filter((type) => type.event_id === event.id)
            .map((type) => ({
              id: type.id,
              name: type.name,
              price: { amountMinor: type.price_minor, currency: event.currency },
              remaining: type.remaining,
            })),
        }));
        const body = JSON.stringify({ data: { events: { nodes } } });
        res.writeHead(200, { 'content-type': 'application/json; charset=utf-8' }).end(body);
      } catch (error) {
        res.writeHead(500).end(String(error));
      }
    });
  });
  server.listen(Number(process.env.PORT), '127.0.0.1', () => process.send?.('ready'));
}

export async function startRawCatalogServer(databaseUrl: string): Promise<BaselineServer> {
  return forkBaselineServer(__filename, databaseUrl);
}

/**
 * A baseline's HTTP server, in its child process: reads each request's body, answers with `answer`'s
 * JSON (500 with the error if it throws), listens on PORT and tells the bench it is ready.
 */
export function serveJson(answer: (req: http.IncomingMessage, body: string) => Promise<string>): void {
  const server = http.createServer((req, res) => {
    let body = '';
    req.setEncoding('utf8');
    req.on('data', (chunk: string) => (body += chunk));
    req.on('end', async () => {
      try {
        const json = await answer(req, body);
        res.writeHead(200, { 'content-type': 'application/json; charset=utf-8' }).end(json);
      } catch (error) {
        res.writeHead(500).end(String(error));
      }
    });
  });
  server.listen(Number(process.env.PORT), '127.0.0.1', () => process.send?.('ready'));
}

/** A baseline server running as a child process: where it answers, its process (for its CPU), how to stop it. */
export interface BaselineServer {
  url: string;
  pid: number;
  stop(): Promise<void>;
}

/**
 * Runs a baseline module (`<file> serve`, which listens on PORT and sends 'ready') as a child process
 * on a free port, against RAW_DATABASE_URL.
 */
export async function forkBaselineServer(file: string, databaseUrl: string): Promise<BaselineServer> {
  const port = await new Promise<number>((resolve) => {
    const probe = net.createServer().listen(0, '127.0.0.1', () => {
      const { port: free } = probe.address() as net.AddressInfo;
      probe.close(() => resolve(free));
    });
  });
  const child = fork(file, ['serve'], {
    env: { ...process.env, PORT: String(port), RAW_DATABASE_URL: databaseUrl },
  });
  await new Promise<void>((resolve, reject) => {
    child.once('message', () => resolve());
    child.once('exit', () => reject(new Error('the baseline server exited')));
  });
  return {
    url: `http://127.0.0.1:${port}/`,
    pid: child.pid!,
    stop: () =>
      new Promise<void>((resolve) => {
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
      }),
  };
}

if (require.main === module && process.argv[2] === 'serve') serve(process.env.RAW_DATABASE_URL!);
