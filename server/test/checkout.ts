/** GraphQL documents and helpers for checkout tests: book, start paying, approve at the simulator, capture. */
import { EmailMessageEntity } from '../src/modules/email/email-message.entity';
import type { EventEntity } from '../src/modules/events/event.entity';
import type { WebhookMessage } from '../src/modules/payments/paypal-simulator/paypal-simulator';
import type { TicketTypeEntity } from '../src/modules/tickets/ticket-type.entity';
import { BOOKING_FIELDS, bookViaApi, type BookingData } from './bookings';
import { bookingInput, createEvent, createTicketType } from './factories';
import type { GraphQLClient, GraphQLResponse, TestServer } from './test-server';

export const START_PAYMENT = /* GraphQL */ `
  mutation StartPayment($input: StartPaymentInput!) {
    startPayment(input: $input) {
      approvalUrl
      booking {
        ...BookingFields
      }
      errors {
        code
        field
        message
      }
    }
  }
  ${BOOKING_FIELDS}
`;

export const CAPTURE_PAYMENT = /* GraphQL */ `
  mutation CapturePayment($input: CapturePaymentInput!) {
    capturePayment(input: $input) {
      approvalUrl
      booking {
        ...BookingFields
      }
      errors {
        code
        field
        message
      }
    }
  }
  ${BOOKING_FIELDS}
`;

export const CANCEL_PAYMENT = /* GraphQL */ `
  mutation CancelPayment($input: CancelPaymentInput!) {
    cancelPayment(input: $input) {
      booking {
        ...BookingFields
      }
      errors {
        code
        field
        message
      }
    }
  }
  ${BOOKING_FIELDS}
`;

export interface PaymentErrorData {
  code: string;
  field: string | null;
  message: string;
}

export interface StartPaymentData {
  startPayment: { approvalUrl: string | null; booking: BookingData | null; errors: PaymentErrorData[] };
}

export interface CapturePaymentData {
  capturePayment: { approvalUrl: string | null; booking: BookingData | null; errors: PaymentErrorData[] };
}

export interface CancelPaymentData {
  cancelPayment: { booking: BookingData | null; errors: PaymentErrorData[] };
}

/** A published event with one paid ticket type. */
export async function paidEvent(
  server: TestServer,
  ticketType: Partial<TicketTypeEntity> = {},
): Promise<{ event: EventEntity; ticketType: TicketTypeEntity }> {
  const event = await createEvent(server.dataSource);
  return {
    event,
    ticketType: await createTicketType(server.dataSource, event, { priceMinor: 2000, ...ticketType }),
  };
}

/** Books `quantity` tickets through the API; returns the booking and its token. */
export async function book(
  server: GraphQLClient,
  event: EventEntity,
  ticketType: TicketTypeEntity,
  quantity = 2,
): Promise<{ booking: BookingData; token: string }> {
  const response = await bookViaApi(server, bookingInput(event, [[ticketType, quantity]]));
  const payload = response.data?.createBooking;
  if (!payload?.booking || !payload.token) throw new Error(`booking failed: ${JSON.stringify(response)}`);
  return { booking: payload.booking, token: payload.token };
}

export function startPayment(server: GraphQLClient, bookingToken: string) {
  return server.graphql<StartPaymentData>(START_PAYMENT, { input: { bookingToken } });
}

export function capturePayment(server: GraphQLClient, bookingToken: string, orderId: string) {
  return server.graphql<CapturePaymentData>(CAPTURE_PAYMENT, { input: { bookingToken, orderId } });
}

export function cancelPayment(server: GraphQLClient, bookingToken: string) {
  return server.graphql<CancelPaymentData>(CANCEL_PAYMENT, { input: { bookingToken } });
}

/** The payload of a startPayment that must succeed. */
export async function started(
  server: GraphQLClient,
  bookingToken: string,
): Promise<{ approvalUrl: string; orderId: string }> {
  const response: GraphQLResponse<StartPaymentData> = await startPayment(server, bookingToken);
  const payload = response.data?.startPayment;
  if (!payload?.approvalUrl) throw new Error(`startPayment failed: ${JSON.stringify(response)}`);
  const orderId = new URL(payload.approvalUrl).searchParams.get('token')!;
  return { approvalUrl: payload.approvalUrl, orderId };
}

/**
 * What a buyer does at PayPal: opens the approval page, submits its Approve form, and is redirected
 * back to the shop. Returns the return URL PayPal sent the buyer to.
 */
export async function approveAtPayPal(approvalUrl: string): Promise<URL> {
  const page = await fetch(approvalUrl);
  if (page.status !== 200) throw new Error(`approval page answered ${page.status}`);
  const html = await page.text();
  const form =
    /<form method="post" action="([^"]+)">\s*<input type="hidden" name="token" value="([^"]+)">\s*<button type="submit" class="approve">/.exec(
      html,
    );
  if (!form) throw new Error('no Approve form on the approval page');
  const response = await fetch(new URL(form[1], approvalUrl), {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ token: form[2] }).toString(),
    redirect: 'manual',
  });
  const location = response.headers.get('location');
  if (response.status < 300 || response.status >= 400 || !location) {
    throw new Error(`approving answered ${response.status} without a redirect`);
  }
  return new URL(location);
}

/** Books, starts paying and approves at the simulator: ready for capturePayment. */
export async function approvedBooking(
  server: GraphQLClient,
  event: EventEntity,
  ticketType: TicketTypeEntity,
  quantity = 2,
): Promise<{ booking: BookingData; token: string; orderId: string }> {
  const { booking, token } = await book(server, event, ticketType, quantity);
  const { approvalUrl, orderId } = await started(server, token);
  await approveAtPayPal(approvalUrl);
  return { booking, token, orderId };
}

/** POSTs a webhook message to the server's /webhooks/paypal as PayPal would: its status and outcome. */
export async function postWebhook(
  server: Pick<TestServer, 'url'>,
  message: Pick<WebhookMessage, 'headers' | 'body'>,
): Promise<{ status: number; body: { outcome?: string } }> {
  const response = await fetch(`${server.url}/webhooks/paypal`, {
    method: 'POST',
    headers: message.headers,
    body: message.body,
  });
  return { status: response.status, body: (await response.json()) as { outcome?: string } };
}

/** The outbox messages caused by a booking's id or capture, by kind. */
export async function emailsFor(server: TestServer, causeFragment: string) {
  return server.dataSource
    .getRepository(EmailMessageEntity)
    .createQueryBuilder('message')
    .where('message.causeKey LIKE :cause', { cause: `%${causeFragment}%` })
    .orderBy('message.createdAt', 'ASC')
    .getMany();
}

export async function eventually<T>(
  read: () => Promise<T>,
  accept: (value: T) => boolean,
  timeoutMs = 10_000,
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await read();
    if (accept(value) || Date.now() > deadline) return value;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}
