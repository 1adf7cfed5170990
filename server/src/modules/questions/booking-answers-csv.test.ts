import { loginAs, type SignedIn } from '../../../test/auth';
import { bookViaApi } from '../../../test/bookings';
import { bookingInput, createEvent, createTicketType } from '../../../test/factories';
import { createQuestion, type QuestionData } from '../../../test/questions';
import { startTestServer, type TestServer } from '../../../test/test-server';
import { AdminRole } from '../accounts/admin-account.entity';

const CSV = `query { adminBookingsCsv }`;

let server: TestServer;
let admin: SignedIn;

beforeAll(async () => {
  server = await startTestServer();
  admin = await loginAs(server, AdminRole.ADMIN);
});

afterAll(async () => {
  await server.close();
});

/** The CSV as objects by header (no cell of these tests holds a comma or a quote). */
function parse(csv: string): Record<string, string>[] {
  const [header, ...rows] = csv.split('\r\n').filter(Boolean);
  const names = header.split(',');
  return rows.map((row) => Object.fromEntries(row.split(',').map((cell, index) => [names[index], cell])));
}

test('the bookings CSV has a column per question, shared by events asking the same label; STAFF get door questions only', async () => {
  const camp = await createEvent(server.dataSource, { slug: 'csv-camp', title: 'Camp' });
  const gala = await createEvent(server.dataSource, { slug: 'csv-gala', title: 'Gala' });
  const camper = await createTicketType(server.dataSource, camp, { name: 'Camper', priceMinor: 0 });
  const guest = await createTicketType(server.dataSource, gala, { name: 'Guest', priceMinor: 0 });
  const ask = (eventId: string, input: Record<string, unknown>): Promise<QuestionData> =>
    createQuestion(server, admin.headers, { eventId, ...input });
  const size = await ask(camp.id, {
    type: 'ONE_CHOICE',
    scope: 'ATTENDEE',
    label: 'T-shirt size',
    choices: [{ label: 'M' }, { label: 'L' }],
  });
  const campCompany = await ask(camp.id, { type: 'TEXT', scope: 'BOOKING', label: 'Company' });
  const galaCompany = await ask(gala.id, { type: 'TEXT', scope: 'BOOKING', label: 'Company' });
  const diet = await ask(gala.id, { type: 'TEXT', scope: 'ATTENDEE', label: 'Diet', showAtDoor: true });

  const campBooking = await bookViaApi(server, {
    ...bookingInput(camp, [[camper, 2]]),
    answers: [{ questionId: campCompany.id, textValue: 'ACME' }],
    attendees: [0, 1].map((index) => ({
      ticketTypeId: camper.id,
      name: `Camper ${index + 1}`,
      sameAsBuyer: false,
      answers: [{ questionId: size.id, choiceIds: [size.choices[index].id] }],
    })),
  });
  expect(campBooking.data!.createBooking.errors).toEqual([]);
  const galaBooking = await bookViaApi(server, {
    ...bookingInput(gala, [[guest, 1]]),
    answers: [{ questionId: galaCompany.id, textValue: 'Beta' }],
    attendees: [
      {
        ticketTypeId: guest.id,
        name: 'Guest',
        sameAsBuyer: false,
        answers: [{ questionId: diet.id, textValue: '=cmd' }],
      },
    ],
  });
  expect(galaBooking.data!.createBooking.errors).toEqual([]);

  const asAdmin = await server.graphql<{ adminBookingsCsv: string }>(CSV, {}, admin.headers);
  expect(asAdmin.errors).toBeUndefined();
  const rows = parse(asAdmin.data!.adminBookingsCsv);
  const header = asAdmin.data!.adminBookingsCsv.split('\r\n')[0].split(',');
  expect(header.slice(header.indexOf('line_discounts') + 1).sort()).toEqual([
    'Company',
    'Diet',
    'T-shirt size',
  ]);
  const camps = rows.find((row) => row.event === 'Camp')!;
  expect(camps).toMatchObject({ Company: 'ACME', 'T-shirt size': 'Ticket 1: M; Ticket 2: L', Diet: '' });
  // One ticket: the answer alone; a formula is written as text.
  const galas = rows.find((row) => row.event === 'Gala')!;
  expect(galas).toMatchObject({ Company: 'Beta', 'T-shirt size': '', Diet: "'=cmd" });

  const staff = await loginAs(server, AdminRole.STAFF);
  const asStaff = await server.graphql<{ adminBookingsCsv: string }>(CSV, {}, staff.headers);
  const staffHeader = asStaff.data!.adminBookingsCsv.split('\r\n')[0].split(',');
  expect(staffHeader.slice(staffHeader.indexOf('line_discounts') + 1)).toEqual(['Diet']);
});
