import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { loginAs, type SignedIn } from '../../../test/auth';
import { bookViaApi } from '../../../test/bookings';
import { bookingInput, createEvent, createTicketType } from '../../../test/factories';
import { ANSWER_FIELDS, createQuestion, type QuestionData } from '../../../test/questions';
import { startTestServer, TEST_UPLOADS_DIR, type TestServer } from '../../../test/test-server';
import { createRequestContext } from '../../common/request-context';
import { AdminRole } from '../accounts/admin-account.entity';
import { BookingEntity } from '../bookings/booking.entity';
import type { EventEntity } from '../events/event.entity';
import type { TicketTypeEntity } from '../tickets/ticket-type.entity';
import { QuestionFileEntity } from './question-file.entity';

// A real, minimal PDF and a real 1x1 PNG.
const PDF = Buffer.from(
  '%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\n' +
    'trailer<</Root 1 0 R>>\n%%EOF\n',
);
const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==',
  'base64',
);
// A Windows executable's first bytes.
const EXE = Buffer.concat([Buffer.from('MZ'), Buffer.alloc(200, 0x90)]);

const ADMIN_BOOKING = `query ($id: ID!) { adminBooking(id: $id) {
  answers { ...AnswerFields file { id name contentType sizeBytes sha256 } } } } ${ANSWER_FIELDS}`;

let server: TestServer;
let admin: SignedIn;
let event: EventEntity;
let standard: TicketTypeEntity;
let passport: QuestionData;

interface Uploaded {
  id: string;
  name: string;
  contentType: string;
  sizeBytes: number;
  sha256: string;
}

function upload(questionId: string, bytes: Buffer, name: string, contentType = 'application/octet-stream') {
  return fetch(`${server.url}/uploads/questions/${questionId}`, {
    method: 'POST',
    headers: { 'Content-Type': contentType, 'X-File-Name': encodeURIComponent(name) },
    body: bytes,
  });
}

async function uploaded(questionId: string, bytes: Buffer, name: string): Promise<Uploaded> {
  const response = await upload(questionId, bytes, name);
  expect(response.status).toBe(201);
  return (await response.json()) as Uploaded;
}

function download(fileId: string, headers: Record<string, string> = {}) {
  return fetch(`${server.url}/files/${fileId}`, { headers });
}

const sha256 = (bytes: Buffer | ArrayBuffer) =>
  createHash('sha256')
    .update(Buffer.from(bytes as ArrayBuffer))
    .digest('hex');

async function bookWith(fileId: string) {
  const response = await bookViaApi(server, {
    ...bookingInput(event, [[standard, 1]]),
    answers: [{ questionId: passport.id, fileId }],
  });
  expect(response.errors).toBeUndefined();
  return response.data!.createBooking;
}

beforeEach(async () => {
  server = await startTestServer();
  admin = await loginAs(server, AdminRole.ADMIN);
  event = await createEvent(server.dataSource, { slug: 'files' });
  standard = await createTicketType(server.dataSource, event, { name: 'Standard', priceMinor: 0 });
  passport = await createQuestion(server, admin.headers, {
    eventId: event.id,
    type: 'FILE',
    scope: 'BOOKING',
    label: 'Copy of your passport',
    required: true,
    fileKinds: ['PDF', 'PNG'],
    maxFileBytes: 4096,
  });
});

afterEach(async () => {
  await server.close();
});

describe('a file-upload answer', () => {
  it('round-trips: uploaded, booked with, and downloaded by an ADMIN and by the booking’s holder, byte for byte', async () => {
    const file = await uploaded(passport.id, PDF, 'my passport.pdf');
    expect(file).toMatchObject({
      name: 'my passport.pdf',
      contentType: 'application/pdf',
      sizeBytes: PDF.length,
      sha256: sha256(PDF),
    });
    // The bytes are on disk, not in the row, under a name that is none of the buyer's.
    const row = await server.dataSource.getRepository(QuestionFileEntity).findOneByOrFail({ id: file.id });
    expect(row.storageName).toMatch(/^[0-9a-f]{32}$/);
    expect(fs.readFileSync(path.join(TEST_UPLOADS_DIR, row.storageName)).equals(PDF)).toBe(true);

    const made = await bookWith(file.id);
    expect(made.errors).toEqual([]);
    const booking = made.booking!;

    const detail = await server.graphql<{
      adminBooking: { answers: { display: string; file: Uploaded | null }[] };
    }>(ADMIN_BOOKING, { id: booking.id }, admin.headers);
    expect(detail.errors).toBeUndefined();
    expect(detail.data!.adminBooking.answers).toEqual([
      expect.objectContaining({ display: 'my passport.pdf', file }),
    ]);

    const asAdmin = await download(file.id, admin.headers);
    expect(asAdmin.status).toBe(200);
    expect(asAdmin.headers.get('content-type')).toBe('application/pdf');
    expect(asAdmin.headers.get('content-disposition')).toBe('attachment; filename="my passport.pdf"');
    expect(asAdmin.headers.get('x-content-type-options')).toBe('nosniff');
    expect(sha256(await asAdmin.arrayBuffer())).toBe(file.sha256);

    const asHolder = await download(file.id, { 'X-Booking-Token': made.token! });
    expect(asHolder.status).toBe(200);
    expect(sha256(await asHolder.arrayBuffer())).toBe(file.sha256);
  });

  it('is not sent to anyone else: anonymous, another booking’s holder, STAFF when not shown at the door', async () => {
    const file = await uploaded(passport.id, PNG, 'photo.png');
    expect(file.contentType).toBe('image/png');
    expect((await bookWith(file.id)).errors).toEqual([]);
    const other = await bookWith((await uploaded(passport.id, PDF, 'other.pdf')).id);
    const staff = await loginAs(server, AdminRole.STAFF);

    expect((await download(file.id)).status).toBe(404);
    expect((await download(file.id, { 'X-Booking-Token': other.token! })).status).toBe(404);
    expect((await download(file.id, { 'X-Booking-Token': 'not-a-token' })).status).toBe(404);
    expect((await download(file.id, staff.headers)).status).toBe(404);
    expect((await download(file.id, admin.headers)).status).toBe(200);
  });

  it('refuses a file whose bytes are not a kind the question accepts, whatever its name and type say', async () => {
    const disguised = await upload(passport.id, EXE, 'invoice.pdf');
    expect(disguised.status).toBe(415);
    expect(await disguised.json()).toMatchObject({ code: 'FILE_KIND_NOT_ACCEPTED' });
    // A JPEG is a real image, but this question does not take JPEGs.
    const jpeg = await upload(passport.id, Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 0x10]), 'a.jpg');
    expect(jpeg.status).toBe(415);
    expect(await server.dataSource.getRepository(QuestionFileEntity).count()).toBe(0);
  });

  it('refuses a file over the question’s size, and one not sent as a plain upload (no cross-site form can)', async () => {
    const large = Buffer.concat([PDF, Buffer.alloc(4096)]);
    const tooLarge = await upload(passport.id, large, 'big.pdf');
    expect(tooLarge.status).toBe(413);
    expect(await tooLarge.json()).toMatchObject({ code: 'FILE_TOO_LARGE' });

    const form = await upload(passport.id, PDF, 'a.pdf', 'multipart/form-data; boundary=x');
    expect(form.status).toBe(415);
    expect((await upload('00000000-0000-4000-8000-000000000000', PDF, 'a.pdf')).status).toBe(404);
    expect(await server.dataSource.getRepository(QuestionFileEntity).count()).toBe(0);
  });

  it('refuses a booking that names no upload, another question’s, or one another booking holds', async () => {
    const missing = await bookWith('00000000-0000-4000-8000-000000000000');
    expect(missing.errors.map((error) => [error.code, error.field])).toEqual([
      ['ANSWER_INVALID', `answers.${passport.id}`],
    ]);
    const file = await uploaded(passport.id, PDF, 'a.pdf');
    expect((await bookWith(file.id)).errors).toEqual([]);
    const reused = await bookWith(file.id);
    expect(reused.errors).toEqual([
      expect.objectContaining({ code: 'ANSWER_INVALID', field: `answers.${passport.id}` }),
    ]);
    const unanswered = await bookViaApi(server, bookingInput(event, [[standard, 1]]));
    expect(unanswered.data!.createBooking.errors.map((error) => error.code)).toEqual(['ANSWER_MISSING']);
    expect(await server.dataSource.getRepository(BookingEntity).count()).toBe(1);
  });

  it('stays the booking’s own when the buyer changes the answers, and may be replaced by a new upload', async () => {
    const first = await uploaded(passport.id, PDF, 'first.pdf');
    const made = await bookWith(first.id);
    const update = (fileId: string) =>
      server.graphql<{ updateBookingAnswers: { saved: boolean; errors: { code: string }[] } }>(
        `mutation ($input: UpdateBookingAnswersInput!) {
          updateBookingAnswers(input: $input) { saved errors { code } } }`,
        { input: { token: made.token, answers: [{ questionId: passport.id, fileId }], attendees: [] } },
      );
    expect((await update(first.id)).data!.updateBookingAnswers).toEqual({ saved: true, errors: [] });
    const second = await uploaded(passport.id, PNG, 'second.png');
    expect((await update(second.id)).data!.updateBookingAnswers).toEqual({ saved: true, errors: [] });
    expect((await download(second.id, { 'X-Booking-Token': made.token! })).status).toBe(200);
    // The replaced file answers nothing now: no one gets it, and the retention job takes it.
    expect((await download(first.id, admin.headers)).status).toBe(404);
  });

  it('that no booking took is removed with its bytes after a day; a booked one stays', async () => {
    const unused = await uploaded(passport.id, PDF, 'left.pdf');
    const used = await uploaded(passport.id, PNG, 'kept.png');
    expect((await bookWith(used.id)).errors).toEqual([]);
    const files = server.dataSource.getRepository(QuestionFileEntity);
    const unusedRow = await files.findOneByOrFail({ id: unused.id });
    const services = server.app.services;

    expect(await services.questionFiles.deleteUnused(createRequestContext({}))).toBe(0);
    const tomorrow = new Date(Date.now() + 25 * 60 * 60 * 1000);
    expect(await services.questionFiles.deleteUnused(createRequestContext({ now: tomorrow }))).toBe(1);
    expect(await files.findOneBy({ id: unused.id })).toBeNull();
    expect(fs.existsSync(path.join(TEST_UPLOADS_DIR, unusedRow.storageName))).toBe(false);
    expect((await download(used.id, admin.headers)).status).toBe(200);
  });
});
