/**
 * An event's codes (vouchers), ADMIN only: the list with uses and the bookings that used each, a form
 * to make one code, draw many or e-mail one to each address of a list (all, or chosen ticket types;
 * discounts, access, reserved seats), importing codes from CSV, switching a code off or on, and the
 * CSV export (vouchers.csv).
 */
import { error, fail } from '@sveltejs/kit';
import { graphql } from '$lib/gql';
import { unwrap } from '$lib/graphql/client';
import { readVoucherForm, recipientList, voucherFormField } from '$lib/admin/voucher-form';
import { actionRole, requireAdmin } from '$lib/server/admin';
import { runPayloadMutation } from '$lib/server/mutation';
import type { Actions, PageServerLoad } from './$types';

const AdminVouchersDocument = graphql(`
  query AdminEventVouchers($eventId: ID!) {
    adminEvent(id: $eventId) {
      id
      title
      currency
      currencyDecimals
      timeZone
      ticketTypes {
        id
        name
        hidden
      }
    }
    adminVouchers(eventId: $eventId) {
      id
      code
      discountKind
      discountValue
      revealsHidden
      opensPrivateEvent
      reservesSeats
      reservedSeats
      ticketTypeIds
      validFrom
      validUntil
      maxUses
      useUnit
      usedCount
      maxPerBooking
      disabledAt
      bookings {
        bookingId
        reference
        status
        uses
      }
    }
  }
`);

/** What createVouchers, emailVouchers and importVouchers answer: the codes made, or why none was. */
graphql(`
  fragment AdminVouchersMade on VouchersPayload {
    vouchers {
      code
    }
    errors {
      code
      ...UserErrorFields
    }
  }
`);

const CreateVouchersDocument = graphql(`
  mutation AdminCreateVouchers($input: CreateVouchersInput!) {
    createVouchers(input: $input) {
      ...AdminVouchersMade
    }
  }
`);

const EmailVouchersDocument = graphql(`
  mutation AdminEmailVouchers($input: EmailVouchersInput!) {
    emailVouchers(input: $input) {
      ...AdminVouchersMade
    }
  }
`);

const ImportVouchersDocument = graphql(`
  mutation AdminImportVouchers($input: ImportVouchersInput!) {
    importVouchers(input: $input) {
      ...AdminVouchersMade
    }
  }
`);

const SetVoucherDisabledDocument = graphql(`
  mutation AdminSetVoucherDisabled($input: SetVoucherDisabledInput!) {
    setVoucherDisabled(input: $input) {
      voucher {
        code
        disabledAt
      }
      errors {
        code
        ...UserErrorFields
      }
    }
  }
`);

/** The largest CSV file taken (the API reads up to 1,000,000 characters). */
const MAX_CSV_BYTES = 1_000_000;

async function loadVouchers(locals: App.Locals, eventId: string) {
  const data = unwrap(
    await locals.graphql
      .query(AdminVouchersDocument, { eventId }, { requestPolicy: 'network-only' })
      .toPromise(),
  );
  if (!data.adminEvent || !data.adminVouchers) error(404, 'Event not found');
  return { event: data.adminEvent, vouchers: data.adminVouchers };
}

export const load: PageServerLoad = async ({ locals, params, parent }) => {
  requireAdmin((await parent()).me.role);
  return loadVouchers(locals, params.id);
};

export const actions: Actions = {
  create: async ({ locals, params, request }) => {
    requireAdmin(await actionRole(locals));
    const { event } = await loadVouchers(locals, params.id);
    const { values, errors, settings } = readVoucherForm(await request.formData(), event);
    if (!settings) return fail(400, { values, errors });
    const outcome =
      values.how === 'email'
        ? await runPayloadMutation(
            locals.graphql,
            EmailVouchersDocument,
            {
              input: {
                eventId: params.id,
                recipients: recipientList(values.recipients),
                prefix: values.prefix,
                message: values.message.trim(),
                settings,
              },
            },
            (data) => data.emailVouchers,
            voucherFormField,
          )
        : await runPayloadMutation(
            locals.graphql,
            CreateVouchersDocument,
            {
              input: {
                eventId: params.id,
                code: values.how === 'code' ? values.code : null,
                generate:
                  values.how === 'generate'
                    ? { prefix: values.prefix, count: Number(values.count) || 0 }
                    : null,
                settings,
              },
            },
            (data) => data.createVouchers,
            voucherFormField,
          );
    if (!outcome.ok) return fail(400, { values, errors: outcome.fieldErrors });
    const made = outcome.payload.vouchers.map((voucher) => voucher.code);
    if (values.how === 'email') {
      return {
        notice: `${made.length} code${made.length === 1 ? '' : 's'} made; each is being e-mailed to its address.`,
      };
    }
    return { notice: made.length === 1 ? `Code ${made[0]} made.` : `${made.length} codes made.` };
  },

  import: async ({ locals, params, request }) => {
    requireAdmin(await actionRole(locals));
    const file = (await request.formData()).get('csv');
    if (!(file instanceof File) || file.size === 0) {
      return fail(400, { importProblem: 'Choose a CSV file of codes.' });
    }
    if (file.size > MAX_CSV_BYTES) return fail(400, { importProblem: 'The file is larger than 1 MB.' });
    const outcome = await runPayloadMutation(
      locals.graphql,
      ImportVouchersDocument,
      { input: { eventId: params.id, csv: await file.text() } },
      (data) => data.importVouchers,
    );
    if (!outcome.ok) {
      // Row problems name their row (csv.<row>.<column>): shown as a list, nothing was made.
      return fail(400, {
        importProblem: 'Nothing was imported:',
        importErrors: Object.entries(outcome.fieldErrors).map(([field, message]) =>
          field.startsWith('csv.')
            ? `Row ${field.split('.')[1]} (${field.split('.')[2] ?? 'file'}): ${message}`
            : message,
        ),
      });
    }
    const count = outcome.payload.vouchers.length;
    return { notice: `${count} code${count === 1 ? '' : 's'} imported.` };
  },

  toggle: async ({ locals, request }) => {
    requireAdmin(await actionRole(locals));
    const form = await request.formData();
    const disabled = form.get('disabled') === 'true';
    const outcome = await runPayloadMutation(
      locals.graphql,
      SetVoucherDisabledDocument,
      { input: { id: String(form.get('id') ?? ''), disabled } },
      (data) => data.setVoucherDisabled,
    );
    if (!outcome.ok) return fail(400, { problem: outcome.message });
    const code = outcome.payload.voucher?.code ?? 'The code';
    return {
      notice: disabled ? `${code} is off: no booking can use it from now on.` : `${code} is on again.`,
    };
  },
};
