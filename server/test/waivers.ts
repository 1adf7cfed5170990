/** Helpers for waiver and check-in tests: events with a waiver, free bookings, signing links from mail. */
import { createRequestContext } from '../src/common/request-context';
import type { CreateBookingRequest } from '../src/modules/bookings/booking-rules';
import type { EventEntity } from '../src/modules/events/event.entity';
import type { TicketTypeEntity } from '../src/modules/tickets/ticket-type.entity';
import { testContext } from './context';
import { bookingInput, createEvent, createTicketType, type EventOverrides } from './factories';
import type { SignedIn } from './auth';
import type { ReceivedMail, SmtpSink } from './smtp-sink';
import type { GraphQLClient, TestServer } from './test-server';

export const SET_EVENT_WAIVER = /* GraphQL */ `
  mutation SetEventWaiver($input: SetEventWaiverInput!) {
    setEventWaiver(input: $input) {
      waiver {
        required
        current {
          version
          text
        }
        versions {
          version
          isCurrent
          createdByEmail
        }
      }
      errors {
        code
        field
        message
      }
    }
  }
`;

export const WAIVER_TO_SIGN = /* GraphQL */ `
  query WaiverToSign($token: String!) {
    waiverToSign(token: $token) {
      eventTitle
      eventTimeZone
      attendeeName
      version
      text
      signature {
        signedAt
        version
        signerName
        method
      }
    }
  }
`;

export const SIGN_WAIVER = /* GraphQL */ `
  mutation SignWaiver($input: SignWaiverInput!) {
    signWaiver(input: $input) {
      signature {
        signedAt
        version
        signerName
        method
      }
      errors {
        code
        field
        message
      }
    }
  }
`;

export interface SignatureData {
  signedAt: string;
  version: number;
  signerName: string;
  method: string;
}

export interface SignWaiverData {
  signWaiver: {
    signature: SignatureData | null;
    errors: { code: string; field: string | null; message: string }[];
  };
}

export interface WaiverEvent {
  event: EventEntity;
  ticketType: TicketTypeEntity;
}

/** A published event with a free ticket type and (unless `text` is null) a waiver set by `admin`. */
export async function createWaiverEvent(
  server: TestServer,
  admin: SignedIn,
  text: string | null = 'I take part at my own risk.',
  overrides: EventOverrides = {},
): Promise<WaiverEvent> {
  const event = await createEvent(server.dataSource, overrides);
  const ticketType = await createTicketType(server.dataSource, event, { priceMinor: 0 });
  if (text !== null) await setWaiver(server, admin, event.id, text);
  return { event, ticketType };
}

export async function setWaiver(server: GraphQLClient, admin: SignedIn, eventId: string, text: string) {
  const response = await server.graphql<{ setEventWaiver: { errors: unknown[] } }>(
    SET_EVENT_WAIVER,
    { input: { eventId, text } },
    admin.headers,
  );
  if (response.data?.setEventWaiver.errors.length !== 0) {
    throw new Error(`setEventWaiver failed: ${JSON.stringify(response.errors ?? response.data)}`);
  }
  return response;
}

/** A free (so at once confirmed) booking with one attendee per name, each with their own address. */
export async function bookFree(
  server: TestServer,
  { event, ticketType }: WaiverEvent,
  names: string[],
  overrides: Partial<CreateBookingRequest> = {},
) {
  const input = bookingInput(event, [[ticketType, names.length]], {
    attendees: names.map((name, index) => ({
      ticketTypeId: ticketType.id,
      name,
      email: `attendee-${index}-${Date.now()}-${Math.random().toString(36).slice(2, 8)}@example.org`,
      sameAsBuyer: false,
    })),
    ...overrides,
  });
  const result = await server.app.services.reservations.createBooking(createRequestContext(), input);
  if (!result.booking) throw new Error(`booking failed: ${JSON.stringify(result.errors)}`);
  return { booking: result.booking, token: result.token!, input };
}

const SIGNING_LINK = /\/waivers\/([A-Za-z0-9_-]{20,})/;

/** The waiver e-mails (requests, reminders) among `mails`; a booking's confirmation arrives too. */
export function waiverMails(mails: ReceivedMail[]): ReceivedMail[] {
  return mails.filter((mail) => SIGNING_LINK.test(mail.text ?? ''));
}

/**
 * Sends every queued message to the sink, waits until all of them arrived, and returns the waiver
 * e-mails among them (at least `expected`, which the caller checks exactly where it matters).
 */
export async function deliverAll(
  server: TestServer,
  sink: SmtpSink,
  expected: number,
): Promise<ReceivedMail[]> {
  const before = sink.messages.length;
  const { delivered } = await server.app.services.email.deliverDue(testContext(), 500);
  const arrived = await sink.waitForMessages(before + delivered);
  const mails = waiverMails(arrived.slice(before));
  if (mails.length < expected) throw new Error(`expected ${expected} waiver e-mails, got ${mails.length}`);
  return mails;
}

/** The token of the signing link in a waiver e-mail (as received, or as kept in the outbox). */
export function signingTokenOf(mail: Pick<ReceivedMail, 'text'>): string {
  const match = SIGNING_LINK.exec(mail.text ?? '');
  if (!match) throw new Error(`no signing link in ${mail.text}`);
  return match[1];
}

export function signWaiver(
  server: TestServer,
  token: string,
  fullName: string,
  headers: Record<string, string> = {},
) {
  return server.graphql<SignWaiverData>(SIGN_WAIVER, { input: { token, fullName, agree: true } }, headers);
}
