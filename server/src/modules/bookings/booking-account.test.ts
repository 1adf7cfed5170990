import { loginAs, type SignedIn } from '../../../test/auth';
import { approvedBooking, book, capturePayment, emailsFor, paidEvent } from '../../../test/checkout';
import { startTestServer, type TestServer } from '../../../test/test-server';
import { AdminRole } from '../accounts/admin-account.entity';
import { EmailKind } from '../email/email-message.entity';

/** What the buyer's booking page reads about money. */
const BOOKING_ACCOUNT = /* GraphQL */ `
  query BookingAccount($token: String!) {
    booking(token: $token) {
      status
      cancelledAt
      account {
        paid {
          amountMinor
          currency
        }
        payments {
          amount {
            amountMinor
          }
          at
        }
        pending {
          amountMinor
        }
        refunded {
          amountMinor
        }
        refunds {
          amount {
            amountMinor
          }
          at
        }
        retained {
          amountMinor
        }
      }
    }
  }
`;

interface AccountData {
  booking: {
    status: string;
    cancelledAt: string | null;
    account: {
      paid: { amountMinor: number; currency: string };
      payments: { amount: { amountMinor: number }; at: string }[];
      pending: { amountMinor: number };
      refunded: { amountMinor: number };
      refunds: { amount: { amountMinor: number }; at: string }[];
      retained: { amountMinor: number };
    };
  };
}

const ADMIN_MUTATION = (name: string, inputType: string) => /* GraphQL */ `
  mutation Admin($input: ${inputType}!) {
    ${name}(input: $input) {
      errors {
        code
        message
      }
    }
  }
`;

let server: TestServer;
let admin: SignedIn;

beforeAll(async () => {
  server = await startTestServer({ paymentTimeoutMs: 3000 });
  admin = await loginAs(server, AdminRole.ADMIN);
});

afterAll(() => server.close());

async function accountOf(token: string) {
  const response = await server.graphql<AccountData>(BOOKING_ACCOUNT, { token });
  return response.data!.booking;
}

async function paidBooking(quantity: number) {
  const { event, ticketType } = await paidEvent(server, { priceMinor: 2000 });
  const { booking, token, orderId } = await approvedBooking(server, event, ticketType, quantity);
  const captured = await capturePayment(server, token, orderId);
  expect(captured.data?.capturePayment.booking?.status).toBe('CONFIRMED');
  return { booking, token };
}

async function adminDoes(name: string, inputType: string, input: Record<string, unknown>) {
  const response = await server.graphql<Record<string, { errors: unknown[] }>>(
    ADMIN_MUTATION(name, inputType),
    { input },
    admin.headers,
  );
  expect(response.data?.[name].errors).toEqual([]);
}

describe('Booking.account', () => {
  it('says nothing was paid for a booking still awaiting payment', async () => {
    const { event, ticketType } = await paidEvent(server);
    const { token } = await book(server, event, ticketType, 1);

    const booking = await accountOf(token);

    expect(booking.account).toEqual({
      paid: { amountMinor: 0, currency: 'EUR' },
      payments: [],
      pending: { amountMinor: 0 },
      refunded: { amountMinor: 0 },
      refunds: [],
      retained: { amountMinor: 0 },
    });
    expect(booking.cancelledAt).toBeNull();
  });

  it('shows a paid booking the organiser cancelled and refunded as paid, refunded and holding nothing', async () => {
    const { booking, token } = await paidBooking(2);

    await adminDoes('cancelBooking', 'CancelBookingInput', {
      bookingId: booking.id,
      reason: 'Venue flooded',
    });

    const cancelled = await accountOf(token);
    expect(cancelled.status).toBe('CANCELLED');
    expect(cancelled.cancelledAt).not.toBeNull();
    expect(cancelled.account).toMatchObject({
      paid: { amountMinor: 4000, currency: 'EUR' },
      payments: [{ amount: { amountMinor: 4000 } }],
      refunded: { amountMinor: 4000 },
      refunds: [{ amount: { amountMinor: 4000 } }],
      retained: { amountMinor: 0 },
    });
    // The cancellation e-mail says the same, with dates, and never "nothing was charged".
    const message = (await emailsFor(server, booking.id)).find(
      (email) => email.kind === EmailKind.BOOKING_CANCELLED,
    )!;
    expect(message.text).toMatch(/Paid on .+: €40\.00/);
    expect(message.text).toMatch(/Refunded on .+: €40\.00/);
    expect(message.text).toContain('Still held by the organiser: €0.00');
    expect(message.text).not.toContain('Nothing was charged');
    expect(message.html).toContain('Still held by the organiser');
  });

  it('keeps what was not refunded after a partial refund, in the page and the refund e-mail', async () => {
    const { booking, token } = await paidBooking(2);

    await adminDoes('refundBooking', 'RefundBookingInput', {
      bookingId: booking.id,
      amountMinor: 1500,
      reason: 'One guest could not come',
      idempotencyKey: `partial-${booking.id}`,
    });

    const refunded = await accountOf(token);
    expect(refunded.status).toBe('PARTIALLY_REFUNDED');
    expect(refunded.account).toMatchObject({
      paid: { amountMinor: 4000 },
      refunded: { amountMinor: 1500 },
      retained: { amountMinor: 2500 },
    });
    const messages = await emailsFor(server, booking.id);
    const confirmation = messages.find((email) => email.kind === EmailKind.BOOKING_CONFIRMATION)!;
    expect(confirmation.text).toMatch(/Paid on .+: €40\.00/);
    expect(confirmation.text).toContain('Still held by the organiser: €40.00');
    const notice = messages.find((email) => email.kind === EmailKind.REFUND_ISSUED)!;
    expect(notice.text).toMatch(/Refunded on .+: €15\.00/);
    expect(notice.text).toContain('Still held by the organiser: €25.00');
  });
});
