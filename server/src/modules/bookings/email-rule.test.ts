/**
 * The API's rule for e-mail addresses, checked through createBooking. The site checks addresses with
 * the same function before it sends them (client/src/lib/email-address.ts); its test has these cases,
 * so the form and the API agree on every one.
 */
import { bookViaApi } from '../../../test/bookings';
import { bookingInput, createEvent, createTicketType, DAY } from '../../../test/factories';
import { startTestServer, type TestServer } from '../../../test/test-server';
import type { TicketTypeEntity } from '../tickets/ticket-type.entity';
import type { EventEntity } from '../events/event.entity';

let server: TestServer;
let event: EventEntity;
let ticketType: TicketTypeEntity;

beforeAll(async () => {
  server = await startTestServer();
  event = await createEvent(server.dataSource, { startsAt: new Date(Date.now() + 30 * DAY) });
  ticketType = await createTicketType(server.dataSource, event, { priceMinor: 0, capacity: 100 });
});

afterAll(() => server.close());

test.each([
  ['kim@example.com', true],
  ['kim.lee+tickets@mail.example.co.uk', true],
  ['kim@example', false],
  ['kim@@example.com', false],
  ['kim example@example.com', false],
  ['@example.com', false],
  ['kim@', false],
  [`${'k'.repeat(250)}@example.com`, false],
])('%s is an e-mail address for the API: %s', async (address, valid) => {
  const input = bookingInput(event, [[ticketType, 1]]);
  const response = await bookViaApi(server, { ...input, buyer: { ...input.buyer, email: address } });
  const badFields = (response.errors ?? []).flatMap(
    (error) =>
      (error.extensions?.fields as { field: string }[] | undefined)?.map((problem) => problem.field) ?? [],
  );
  expect(badFields.includes('buyer.email')).toBe(!valid);
  if (valid) expect(response.data?.createBooking.errors).toEqual([]);
});
