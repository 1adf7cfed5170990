import { loginAs } from '../../../test/auth';
import { bookViaApi } from '../../../test/bookings';
import { bookingInput, createEvent, createTicketType } from '../../../test/factories';
import { createQuestion } from '../../../test/questions';
import { startTestServer, type TestServer } from '../../../test/test-server';
import { AdminRole } from '../accounts/admin-account.entity';

const ATTENDEES = `query ($eventId: ID!) { eventAttendees(eventId: $eventId, first: 10) {
  nodes { attendeeName answers { label display } } } }`;

let server: TestServer;

beforeAll(async () => {
  server = await startTestServer();
});

afterAll(async () => {
  await server.close();
});

test('the attendee list reads each attendee’s answers then the buyer’s; STAFF only those shown at the door', async () => {
  const admin = await loginAs(server, AdminRole.ADMIN);
  const staff = await loginAs(server, AdminRole.STAFF);
  const event = await createEvent(server.dataSource, { slug: 'attendee-answers' });
  const general = await createTicketType(server.dataSource, event, { name: 'General', priceMinor: 0 });
  const ask = (input: Record<string, unknown>) =>
    createQuestion(server, admin.headers, { eventId: event.id, ...input });
  const diet = await ask({ type: 'TEXT', scope: 'ATTENDEE', label: 'Diet', showAtDoor: true });
  const phone = await ask({ type: 'TEXT', scope: 'ATTENDEE', label: 'Emergency contact' });
  const company = await ask({ type: 'TEXT', scope: 'BOOKING', label: 'Company' });
  const made = await bookViaApi(server, {
    ...bookingInput(event, [[general, 1]]),
    answers: [{ questionId: company.id, textValue: 'ACME' }],
    attendees: [
      {
        ticketTypeId: general.id,
        name: 'Grace',
        sameAsBuyer: false,
        answers: [
          { questionId: diet.id, textValue: 'Vegan' },
          { questionId: phone.id, textValue: 'Alan, 0123' },
        ],
      },
    ],
  });
  expect(made.data!.createBooking.errors).toEqual([]);

  type Result = { eventAttendees: { nodes: { answers: { label: string; display: string }[] }[] } };
  const asAdmin = await server.graphql<Result>(ATTENDEES, { eventId: event.id }, admin.headers);
  expect(asAdmin.data!.eventAttendees.nodes[0].answers).toEqual([
    { label: 'Diet', display: 'Vegan' },
    { label: 'Emergency contact', display: 'Alan, 0123' },
    { label: 'Company', display: 'ACME' },
  ]);
  const asStaff = await server.graphql<Result>(ATTENDEES, { eventId: event.id }, staff.headers);
  expect(asStaff.data!.eventAttendees.nodes[0].answers).toEqual([{ label: 'Diet', display: 'Vegan' }]);
});
