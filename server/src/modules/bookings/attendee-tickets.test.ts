/**
 * Attendees with an address of their own get their own ticket by e-mail when the booking is
 * confirmed (free or paid), once, with nothing of the rest of the booking; the event can turn it off.
 */
import { loginAs } from '../../../test/auth';
import { bookViaApi, type BookingData } from '../../../test/bookings';
import { approveAtPayPal, capturePayment, emailsFor, postWebhook, started } from '../../../test/checkout';
import { inTransaction } from '../../../test/context';
import { bookingInput, createEvent, createTicketType } from '../../../test/factories';
import { pdfPageCount } from '../../../test/pdf-images';
import { startTestServer, type TestServer } from '../../../test/test-server';
import { setWaiver } from '../../../test/waivers';
import { EmailKind, type EmailMessageEntity } from '../email/email-message.entity';
import { EventEntity } from '../events/event.entity';
import { formatTicketShortCode } from './booking-codes';
import { TicketEntity } from './ticket.entity';

let server: TestServer;

beforeAll(async () => {
  server = await startTestServer();
});

afterAll(() => server.close());

/** A booking of three: the buyer themself, and two attendees with addresses of their own. */
async function bookThree(priceMinor: number, event?: EventEntity) {
  const forEvent = event ?? (await createEvent(server.dataSource));
  const ticketType = await createTicketType(server.dataSource, forEvent, { priceMinor });
  const stamp = `${Date.now()}-${Math.random().toString(36).slice(2, 8)}`;
  const ann = `ann-${stamp}@example.org`;
  const bob = `Bob-${stamp}@Example.org`;
  const input = bookingInput(forEvent, [[ticketType, 3]], {
    attendees: [
      { ticketTypeId: ticketType.id, name: null, email: null, sameAsBuyer: true },
      { ticketTypeId: ticketType.id, name: 'Ann Attendee', email: ann, sameAsBuyer: false },
      { ticketTypeId: ticketType.id, name: 'Bob Attendee', email: bob, sameAsBuyer: false },
    ],
  });
  const response = await bookViaApi(server, input);
  const payload = response.data?.createBooking;
  if (!payload?.booking || !payload.token) throw new Error(`booking failed: ${JSON.stringify(response)}`);
  return { booking: payload.booking, token: payload.token, event: forEvent, ann, bob };
}

async function shortCodesOf(booking: BookingData): Promise<Map<string, string>> {
  const tickets = await server.dataSource.getRepository(TicketEntity).findBy({ bookingId: booking.id });
  return new Map(tickets.map((ticket) => [ticket.attendeeName, formatTicketShortCode(ticket.shortCode!)]));
}

const attendeeTickets = async (bookingId: string) =>
  (await emailsFor(server, bookingId)).filter((email) => email.kind === EmailKind.ATTENDEE_TICKET);

/** Each attendee's message holds their own ticket only, no booking link, and their ticket as a PDF. */
async function expectOwnTicketsOnly(
  booking: BookingData,
  mails: EmailMessageEntity[],
  { ann, bob, title }: { ann: string; bob: string; title: string },
): Promise<void> {
  expect(mails.map((mail) => mail.recipients).sort()).toEqual([[ann], [bob]].sort());
  const codes = await shortCodesOf(booking);
  const buyerCode = codes.get(booking.buyer.name)!;
  for (const [mine, theirs, address] of [
    ['Ann Attendee', 'Bob Attendee', ann],
    ['Bob Attendee', 'Ann Attendee', bob],
  ]) {
    const mail = mails.find((candidate) => candidate.recipients[0] === address)!;
    expect(mail.subject).toBe(`Your ticket for ${title}`);
    for (const part of [mail.html, mail.text]) {
      expect(part).toContain(mine);
      expect(part).toContain(codes.get(mine)!);
      expect(part).not.toContain(codes.get(theirs)!);
      expect(part).not.toContain(theirs);
      expect(part).not.toContain(buyerCode);
      // The booking link opens the whole booking: an attendee's e-mail never carries one.
      expect(part).not.toMatch(/\/bookings\//);
    }
    const pdf = mail.attachments.find((attachment) => attachment.contentType === 'application/pdf')!;
    expect(pdf).toBeDefined();
    expect(pdfPageCount(Buffer.from(pdf.contentBase64, 'base64'))).toBe(1);
    const qrImages = mail.attachments.filter((attachment) => attachment.contentType === 'image/png');
    expect(qrImages).toHaveLength(1);
    expect(mail.html).toContain(`cid:${qrImages[0].cid}`);
    expect(mail.attachments.some((attachment) => attachment.filename === 'event.ics')).toBe(false);
  }
}

describe('attendee tickets by e-mail', () => {
  it('sends each attendee with their own address one e-mail with only their ticket (free booking)', async () => {
    const { booking, event, ann, bob } = await bookThree(0);
    expect(booking.status).toBe('CONFIRMED');

    const mails = await attendeeTickets(booking.id);

    await expectOwnTicketsOnly(booking, mails, { ann, bob, title: event.title });
    const confirmations = (await emailsFor(server, booking.id)).filter(
      (email) => email.kind === EmailKind.BOOKING_CONFIRMATION,
    );
    expect(confirmations.map((email) => email.recipients)).toEqual([[booking.buyer.email]]);
  });

  it("sends nothing more to an attendee who typed the buyer's address in other letters", async () => {
    const event = await createEvent(server.dataSource);
    const ticketType = await createTicketType(server.dataSource, event, { priceMinor: 0 });
    const input = bookingInput(event, [[ticketType, 1]]);
    input.attendees = [
      {
        ticketTypeId: ticketType.id,
        name: 'Kid',
        email: input.buyer.email.toUpperCase(),
        sameAsBuyer: false,
      },
    ];
    const booking = (await bookViaApi(server, input)).data!.createBooking.booking!;

    expect(booking.status).toBe('CONFIRMED');
    expect(await attendeeTickets(booking.id)).toEqual([]);
  });

  it('sends them once for a paid booking confirmed by the capture and again by the webhook', async () => {
    const { booking, token, event, ann, bob } = await bookThree(2000);
    const { approvalUrl, orderId } = await started(server, token);
    await approveAtPayPal(approvalUrl);
    const captured = await capturePayment(server, token, orderId);
    expect(captured.data!.capturePayment.booking!.status).toBe('CONFIRMED');
    const simulator = server.payments.simulator!;
    const [captureId] = simulator.captureIdsOf(orderId);
    expect(
      (await postWebhook(server, simulator.buildWebhook('PAYMENT.CAPTURE.COMPLETED', captureId))).status,
    ).toBe(200);
    // And a confirmation's effects run a second time (as a replayed step would): the cause keys hold.
    await inTransaction(server.app.services, (tx) =>
      server.app.services.bookingNotifications.bookingConfirmed(tx, booking.id),
    );

    const mails = await attendeeTickets(booking.id);

    expect(mails).toHaveLength(2);
    await expectOwnTicketsOnly(booking, mails, { ann, bob, title: event.title });
  });

  it('sends none when an admin turned sendAttendeeTickets off for the event', async () => {
    const admin = await loginAs(server);
    const event = await createEvent(server.dataSource);
    const updated = await server.graphql<{ updateEvent: { event: { sendAttendeeTickets: boolean } } }>(
      `mutation ($input: UpdateEventInput!) { updateEvent(input: $input) { event { sendAttendeeTickets } } }`,
      { input: { id: event.id, sendAttendeeTickets: false } },
      admin.headers,
    );
    expect(updated.data!.updateEvent.event.sendAttendeeTickets).toBe(false);

    const { booking } = await bookThree(0, event);

    expect(booking.status).toBe('CONFIRMED');
    expect(await attendeeTickets(booking.id)).toEqual([]);
    expect((await emailsFor(server, booking.id)).map((email) => email.kind)).toContain(
      EmailKind.BOOKING_CONFIRMATION,
    );
  });

  it('says the waiver comes in its own e-mail, which goes to the attendee as before', async () => {
    const admin = await loginAs(server);
    const event = await createEvent(server.dataSource);
    await setWaiver(server, admin, event.id, 'I take part at my own risk.');

    const { booking, ann } = await bookThree(0, event);

    const mail = (await attendeeTickets(booking.id)).find((candidate) => candidate.recipients[0] === ann)!;
    expect(mail.text).toContain('you will receive a separate e-mail with your link to sign it');
    const waiverRequests = (await emailsFor(server, '')).filter(
      (email) => email.kind === EmailKind.WAIVER_REQUEST && email.recipients[0] === ann,
    );
    expect(waiverRequests).toHaveLength(1);
  });
});
