import { loginAs, type SignedIn } from '../../../test/auth';
import { bookViaApi } from '../../../test/bookings';
import { bookingInput, createEvent, createTicketType } from '../../../test/factories';
import { startTestServer, type TestServer } from '../../../test/test-server';
import { createVoucher } from '../../../test/vouchers';
import { AdminRole } from '../accounts/admin-account.entity';
import { AuditLogEntryEntity } from '../audit/audit-log-entry.entity';
import { EmailKind, EmailMessageEntity } from '../email/email-message.entity';
import { VoucherEntity } from './voucher.entity';

let server: TestServer;
let admin: SignedIn;
let staff: SignedIn;

beforeAll(async () => {
  server = await startTestServer();
  admin = await loginAs(server, AdminRole.ADMIN);
  staff = await loginAs(server, AdminRole.STAFF);
});

afterAll(() => server.close());

const VOUCHER_FIELDS = `vouchers { id code discountKind discountValue usedCount maxUses disabledAt ticketTypeIds }
  errors { code field message }`;

interface AdminVoucherData {
  id: string;
  code: string;
  discountKind: string;
  discountValue: number;
  usedCount: number;
  maxUses: number | null;
  disabledAt: string | null;
  ticketTypeIds: string[];
}
interface VouchersPayloadData {
  vouchers: AdminVoucherData[];
  errors: { code: string; field: string | null; message: string }[];
}

function createVouchers(input: Record<string, unknown>, as: SignedIn | null = admin) {
  return server.graphql<{ createVouchers: VouchersPayloadData }>(
    `mutation ($input: CreateVouchersInput!) { createVouchers(input: $input) { ${VOUCHER_FIELDS} } }`,
    { input },
    as?.headers,
  );
}

const twentyPercent = { discountKind: 'PERCENTAGE', discountValue: 20 };

describe('organisers', () => {
  it('alone may see and change codes: anonymous and STAFF callers are refused', async () => {
    const event = await createEvent(server.dataSource);
    const anonymous = await createVouchers(
      { eventId: event.id, code: 'NOPE1', settings: twentyPercent },
      null,
    );
    expect(anonymous.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    const asStaff = await createVouchers(
      { eventId: event.id, code: 'NOPE2', settings: twentyPercent },
      staff,
    );
    expect(asStaff.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const list = await server.graphql(
      'query ($id: ID!) { adminVouchers(eventId: $id) { code } }',
      { id: event.id },
      staff.headers,
    );
    expect(list.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect(await server.dataSource.getRepository(VoucherEntity).countBy({ eventId: event.id })).toBe(0);
  });

  it('make one code, and are told every problem with a request in one pass', async () => {
    const event = await createEvent(server.dataSource);
    const made = await createVouchers({ eventId: event.id, code: 'spring-25', settings: twentyPercent });
    expect(made.data!.createVouchers).toMatchObject({
      errors: [],
      vouchers: [{ code: 'SPRING-25', usedCount: 0 }],
    });

    const refused = await createVouchers({
      eventId: event.id,
      code: 'Spring-25',
      settings: {
        discountKind: 'PERCENTAGE',
        discountValue: 150,
        ticketTypeIds: ['00000000-0000-4000-8000-000000000000'],
        validFrom: '2030-01-02T00:00:00Z',
        validUntil: '2030-01-01T00:00:00Z',
      },
    });
    expect(refused.data!.createVouchers.vouchers).toEqual([]);
    expect(refused.data!.createVouchers.errors.map((error) => [error.code, error.field])).toEqual([
      ['INVALID_DISCOUNT', 'settings.discountValue'],
      ['TICKET_TYPE_NOT_FOUND', 'settings.ticketTypeIds.0'],
      ['VALIDITY_ENDS_BEFORE_START', 'settings.validUntil'],
      ['CODE_TAKEN', 'code'],
    ]);
    const audited = await server.dataSource
      .getRepository(AuditLogEntryEntity)
      .findOneByOrFail({ action: 'voucher.create', objectId: made.data!.createVouchers.vouchers[0].id });
    expect(audited.accountEmail).toBe(admin.email);
  });

  it('draw many unguessable codes with a prefix', async () => {
    const event = await createEvent(server.dataSource);
    const drawn = await createVouchers({
      eventId: event.id,
      generate: { prefix: 'VIP', count: 25 },
      settings: { discountKind: 'AMOUNT_OFF', discountValue: 500, maxUses: 1 },
    });
    const codes = drawn.data!.createVouchers.vouchers.map((voucher) => voucher.code);
    expect(codes).toHaveLength(25);
    expect(new Set(codes).size).toBe(25);
    for (const code of codes) expect(code).toMatch(/^VIP-[0-9A-HJKMNP-TV-Z]{16}$/);
  });

  it('disable a code at once, and see its uses and the bookings that used it', async () => {
    const event = await createEvent(server.dataSource);
    const ticketType = await createTicketType(server.dataSource, event, { priceMinor: 1000 });
    const voucher = await createVoucher(server.dataSource, event, { code: 'DOOR' });
    const booked = await bookViaApi(server, bookingInput(event, [[ticketType, 2]], { voucherCode: 'DOOR' }));
    const reference = booked.data!.createBooking.booking!.reference;

    const disabled = await server.graphql<{ setVoucherDisabled: { voucher: AdminVoucherData } }>(
      'mutation ($input: SetVoucherDisabledInput!) { setVoucherDisabled(input: $input) { voucher { disabledAt } errors { code } } }',
      { input: { id: voucher.id, disabled: true } },
      admin.headers,
    );
    expect(disabled.data!.setVoucherDisabled.voucher.disabledAt).not.toBeNull();
    const refused = await bookViaApi(server, bookingInput(event, [[ticketType, 1]], { voucherCode: 'DOOR' }));
    expect(refused.data!.createBooking.errors.map((error) => error.code)).toEqual(['INVALID_VOUCHER']);

    const listed = await server.graphql<{
      adminVouchers: {
        code: string;
        usedCount: number;
        bookings: { reference: string; uses: number; discount: { amountMinor: number } }[];
      }[];
    }>(
      'query ($id: ID!) { adminVouchers(eventId: $id) { code usedCount bookings { reference uses discount { amountMinor } } } }',
      { id: event.id },
      admin.headers,
    );
    expect(listed.data!.adminVouchers).toEqual([
      { code: 'DOOR', usedCount: 1, bookings: [{ reference, uses: 1, discount: { amountMinor: 400 } }] },
    ]);
    expect(
      await server.dataSource
        .getRepository(AuditLogEntryEntity)
        .countBy({ action: 'voucher.disable', objectId: voucher.id }),
    ).toBe(1);
  });

  it('export codes as CSV and import them into another event, all or none', async () => {
    const event = await createEvent(server.dataSource);
    await createVouchers({ eventId: event.id, code: 'CSV-ONE', settings: { ...twentyPercent, maxUses: 10 } });
    await createVouchers({
      eventId: event.id,
      code: 'CSV-TWO',
      settings: { discountKind: 'SET_PRICE', discountValue: 900 },
    });
    const exported = await server.graphql<{ adminVouchersCsv: string }>(
      'query ($id: ID!) { adminVouchersCsv(eventId: $id) }',
      { id: event.id },
      admin.headers,
    );
    const csv = exported.data!.adminVouchersCsv;
    expect(csv.split('\r\n')[0]).toBe(
      'code,discount_kind,discount_value,use_unit,max_uses,max_per_booking,valid_from,valid_until,reveals_hidden,opens_private_event,ticket_type_ids,reserves_seats,used_count,disabled',
    );

    const other = await createEvent(server.dataSource);
    const importVouchers = (text: string) =>
      server.graphql<{ importVouchers: VouchersPayloadData }>(
        `mutation ($input: ImportVouchersInput!) { importVouchers(input: $input) { ${VOUCHER_FIELDS} } }`,
        { input: { eventId: other.id, csv: text } },
        admin.headers,
      );
    const broken = await importVouchers(`${csv}BAD,PERCENTAGE,120,BOOKINGS\r\n`);
    expect(broken.data!.importVouchers.errors.map((error) => [error.code, error.field])).toEqual([
      ['INVALID_DISCOUNT', 'csv.3.discountValue'],
    ]);
    expect(await server.dataSource.getRepository(VoucherEntity).countBy({ eventId: other.id })).toBe(0);

    const imported = await importVouchers(csv);
    expect(imported.data!.importVouchers.errors).toEqual([]);
    expect(
      imported.data!.importVouchers.vouchers.map((voucher) => [
        voucher.code,
        voucher.discountKind,
        voucher.discountValue,
        voucher.maxUses,
      ]),
    ).toEqual([
      ['CSV-ONE', 'PERCENTAGE', 20, 10],
      ['CSV-TWO', 'SET_PRICE', 900, null],
    ]);
  });

  it('send each address its own code by e-mail, through the outbox', async () => {
    const event = await createEvent(server.dataSource, { title: 'Codes by mail' });
    const sent = await server.graphql<{ emailVouchers: VouchersPayloadData }>(
      `mutation ($input: EmailVouchersInput!) { emailVouchers(input: $input) { ${VOUCHER_FIELDS} } }`,
      {
        input: {
          eventId: event.id,
          recipients: ['ana@example.org', 'bo@example.org'],
          prefix: 'FRIEND',
          message: 'Thanks for coming last year!',
          settings: twentyPercent,
        },
      },
      admin.headers,
    );
    const vouchers = sent.data!.emailVouchers.vouchers;
    expect(vouchers).toHaveLength(2);
    const messages = await server.dataSource
      .getRepository(EmailMessageEntity)
      .find({ where: { kind: EmailKind.VOUCHER_CODE }, order: { createdAt: 'ASC' } });
    const ours = messages.filter((message) => message.subject === 'Your code for Codes by mail');
    expect(ours.map((message) => message.recipients)).toEqual([['ana@example.org'], ['bo@example.org']]);
    ours.forEach((message, index) => {
      expect(message.text).toContain(vouchers[index].code);
      expect(message.text).toContain('20% off');
      expect(message.text).toContain(`/events/${event.slug}?voucher=${vouchers[index].code}`);
    });
  });
});
