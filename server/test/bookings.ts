/** GraphQL documents and helpers for booking tests. */
import http from 'node:http';
import type { CreateBookingRequest } from '../src/modules/bookings/booking-rules';
import type { GraphQLClient, GraphQLResponse } from './test-server';

export const BOOKING_FIELDS = /* GraphQL */ `
  fragment BookingFields on Booking {
    id
    reference
    status
    event {
      id
      slug
    }
    buyer {
      name
      email
    }
    lines {
      ticketTypeId
      ticketTypeName
      quantity
      unitPrice {
        amountMinor
        currency
      }
      total {
        amountMinor
        currency
      }
    }
    total {
      amountMinor
      currency
    }
    holdExpiresAt
    confirmedAt
    createdAt
    tickets {
      id
      ticketTypeId
      ticketTypeName
      attendeeName
      attendeeEmail
      status
      code
    }
  }
`;

export const CREATE_BOOKING = /* GraphQL */ `
  mutation CreateBooking($input: CreateBookingInput!) {
    createBooking(input: $input) {
      token
      booking {
        ...BookingFields
      }
      errors {
        code
        field
        message
        ticketTypeId
      }
    }
  }
  ${BOOKING_FIELDS}
`;

export const BOOKING_BY_TOKEN = /* GraphQL */ `
  query Booking($token: String!) {
    booking(token: $token) {
      ...BookingFields
    }
  }
  ${BOOKING_FIELDS}
`;

export interface BookingData {
  id: string;
  reference: string;
  status: string;
  event: { id: string; slug: string };
  buyer: { name: string; email: string };
  lines: {
    ticketTypeId: string;
    ticketTypeName: string;
    quantity: number;
    unitPrice: { amountMinor: number; currency: string };
    total: { amountMinor: number; currency: string };
  }[];
  total: { amountMinor: number; currency: string };
  holdExpiresAt: string | null;
  confirmedAt: string | null;
  createdAt: string;
  tickets: {
    id: string;
    ticketTypeId: string;
    ticketTypeName: string;
    attendeeName: string;
    attendeeEmail: string | null;
    status: string;
    code: string | null;
  }[];
}

export interface CreateBookingData {
  createBooking: {
    token: string | null;
    booking: BookingData | null;
    errors: { code: string; field: string | null; message: string; ticketTypeId: string | null }[];
  };
}

export function bookViaApi(
  server: GraphQLClient,
  input: Partial<CreateBookingRequest> | Record<string, unknown>,
): Promise<GraphQLResponse<CreateBookingData>> {
  return server.graphql<CreateBookingData>(CREATE_BOOKING, { input });
}

/**
 * POSTs a GraphQL operation through a node:http agent that keeps up to `maxSockets` connections
 * open, so hundreds of requests really run at the same time.
 */
export function postGraphQL<T>(
  agent: http.Agent,
  url: string,
  query: string,
  variables: Record<string, unknown>,
): Promise<GraphQLResponse<T>> {
  const body = JSON.stringify({ query, variables });
  return new Promise((resolve, reject) => {
    const request = http.request(
      `${url}/graphql`,
      {
        method: 'POST',
        agent,
        headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) },
      },
      (response) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('end', () => {
          try {
            const parsed = JSON.parse(Buffer.concat(chunks).toString('utf8'));
            resolve({ status: response.statusCode ?? 0, headers: new Headers(), ...parsed });
          } catch (error) {
            reject(error);
          }
        });
        response.on('error', reject);
      },
    );
    request.on('error', reject);
    request.end(body);
  });
}

/**
 * Sends one GraphQL operation once per variables object, all at the same time: enough sockets that
 * every request is in flight at once, not queued in the client, and a fresh agent per burst, so no
 * request lands on a kept-alive socket the server is just closing. Fails on any top-level error.
 */
export async function postGraphQLBurst<T>(
  url: string,
  query: string,
  variablesList: Record<string, unknown>[],
): Promise<T[]> {
  const agent = new http.Agent({ keepAlive: true, maxSockets: variablesList.length });
  try {
    const responses = await Promise.all(
      variablesList.map((variables) => postGraphQL<T>(agent, url, query, variables)),
    );
    const refused = responses.find((response) => response.errors);
    if (refused) throw new Error(`a request of the burst failed: ${JSON.stringify(refused.errors)}`);
    return responses.map((response) => response.data!);
  } finally {
    agent.destroy();
  }
}
