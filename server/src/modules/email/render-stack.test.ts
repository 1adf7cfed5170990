/**
 * The API serves reads without the rendering libraries (render-stack.ts): the app and its job runner
 * start and answer the catalog, a booking and a booking page with none of MJML, pdfkit, qrcode or
 * nodemailer loaded, and the first message rendered loads what it needs, never MJML (its HTML is
 * compiled at build time, email-html.generated.ts). A static import of one of
 * them anywhere on the request path (app, services, resolvers, jobs) fails the first test.
 *
 * Each library is registered with jest.mock as the real package, only to see when it is first
 * required in this file's module registry. The app is imported after the registrations (dynamic
 * import in beforeAll), so every load of them is seen.
 */
import type { TestServer } from '../../../test/test-server';

const mockLoaded = new Set<string>();
for (const name of ['mjml', 'pdfkit', 'qrcode', 'nodemailer']) {
  jest.mock(name, () => {
    mockLoaded.add(name);
    return jest.requireActual(name);
  });
}

const CATALOG = /* GraphQL */ `
  query {
    events(first: 20) {
      nodes {
        id
        title
        ticketTypes {
          id
          name
        }
      }
    }
  }
`;

let server: TestServer;
let helpers: {
  checkout: typeof import('../../../test/checkout');
  bookings: typeof import('../../../test/bookings');
};

beforeAll(async () => {
  const { startTestServer } = await import('../../../test/test-server');
  helpers = {
    checkout: await import('../../../test/checkout'),
    bookings: await import('../../../test/bookings'),
  };
  server = await startTestServer({ jobs: true });
});

afterAll(async () => {
  await server?.close();
});

it('starts and serves reads without loading MJML, pdfkit, qrcode or nodemailer', async () => {
  const { event, ticketType } = await helpers.checkout.paidEvent(server);
  const catalog = await server.graphql<{ events: { nodes: { id: string }[] } }>(CATALOG);
  expect(catalog.data?.events.nodes.map((node) => node.id)).toContain(event.id);
  const { token } = await helpers.checkout.book(server, event, ticketType, 1);
  const page = await server.graphql<{ booking: { id: string } | null }>(helpers.bookings.BOOKING_BY_TOKEN, {
    token,
  });
  expect(page.data?.booking).not.toBeNull();

  expect([...mockLoaded]).toEqual([]);
});

it('loads qrcode and pdfkit, never MJML, when the first confirmation is rendered, and serves the tickets PDF', async () => {
  const { event, ticketType } = await helpers.checkout.paidEvent(server);
  const { booking, token, orderId } = await helpers.checkout.approvedBooking(server, event, ticketType, 1);
  const captured = await helpers.checkout.capturePayment(server, token, orderId);
  expect(captured.data?.capturePayment.errors).toEqual([]);

  const messages = await helpers.checkout.emailsFor(server, booking.id);
  expect(messages.map((message) => message.attachments.map((attachment) => attachment.contentType))).toEqual([
    ['image/png', 'application/pdf', 'text/calendar; charset=utf-8; method=PUBLISH'],
  ]);
  expect(mockLoaded).toEqual(new Set(['qrcode', 'pdfkit']));

  // The booking page's PDF download renders through the same lazily loaded pdfkit.
  const pdf = await server.graphql<{ booking: { ticketsPdf: string | null } | null }>(
    'query ($token: String!) { booking(token: $token) { ticketsPdf } }',
    { token },
  );
  expect(
    Buffer.from(pdf.data?.booking?.ticketsPdf ?? '', 'base64')
      .subarray(0, 5)
      .toString(),
  ).toBe('%PDF-');
});
